/** One regeling in the results: reasons, indicative amount, repayment, how to apply, documents, helpers, link. */
import type { RuleResult } from '../../lib/engine/types.ts';
import type { OrgMeta, RegelingMeta } from './logic/meta.ts';
import { euro, t, type Strings } from './logic/strings.ts';
import LangText from './LangText.tsx';
import OrgContact from './OrgContact.tsx';

interface Props {
  result: RuleResult;
  meta: RegelingMeta | undefined;
  orgs: Record<string, OrgMeta>;
  strings: Strings;
  locale: string;
}

const ICON = { met: '✓', notMet: '✗', unknown: '?' } as const;

export default function ResultCard({ result, meta, orgs, strings, locale }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const titleText = meta?.title.text ?? result.id;
  const headingId = `result-${result.id}`;
  const helpers = (meta?.helpers ?? []).map((id) => orgs[id]).filter((o): o is OrgMeta => !!o);
  return (
    <article class={`check-result check-result--${result.status}`} aria-labelledby={headingId} data-result-id={result.id} data-result-status={result.status}>
      <h3 class="nl-heading nl-heading--level-3 check-result__title" id={headingId}>
        {meta ? <LangText t={meta.title} /> : result.id}
      </h3>
      {meta && (
        <p class="check-result__summary">
          <LangText t={meta.summary} />
        </p>
      )}
      <p class={`check-result__amount${result.amountPerYear == null ? ' check-result__amount--unknown' : ''}`}>
        {result.amountPerYear != null ? <strong>{s('results.card.amount', { amount: euro(result.amountPerYear, locale) })}</strong> : s('results.card.amountUnknown')}
      </p>
      {meta && (
        <p class={`check-result__repayment check-result__repayment--${meta.repaymentNote ? 'note' : meta.repayment}`}>
          {/* A specific note from the content replaces the general sentence. */}
          {meta.repaymentNote ? <LangText t={meta.repaymentNote} /> : s(`results.card.repayment.${meta.repayment}`)}
        </p>
      )}
      {result.reasons.length > 0 && (
        <>
          <h4 class="check-result__subheading check-result__why">{s('results.card.why')}</h4>
          <ul class="check-reasons">
            {result.reasons.map((r, i) => (
              <li class={`check-reason check-reason--${r.status}`} key={i}>
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
      {meta && result.status !== 'unlikely' && (
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
