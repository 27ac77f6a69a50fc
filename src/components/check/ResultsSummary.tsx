/**
 * The top of the results, in plain words: what to apply for now (with the new money), what to ask
 * about, what the household already gets, and where to get help in person. Each name jumps to its
 * card below. The counts are the same as the groups' (logic/resultGroups.ts).
 */
import type { RuleResult } from '../../lib/engine/types.ts';
import type { CheckMeta, OrgMeta } from './logic/meta.ts';
import type { ResultGroups } from './logic/resultGroups.ts';
import { t, type Strings } from './logic/strings.ts';
import LangText from './LangText.tsx';

interface Props {
  groups: ResultGroups;
  meta: CheckMeta;
  strings: Strings;
  /** The total of new money per year, formatted, or null. */
  total: string | null;
  mixedYears: boolean;
  /** The help desk in the wijk (or the informatiewinkels in general). */
  place: OrgMeta | undefined;
  Heading: 'h2' | 'h3';
}

/** Moves focus to a card's heading (the link also works as a plain in-page link). */
function jump(e: MouseEvent, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.setAttribute('tabindex', '-1');
  el.focus();
}

export default function ResultsSummary({ groups, meta, strings, total, mixedYears, place, Heading }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const Sub = Heading === 'h2' ? 'h3' : 'h4';
  const phone = meta.municipality.phone;
  const placeName = place?.name.text ?? s('results.helpHeading');
  const title = (r: RuleResult) => meta.regelingen[r.id]?.title ?? { text: r.id };
  const link = (r: RuleResult) => (
    <a class="nl-link" href={`#result-${r.id}`} onClick={(e) => jump(e, `result-${r.id}`)}>
      <LangText t={title(r)} />
    </a>
  );
  return (
    <section class="check-total check-overview" aria-labelledby="check-total-heading">
      <Heading class={`nl-heading nl-heading--level-${Heading === 'h2' ? 2 : 3}`} id="check-total-heading">
        {total ? s('results.totalHeading', { amount: total }) : s('results.nextStepsHeading')}
      </Heading>
      {total && <p class="check-overview__total">{s(mixedYears ? 'results.totalTextMixed' : 'results.totalText')}</p>}

      {groups.likely.length > 0 && (
        <div class="check-overview__part" data-overview="likely">
          <Sub class="check-overview__heading">{s('results.overview.apply', { count: groups.likely.length })}</Sub>
          <ul class="check-overview__list check-overview__list--inline">
            {groups.likely.map((r) => (
              <li key={r.id}>{link(r)}</li>
            ))}
          </ul>
        </div>
      )}

      {groups.check.length > 0 && (
        <div class="check-overview__part" data-overview="check">
          <Sub class="check-overview__heading">{s('results.overview.ask', { count: groups.check.length })}</Sub>
          <ul class="check-overview__list check-overview__list--inline">
            {groups.check.map((r) => (
              <li key={r.id}>{link(r)}</li>
            ))}
          </ul>
          <p>{s('results.overview.askText', { place: placeName, phone })}</p>
        </div>
      )}

      {groups.likely.length === 0 && groups.check.length === 0 && <p>{s('results.overview.none', { place: placeName, phone })}</p>}

      {groups.receiving.length > 0 && (
        <div class="check-overview__part" data-overview="receiving">
          <Sub class="check-overview__heading">{s('results.overview.receiving', { count: groups.receiving.length })}</Sub>
          <ul class="check-overview__list check-overview__list--inline">
            {groups.receiving.map((r) => (
              <li key={r.id}>
                <LangText t={title(r)} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="check-overview__part" data-overview="help">
        <Sub class="check-overview__heading">{s('results.helpHeading')}</Sub>
        <p>
          {s('results.overview.help', { place: placeName })}
          {place?.phone && (
            <>
              {' '}({s('results.overview.placePhone')}{' '}
              <a class="nl-link check-nowrap" href={`tel:${place.phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
                {place.phone}
              </a>
              )
            </>
          )}
          . {s('results.overview.call')}{' '}
          <a class="nl-link check-nowrap" href={`tel:${phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
            {phone}
          </a>
          .{' '}
          <a class="nl-link" href="#check-help-heading" onClick={(e) => jump(e, 'check-help-heading')}>
            {s('results.overview.helpLink')}
          </a>
        </p>
      </div>
    </section>
  );
}
