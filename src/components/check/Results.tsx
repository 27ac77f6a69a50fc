/**
 * The results screen: a short summary on top (ResultsSummary: what to apply for now with the new
 * money, what to ask about, what the household already gets, where to get help), then the groups
 * ordered by what matters (likely, check, the desks that help, what the household gets; unlikely
 * and "not for your situation" closed), help in person, the answers, share and print. Printing
 * gives the handover sheet only (PrintSheet). Groups and counts: logic/resultGroups.ts.
 * The engine and rules are loaded here (lazily) and re-run whenever the answers change.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EvaluationResult, RuleResult } from '../../lib/engine/types.ts';
import { issueText } from '../../lib/engine/householdErrors.ts';
import type { Dict } from '../../lib/engine/text.ts';
import { loadEngine, loadedEngine, type Engine } from './loadEngine.ts';
import { toHousehold } from './logic/household.ts';
import type { Answers, FlowEnv } from './logic/questions.ts';
import { DEFAULT_LOCALE, formatTag, isLocale } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { CheckMeta, CheckPageMeta } from './logic/meta.ts';
import { euro, t, type Strings } from './logic/strings.ts';
import { summaryRows } from './logic/summaryRows.ts';
import { groupResults, newMoneyPerYear } from './logic/resultGroups.ts';
import { encodeAnswers } from './logic/share.ts';
import ResultCard from './ResultCard.tsx';
import ResultsSummary from './ResultsSummary.tsx';
import PrintSheet from './PrintSheet.tsx';
import HelpServices from './HelpServices.tsx';
import HelpInPerson from './HelpInPerson.tsx';
import SharePanel from './SharePanel.tsx';
import AnswerSummary from './AnswerSummary.tsx';
import ClearButton from './ClearButton.tsx';
import ReadAloudButton from './ReadAloudButton.tsx';
import WhatIf from './WhatIfLazy.tsx';

interface Props {
  answers: Answers;
  strings: Strings;
  locale: Locale;
  meta: CheckPageMeta;
  env: FlowEnv;
  /** The date the check is for (YYYY-MM-DD). */
  date: string;
  /** The answers came from a shared link. */
  fromLink?: boolean;
  /** 'h1' on the results screen; 'h2' under the quick form. */
  headingLevel: 'h1' | 'h2';
  onChangeAnswer?: (screen: string) => void;
  onAnnounce: (text: string) => void;
  onClear: () => void;
}

/** "De uitkomst is bijgewerkt" is said once the answers stop changing (typing in the quick form), not per keystroke. */
const UPDATE_QUIET_MS = 1200;

type Outcome = { ok: true; result: EvaluationResult } | { ok: false; messages: string[] };

