/**
 * The handover sheet: what printing the results gives (from the check, the quick form or a shared
 * link), and nothing else. Everything a client needs at home, as text: the date and the answers in
 * short; per regeling to apply for or ask about what it is, the amount, until when, how and where
 * to apply (phone, address, website), what to bring and who helps; the help desks with their
 * contact details; the share link as text and as a QR code; room for notes.
 * Hidden on screen (`print-only`); check.css lays it out for A4.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RuleResult } from '../../lib/engine/types.ts';
import type { CheckMeta, OrgMeta, RegelingMeta, Txt, WijkMeta } from './logic/meta.ts';
import type { ResultGroups } from './logic/resultGroups.ts';
import type { SummaryRow } from './logic/summaryRows.ts';
import { t, type Strings } from './logic/strings.ts';
import { amountText } from './ResultCard.tsx';
import LangText from './LangText.tsx';

interface Props {
  groups: ResultGroups;
  meta: CheckMeta;
  strings: Strings;
  locale: string;
  year: string;
  /** The date of the check, written out. */
  date: string;
  rows: SummaryRow[];
  total: string | null;
  place: OrgMeta | undefined;
  wijk: WijkMeta | undefined;
  outside: boolean;
  /** The share link (the answers in the fragment). */
  shareUrl: string;
}

/** A web address as people type it: without https:// and a trailing slash; an e-mail address or phone number without mailto: or tel:. */
export const plainUrl = (u: string) => u.replace(/^(mailto|tel):/, '').replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

