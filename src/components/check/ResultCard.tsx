/** One regeling in the results: reasons, the amount (what kind, which period), repayment, how to apply, documents, helpers, link. */
import type { ResultAmount, RuleResult } from '../../lib/engine/types.ts';
import type { OrgMeta, RegelingMeta } from './logic/meta.ts';
import { euro, t, type Strings } from './logic/strings.ts';
import LangText, { DutchName } from './LangText.tsx';
import OrgContact from './OrgContact.tsx';

interface Props {
  result: RuleResult;
  meta: RegelingMeta | undefined;
  orgs: Record<string, OrgMeta>;
  strings: Strings;
  locale: string;
  /** The year of the check (to say an amount is from another year). */
  year: string;
}

const ICON = { met: '✓', notMet: '✗', unknown: '?' } as const;

/** "ongeveer €1.240 tot €1.380 per jaar (schatting)", "maximaal €9.300 per jaar", "eenmalig €1.100". */
export function amountText(a: ResultAmount, strings: Strings, locale: string, year: string): string {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const value = a.min === a.max ? euro(a.min, locale) : s('results.amount.range', { min: euro(a.min, locale), max: euro(a.max, locale) });
  const main = s(`results.amount.${a.kind}_${a.per}`, { amount: value });
  const from = a.period.from.slice(0, 4);
  const until = a.period.until.slice(0, 4);
  if (!a.outdated) return main;
  const period = from === until ? from : `${from}/${until}`;
  return `${main} ${s(a.period.until < `${year}-01-01` ? 'results.amount.older' : 'results.amount.other', { period, year })}`;
}

export default function ResultCard({ result, meta, orgs, strings, locale, year }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const titleText = meta?.title.text ?? result.id;
  const headingId = `result-${result.id}`;
  const helpers = (meta?.helpers ?? []).map((id) => orgs[id]).filter((o): o is OrgMeta => !!o);
  const receiving = result.receiving;
  const open = result.status !== 'unlikely' && !receiving;
  return (
    <article
      class={`check-result check-result--${receiving ? 'receiving' : result.status}`}
      aria-labelledby={headingId}
      data-result-id={result.id}
      data-result-status={result.status}
      data-result-receiving={receiving ? 'true' : undefined}
    >
      <h3 class="nl-heading nl-heading--level-3 check-result__title" id={headingId}>
        {meta ? <LangText t={meta.title} /> : result.id}
        {meta?.dutchTitle && <DutchName name={meta.dutchTitle} />}
      </h3>
      {meta && (
        <p class="check-result__summary">
          <LangText t={meta.summary} />
        </p>
      )}
      {receiving && (
        <p class="check-result__receiving">
          <strong>{s('results.card.receiving')}</strong> {s(`results.card.receivingTip.${meta?.repayment ?? 'nee'}`)}
        </p>
      )}
      {open &&
        (result.amount ? (
          <p class="check-result__amount">
            <strong>{amountText(result.amount, strings, locale, year)}</strong>
            {result.amount.note && <span class="check-result__amount-note"> {result.amount.note}</span>}
          </p>
        ) : (
          meta?.kind !== 'hulp' && <p class="check-result__amount check-result__amount--unknown">{s('results.card.amountUnknown')}</p>
        ))}
      {meta && open && meta.repayment !== 'nee' && (
        <p class={`check-result__repayment check-result__repayment--${meta.repaymentNote ? 'note' : meta.repayment}`}>
          {/* A specific note from the content replaces the general sentence. */}
          {meta.repaymentNote ? <LangText t={meta.repaymentNote} /> : s(`results.card.repayment.${meta.repayment}`)}
        </p>
      )}
      {result.reasons.length > 0 && !receiving && (
        <>
          <h4 class="check-result__subheading check-result__why">{s('results.card.why')}</h4>
          <ul class="check-reasons">
            {result.reasons.map((r, i) => (
              <li class={`check-reason check-reason--${r.status}`} key={i} data-fact={r.fact}>
                <span class="check-reason__icon" aria-hidden="true">
                  {ICON[r.status]}
                </span>
                <span class="visually-hidden">{s(`results.card.${r.status}`)}: </span>
                {r.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {meta && open && (
        <>
          <h4 class="check-result__subheading">{s('results.card.apply')}</h4>
          <p>
            <LangText t={meta.apply} />
            {meta.applyUrl && (
              <>
                {' '}
                <a class="nl-link" href={meta.applyUrl}>
                  {s('results.card.applyLink')}
                </a>
              </>
            )}
          </p>
          {meta.documents.length > 0 && (
            <div class="check-result__documents">
              <h4 class="check-result__subheading">{s('results.card.documents')}</h4>
              <ul class="utrecht-unordered-list">
                {meta.documents.map((d, i) => (
                  <li class="utrecht-unordered-list__item" key={i}>
                    <LangText t={d} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {helpers.length > 0 && (
            <>
              <h4 class="check-result__subheading">{s('results.card.helpers')}</h4>
              <ul class="check-helpers">
                {helpers.map((h) => (
                  <li key={h.id}>
                    <OrgContact org={h} phoneLabel={s('results.card.phone')} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {meta && (
        <p class="check-result__more">
          <a class="nl-link" href={meta.url}>
            {s('results.card.more', { title: titleText })}
          </a>
        </p>
      )}
    </article>
  );
}