export default function Results({ answers, strings, locale, meta: pageMeta, env, date, fromLink, headingLevel, onChangeAnswer, onAnnounce, onClear }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  // The engine comes with the results data (regeling texts, organisations): see loadEngine.ts.
  const [engine, setEngine] = useState<Engine | null>(() => loadedEngine());
  const meta: CheckMeta = useMemo(() => ({ ...pageMeta, ...(engine?.data ?? { regelingen: {}, orgs: {} }) }), [engine, pageMeta]);
  const [unlikelyOpen, setUnlikelyOpen] = useState(false);
  // The top (total, next steps, "Waarschijnlijk") renders first; the rest one frame later.
  const [full, setFull] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const announced = useRef(false);
  const householdStrings = (strings.household ?? {}) as Dict;

  useEffect(() => {
    if (engine) return;
    let live = true;
    setFailed(false);
    loadEngine({ locale, resultsUrl: pageMeta.resultsUrl })
      .then((e) => live && setEngine(() => e))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [attempt]);

  const outcome: Outcome | null = useMemo(() => {
    if (!engine) return null;
    const parsed = engine.parse(toHousehold(answers, date, env));
    if (!parsed.ok) return { ok: false, messages: parsed.issues.map((i) => issueText(i, householdStrings, locale)) };
    const di = engine.dateIssue(parsed.household);
    if (di) return { ok: false, messages: [issueText(di, householdStrings, locale)] };
    const result = engine.evaluate(parsed.household);
    try {
      performance.mark('check:evaluated');
    } catch {
      /* optional */
    }
    return { ok: true, result };
  }, [engine, answers, date, locale]);

  // Marks when the results are in the page (before paint), for the check benchmark.
  useLayoutEffect(() => {
    if (!outcome) return;
    try {
      performance.mark('check:results-shown');
      if (performance.getEntriesByName('check:submit').length) performance.measure('check:time-to-results', 'check:submit', 'check:results-shown');
    } catch {
      /* measuring is optional */
    }
  }, [outcome]);

  useEffect(() => {
    if (outcome && !full) setFull(true);
  }, [outcome]);

  const groups = useMemo(() => (outcome?.ok ? groupResults(outcome.result.results, meta.regelingen) : null), [outcome, meta]);

  // Said once when the results are there, with the counts the page shows; after a change once it is quiet.
  const signature = groups ? (['likely', 'check', 'services', 'receiving', 'unlikely'] as const).map((k) => groups[k].map((r) => `${r.id}:${r.amount?.max ?? ''}`).join(',')).join('|') : '';
  const lastSaid = useRef('');
  useEffect(() => {
    if (!groups) return;
    if (!announced.current) {
      announced.current = true;
      lastSaid.current = signature;
      onAnnounce(s('results.ready', { likely: groups.likely.length, check: groups.check.length, services: groups.services.length }));
      return;
    }
    const timer = setTimeout(() => {
      if (signature === lastSaid.current) return;
      lastSaid.current = signature;
      onAnnounce(s('results.updated'));
    }, UPDATE_QUIET_MS);
    return () => clearTimeout(timer);
  }, [signature, answers]);

  const H = headingLevel;
  const heading = (
    <H class={`nl-heading nl-heading--level-${headingLevel === 'h1' ? 1 : 2}`} id={headingLevel === 'h1' ? 'check-heading' : 'check-results-heading'} tabIndex={-1}>
      {s('results.heading')}
    </H>
  );

  if (failed) {
    return (
      <div class="check-results">
        {heading}
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message">{s('results.loadError')}</p>
          </div>
        </div>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setAttempt(attempt + 1)}>
          {s('results.retry')}
        </button>
      </div>
    );
  }
  if (!outcome) {
    return (
      <div class="check-results" aria-busy="true">
        {heading}
        <p>{s('results.loading')}</p>
      </div>
    );
  }
  if (!outcome.ok || !groups) {
    return (
      <div class="check-results">
        {heading}
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message">{s('results.cannotCalculate')}</p>
            <ul class="utrecht-unordered-list">
              {(outcome.ok ? [] : outcome.messages).map((m, i) => (
                <li class="utrecht-unordered-list__item" key={i}>
                  {m}
                </li>
              ))}
            </ul>
          </div>
        </div>
        {onChangeAnswer && (
          <p>
            <a
              class="nl-link"
              href={meta.links.check}
              onClick={(e) => {
                e.preventDefault();
                onChangeAnswer('summary');
              }}
            >
              {s('results.changeAnswers')}
            </a>
          </p>
        )}
      </div>
    );
  }

  const result = outcome.result;
  const year = result.referenceDate.slice(0, 4);
  // The total is NEW money only: likely regelingen the household does not receive yet, per year.
  const money = newMoneyPerYear(groups.likely);
  const total = money ? (money.min === money.max ? euro(money.min, locale) : s('results.amount.range', { min: euro(money.min, locale), max: euro(money.max, locale) })) : null;
  const wijkId = typeof answers.wijk === 'string' && answers.wijk ? answers.wijk : undefined;
  const wijk = wijkId ? meta.wijken.find((w) => w.id === wijkId) : undefined;
  const helpPlaceId = wijk?.informatiepunt ?? meta.defaultHelp;
  const helpPlace = helpPlaceId ? meta.orgs[helpPlaceId] : undefined;
  const title = (r: RuleResult) => meta.regelingen[r.id]?.title.text ?? r.id;
  const rows = summaryRows(answers, strings, locale, meta.wijken, env);
  const sub = headingLevel === 'h1' ? 'h2' : 'h3';
  const Sub = sub;
  const subClass = `nl-heading nl-heading--level-${sub === 'h2' ? 2 : 3}`;
  const card = (r: RuleResult) => <ResultCard key={r.id} result={r} meta={meta.regelingen[r.id]} orgs={meta.orgs} strings={strings} locale={locale} year={year} />;
  const fmtDate = (d: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(formatTag(isLocale(locale) ? locale : DEFAULT_LOCALE), o).format(new Date(`${d}T12:00:00`));
  // Plural form of the language (Intl.PluralRules via strings.$locale).
  const count = (n: number) => s('results.groups.count', { count: n });
  // A shared link always opens the results view of the step-by-step check (also when made from the quick form).
  const shareUrl = typeof location === 'undefined' ? '' : `${location.origin}${meta.links.check}#${encodeAnswers(answers)}`;
  const changeLink = (text: string, cls = 'nl-link') =>
    onChangeAnswer && (
      <a
        class={cls}
        href={meta.links.check}
        onClick={(e) => {
          e.preventDefault();
          onChangeAnswer('summary');
        }}
      >
        {text}
      </a>
    );

  return (
    // data-complete: every group is in the page (the second frame); tests wait on it.
    <div class="check-results" data-testid="check-results" data-provisional={result.norms.provisional ? 'true' : undefined} data-complete={full ? 'true' : 'false'}>
      {heading}
      <ReadAloudButton strings={strings} target=".check-results" screen="results" />
      {fromLink && (
        <p class="check-from-link">
          {s('results.fromLink')} {changeLink(s('results.changeShared'))}
        </p>
      )}
      {result.norms.provisional && (
        <p class="check-provisional" data-testid="check-provisional">
          {s('results.provisional', { year, from: fmtDate(result.norms.validFrom, { month: 'long', year: 'numeric' }) })}
        </p>
      )}

      <ResultsSummary groups={groups} meta={meta} strings={strings} total={total} mixedYears={!!money?.mixedYears} place={helpPlace} Heading={Sub} />

      <div class="check-actions">
        <SharePanel answers={answers} base={meta.links.check} strings={strings} onAnnounce={onAnnounce} />
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {s('print.button')}
        </button>
        {headingLevel === 'h1' && changeLink(s('results.changeAnswers'), 'nl-link check-change-all')}
      </div>

      <p class="check-indication">{s('results.indication')}</p>

      <section class="check-group-results" aria-labelledby="group-likely">
        <Sub class={subClass} id="group-likely">
          {s('results.groups.likely')} <span class="check-count">({count(groups.likely.length)})</span>
        </Sub>
        {groups.likely.length === 0 && <p>{s('results.groups.empty')}</p>}
        {groups.likely.map(card)}
      </section>

      {full && (
        <>
          <section class="check-group-results" aria-labelledby="group-check">
            <Sub class={subClass} id="group-check">
              {s('results.groups.check')} <span class="check-count">({count(groups.check.length)})</span>
            </Sub>
            <p>{groups.check.length ? s('results.groups.checkText') : s('results.groups.empty')}</p>
            {groups.check.map(card)}
          </section>

          <HelpServices results={groups.services} meta={meta} strings={strings} headingClass={subClass} Heading={Sub} />

          {groups.receiving.length > 0 && (
            <section class="check-group-results check-receiving" aria-labelledby="group-receiving">
              <Sub class={subClass} id="group-receiving">
                {s('results.groups.receiving')} <span class="check-count">({count(groups.receiving.length)})</span>
              </Sub>
              <p>{s('results.groups.receivingText')}</p>
              {groups.receiving.map(card)}
            </section>
          )}

          {groups.unlikely.length > 0 && (
            <details class="check-group-results check-unlikely" onToggle={(e) => setUnlikelyOpen((e.currentTarget as HTMLDetailsElement).open)}>
              <summary>
                <Sub class={`${subClass} check-closed-heading`} id="group-unlikely">
                  {s('results.groups.unlikely')} <span class="check-count">({count(groups.unlikely.length)})</span>
                </Sub>
              </summary>
              <p>{s('results.groups.unlikelyText')}</p>
              {unlikelyOpen ? (
                groups.unlikely.map(card)
              ) : (
                // Closed: names only; the cards render when opened.
                <ul class="check-unlikely-names">
                  {groups.unlikely.map((r) => (
                    <li key={r.id} data-result-id={r.id} data-result-status={r.status}>
                      {title(r)}
                    </li>
                  ))}
                </ul>
              )}
            </details>
          )}

          {groups.notApplicable.length > 0 && (
            <details class="check-group-results check-not-applicable">
              <summary>
                <Sub class={`${subClass} check-closed-heading`} id="group-not-applicable">
                  {s('results.groups.notApplicable')} <span class="check-count">({groups.notApplicable.length})</span>
                </Sub>
              </summary>
              <p>{s('results.groups.notApplicableText')}</p>
              <ul class="check-unlikely-names">
                {groups.notApplicable.map((r) => (
                  <li key={r.id} data-result-id={r.id} data-result-status={r.status} data-result-applicable="false">
                    {title(r)}: {r.reasons.map((x) => x.text).join(' ')}
                  </li>
                ))}
              </ul>
            </details>
          )}

          <HelpInPerson meta={meta} wijkId={wijkId} outside={answers.woonplaats === 'elders'} strings={strings} Heading={Sub} />

          <details class="check-answers">
            <summary>
              <Sub class={`${subClass} check-closed-heading`} id="check-answers-heading">
                {s('results.answersHeading')}
              </Sub>
            </summary>
            {onChangeAnswer && <p>{s('results.changeHint')}</p>}
            <AnswerSummary rows={rows} strings={strings} onChange={onChangeAnswer} href={meta.links.check} />
          </details>

          <PrintSheet
            groups={groups}
            meta={meta}
            strings={strings}
            locale={locale}
            year={year}
            date={fmtDate(date, { dateStyle: 'long' })}
            rows={rows}
            total={total}
            place={helpPlace}
            wijk={wijk}
            outside={answers.woonplaats === 'elders'}
            shareUrl={shareUrl}
          />

          {/* After the sheet, so on paper a comparison (its own page) follows the handover sheet. */}
          {engine && <WhatIf answers={answers} strings={strings} locale={locale} env={env} date={date} engine={engine} meta={meta} headingLevel={sub === 'h2' ? 'h2' : 'h3'} />}
        </>
      )}

      <ClearButton strings={strings} onClear={onClear} />
    </div>
  );
}