export default function PrintSheet({ groups, meta, strings, locale, year, date, rows, total, place, wijk, outside, shareUrl }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const [qr, setQr] = useState('');

  // The QR library loads with the results (never before the start), so the code is there when the user prints.
  useEffect(() => {
    let live = true;
    import('uqr')
      .then(({ renderSVG }) => live && setQr(renderSVG(shareUrl, { ecc: 'M', border: 1 })))
      .catch(() => live && setQr(''));
    return () => {
      live = false;
    };
  }, [shareUrl]);

  const phone = meta.municipality.phone;
  /** Every organisation the sheet names, once, in the order they first appear: their full contact details are in "Adressen". */
  const named: OrgMeta[] = [];
  const use = (o: OrgMeta | undefined) => {
    if (o && !named.includes(o)) named.push(o);
    return o;
  };
  /**
   * On a card: the name, with the phone (and the website) where one applies; helpers by name only,
   * their phone and address are under "Adressen" (once, not on every card).
   */
  const short = (o: OrgMeta, how: 'name' | 'phone' | 'full' = 'phone') => (
    <span class="sheet-org" data-org={o.id}>
      <LangText t={o.name} />
      {how !== 'name' && o.phone && (
        <>
          {` (${s('print.phone')} `}
          <bdi dir="ltr">{o.phone}</bdi>)
        </>
      )}
      {how === 'full' && o.website ? `, ${plainUrl(o.website)}` : ''}
    </span>
  );
  /** Under "Adressen": name (and the help desks it runs), phone (or that it is unknown), address, website, walk-in hours. */
  const full = (o: OrgMeta) => (
    <li key={o.id} data-org={o.id}>
      <strong>
        <LangText t={o.name} />
      </strong>
      {helpsWith.get(o.id) && (
        <>
          {' ('}
          {helpsWith.get(o.id)!.map((x, i) => (
            <span key={x.id} data-sheet-id={x.id}>
              {i > 0 && ', '}
              <LangText t={x.title} />
            </span>
          ))}
          {')'}
        </>
      )}
      {': '}
      {o.phone ? (
        <>
          {`${s('print.phone')} `}
          <bdi dir="ltr">{o.phone}</bdi>
        </>
      ) : (
        s('print.noPhone', { phone })
      )}
      {o.address && (
        <>
          {', '}
          <bdi dir="ltr" lang="nl">
            {o.address}
          </bdi>
        </>
      )}
      {o.website ? `, ${plainUrl(o.website)}` : ''}
      {o.walkIn && (
        <>
          {'. '}
          <LangText t={o.walkIn} />
        </>
      )}
    </li>
  );
  const list = (items: Txt[]) =>
    items.map((x, i) => (
      <>
        {i > 0 && '; '}
        <LangText t={x} />
      </>
    ));

  const card = (r: RuleResult, m: RegelingMeta) => {
    const runner = use(m.organisation ? meta.orgs[m.organisation] : undefined);
    const helpers = m.helpers.filter((id) => id !== m.organisation).map((id) => use(meta.orgs[id])).filter((o): o is OrgMeta => !!o);
    const open = r.status === 'check' ? r.reasons.filter((x) => x.status !== 'met') : [];
    return (
      <article class="sheet-card" key={r.id} data-sheet-id={r.id}>
        <h3 class="sheet-card__title">
          <LangText t={m.title} />
        </h3>
        <p>
          <strong class="sheet-card__amount">{r.amount ? amountText(r.amount, strings, locale, year) : s('print.amountUnknown')}</strong> <LangText t={m.summary} />
        </p>
        {m.deadline && (
          <p class="sheet-card__deadline">
            <strong>{s('results.card.deadline')}</strong> <LangText t={m.deadline} />
          </p>
        )}
        {open.length > 0 && (
          <p class="sheet-card__open">
            <strong>{s('print.open')}</strong> {open.map((x) => x.text).join(' ')}
          </p>
        )}
        <p>
          <strong>{s('print.howTo')}</strong> <LangText t={m.apply} />
          {m.applyUrl && ` ${plainUrl(m.applyUrl)}`}
          {runner && (
            <>
              {' '}
              <strong>{s('print.where')}</strong> {short(runner, 'full')}
            </>
          )}
          {helpers.length > 0 && (
            <span class="sheet-card__helpers">
              {' '}
              <strong>{s('print.helpers')}</strong>{' '}
              {helpers.map((h, i) => (
                <>
                  {i > 0 && ', '}
                  {short(h, 'name')}
                </>
              ))}
            </span>
          )}
        </p>
        <p class="sheet-card__bring">
          <strong>{s('print.bring')}</strong> {m.documents.length > 0 ? list(m.documents) : m.needs ? <LangText t={m.needs} /> : s('print.bringUnknown', { phone })}
        </p>
      </article>
    );
  };
  /** The help desks ("Hier helpen ze u ook"): on paper, what each organisation helps with stands with its address. */
  const helpsWith = new Map<string, { id: string; title: Txt }[]>();
  const registerServices = () => {
    for (const r of groups.services) {
      const m = meta.regelingen[r.id];
      const o = use(m?.organisation ? meta.orgs[m.organisation] : undefined);
      if (m && o) helpsWith.set(o.id, [...(helpsWith.get(o.id) ?? []), { id: r.id, title: m.title }]);
    }
  };
  const cards = (rs: RuleResult[]) => rs.map((r) => meta.regelingen[r.id] && card(r, meta.regelingen[r.id]!));
  const names = (rs: RuleResult[]) => rs.map((r) => meta.regelingen[r.id]?.title.text ?? r.id).join(', ');

  // Cards first, then the desk and the help desks: "Adressen" lists every organisation in the order it first appears.
  const likelyCards = cards(groups.likely);
  const checkCards = cards(groups.check);
  use(place);
  registerServices();

  return (
    <section class="check-print-sheet print-only" aria-label={s('print.heading')} data-qr={qr ? 'ready' : 'loading'}>
      <header class="sheet-header">
        <p class="sheet-header__title">{s('print.heading')}</p>
        <p>{s('print.date', { date })}</p>
      </header>

      <h2 class="sheet-heading">{s('results.answersHeading')}</h2>
      <dl class="sheet-answers">
        {rows.map((r) => (
          <div key={r.id}>
            <dt>{r.label}:</dt> <dd>{r.value}</dd>
          </div>
        ))}
      </dl>

      {/* One flow in two columns, from the cards to the addresses: no half-empty column after a short group. */}
      <div class="sheet-flow">
        {groups.likely.length > 0 && (
          <>
            <h2 class="sheet-heading">{s('results.overview.apply', { count: groups.likely.length })}</h2>
            {total && <p class="sheet-total">{s('results.totalHeading', { amount: total })}</p>}
            <div class="sheet-cards">{likelyCards}</div>
          </>
        )}
        {groups.check.length > 0 && (
          <>
            <h2 class="sheet-heading">{s('results.overview.ask', { count: groups.check.length })}</h2>
            <p class="sheet-group-intro">{s('results.overview.askText', { place: place?.name.text ?? s('results.helpHeading'), phone })}</p>
            <div class="sheet-cards">{checkCards}</div>
          </>
        )}
        {groups.receiving.length > 0 && (
          <p class="sheet-line">
            <strong>{s('results.overview.receiving', { count: groups.receiving.length })}:</strong> {names(groups.receiving)}
          </p>
        )}
        {groups.unlikely.length > 0 && (
          <p class="sheet-line">
            <strong>{s('results.groups.unlikely')}:</strong> {names(groups.unlikely)}
          </p>
        )}

        <div class="sheet-block">
          <h2 class="sheet-heading">{s('results.helpHeading')}</h2>
          {outside && <p>{s('results.outside')}</p>}
          {place && (
            <p>
              <strong>{wijk ? s('print.wijk', { wijk: wijk.name.text }) : s('print.desk')}</strong> {short(place!)}
              {wijk?.note && (
                <>
                  {' '}
                  <LangText t={wijk.note} />
                </>
              )}
            </p>
          )}
          <p>
            <strong>{s('results.phoneHeading')}</strong> {s('print.call', { phone })}
          </p>
        </div>

        <div class="sheet-block">
          <h2 class="sheet-heading">{s('print.addresses')}</h2>
          <ul class="sheet-addresses">{named.map(full)}</ul>
        </div>
      </div>

      {/* The link and its QR code beside the room for notes: one block, never split. */}
      <div class="sheet-keep sheet-end">
        <div class="sheet-share">
          {qr && <div class="sheet-qr" role="img" aria-label={s('share.qrAlt')} dangerouslySetInnerHTML={{ __html: qr }} />}
          <div>
            <h2 class="sheet-heading">{s('print.share')}</h2>
            <p>{s('print.shareText')}</p>
          </div>
        </div>
        <div class="sheet-notes">
          <h2 class="sheet-heading">{s('print.notes')}</h2>
          {Array.from({ length: 3 }, (_, i) => (
            <div class="sheet-notes__line" key={i} />
          ))}
        </div>
        <p class="sheet-url" dir="ltr">
          {shareUrl}
        </p>
      </div>
      <p class="sheet-footer">{s('print.footer')}</p>
    </section>
  );
}
