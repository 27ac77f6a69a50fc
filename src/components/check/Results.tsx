/**
 * The results screen: what the household already gets, the total of NEW money and next steps on
 * top, then the groups (likely, check, unlikely; regelingen that cannot apply at all in one closed
 * line), help in person, the answers with change links, share and print.
 * The engine and rules are loaded here (lazily) and re-run whenever the answers change.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EvaluationResult, RegelingStatus, RuleResult } from '../../lib/engine/types.ts';
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
import ResultCard from './ResultCard.tsx';
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

const byAmount = (a: RuleResult, b: RuleResult) => (b.amount?.max ?? -1) - (a.amount?.max ?? -1);

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

  const isHulp = (r: RuleResult) => meta.regelingen[r.id]?.kind === 'hulp';
  const groups = useMemo(() => {
    if (!outcome?.ok) return null;
    const all = outcome.result.results.filter((r) => meta.regelingen[r.id]);
    const receiving = all.filter((r) => r.receiving);
    const rest = all.filter((r) => !r.receiving);
    // Desks and services that help (kind 'hulp') are offered as help next to the results.
    const services = rest.filter((r) => isHulp(r) && r.status !== 'unlikely');
    const regelingen = rest.filter((r) => !services.includes(r));
    const of = (st: RegelingStatus) => regelingen.filter((r) => r.applicable && r.status === st).sort(byAmount);
    return { receiving, services, likely: of('likely'), check: of('check'), unlikely: of('unlikely'), notApplicable: regelingen.filter((r) => !r.applicable) };
  }, [outcome, meta]);

  useEffect(() => {
    if (!groups) return;
    onAnnounce(announced.current ? s('results.updated') : s('results.ready', { likely: groups.likely.length, check: groups.check.length }));
    announced.current = true;
  }, [groups]);

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
  const counted = groups.likely.filter((r) => r.amount && r.amount.per === 'year');
  const totalMin = Math.round(counted.reduce((a, r) => a + (r.amount?.min ?? 0), 0));
  const totalMax = Math.round(counted.reduce((a, r) => a + (r.amount?.max ?? 0), 0));
  const mixedYears = counted.some((r) => r.amount?.outdated);
  const total = totalMax > 0 ? (totalMin === totalMax ? euro(totalMin, locale) : s('results.amount.range', { min: euro(totalMin, locale), max: euro(totalMax, locale) })) : null;
  const wijkId = typeof answers.wijk === 'string' && answers.wijk ? answers.wijk : undefined;
  const wijk = wijkId ? meta.wijken.find((w) => w.id === wijkId) : undefined;
  const helpPlaceId = wijk?.informatiepunt ?? meta.defaultHelp;
  const helpPlace = (helpPlaceId ? meta.orgs[helpPlaceId]?.name.text : undefined) ?? s('results.helpHeading');
  const title = (r: RuleResult) => meta.regelingen[r.id]?.title.text ?? r.id;
  const steps: string[] = [];
  const first = groups.likely[0];
  if (first) steps.push(s('results.nextApply', { title: title(first) }));
  if (groups.check.length > 0) steps.push(s('results.nextCheck', { place: helpPlace, phone: meta.municipality.phone }));
  else if (groups.likely[1]) steps.push(s('results.nextApply', { title: title(groups.likely[1]) }));
  if (steps.length < 2) steps.push(s('results.nextHelp', { place: helpPlace, phone: meta.municipality.phone }));
  const rows = summaryRows(answers, strings, locale, meta.wijken, env);
  const sub = headingLevel === 'h1' ? 'h2' : 'h3';
  const Sub = sub;
  const subClass = `nl-heading nl-heading--level-${sub === 'h2' ? 2 : 3}`;
  const card = (r: RuleResult) => <ResultCard key={r.id} result={r} meta={meta.regelingen[r.id]} orgs={meta.orgs} strings={strings} locale={locale} year={year} />;
  const fmtDate = (d: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(formatTag(isLocale(locale) ? locale : DEFAULT_LOCALE), o).format(new Date(`${d}T12:00:00`));
  const printDate = fmtDate(date, { dateStyle: 'long' });
  // Plural form of the language (Intl.PluralRules via strings.$locale).
  const count = (n: number) => s('results.groups.count', { count: n });

  return (
    // data-complete: every group is in the page (the second frame); tests wait on it.
    <div class="check-results" data-testid="check-results" data-provisional={result.norms.provisional ? 'true' : undefined} data-complete={full ? 'true' : 'false'}>
      <div class="check-print-header print-only">
        <p class="check-print-header__title">{s('print.heading')}</p>
        <p>{s('print.date', { date: printDate })}</p>
        {/* On paper the answers come first, so the reader sees what the results are based on. */}
        <p class="check-print-header__answers">{s('results.answersHeading')}</p>
        <AnswerSummary rows={rows} strings={strings} href={meta.links.check} />
      </div>
      {heading}
      <ReadAloudButton strings={strings} target=".check-results" screen="results" />
      {fromLink && (
        <p class="check-from-link">
          {s('results.fromLink')}{' '}
          {onChangeAnswer && (
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
          )}
        </p>
      )}
      {result.norms.provisional && (
        <p class="check-provisional" data-testid="check-provisional">
          {s('results.provisional', { year, from: fmtDate(result.norms.validFrom, { month: 'long', year: 'numeric' }) })}
        </p>
      )}
      <div class="utrecht-alert utrecht-alert--info check-indication">
        <div class="utrecht-alert__content">
          <p class="utrecht-alert__message">{s('results.indication')}</p>
        </div>
      </div>

      <section class="check-total" aria-labelledby="check-total-heading">
        <Sub class={subClass} id="check-total-heading">
          {total ? s('results.totalHeading', { amount: total }) : s('results.nextStepsHeading')}
        </Sub>
        {total ? <p>{s(mixedYears ? 'results.totalTextMixed' : 'results.totalText')}</p> : <p>{s('results.noTotal')}</p>}
        {total && <p class="check-total__steps-heading">{s('results.nextStepsHeading')}</p>}
        <ol class="utrecht-ordered-list check-next-steps">
          {steps.map((st, i) => (
            <li class="utrecht-ordered-list__item" key={i}>
              {st}
            </li>
          ))}
        </ol>
      </section>

      <div class="check-actions no-print">
        <SharePanel answers={answers} strings={strings} onAnnounce={onAnnounce} />
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => window.print()}>
          {s('print.button')}
        </button>
        {onChangeAnswer && headingLevel === 'h1' && (
          <a
            class="nl-link check-change-all"
            href={meta.links.check}
            onClick={(e) => {
              e.preventDefault();
              onChangeAnswer('summary');
            }}
          >
            {s('results.changeAnswers')}
          </a>
        )}
      </div>

      {groups.receiving.length > 0 && (
        <section class="check-group-results check-receiving" aria-labelledby="group-receiving">
          <Sub class={subClass} id="group-receiving">
            {s('results.groups.receiving')} <span class="check-count">({count(groups.receiving.length)})</span>
          </Sub>
          <p>{s('results.groups.receivingText')}</p>
          {groups.receiving.map(card)}
        </section>
      )}

      <section class="check-group-results" aria-labelledby="group-likely">
        <Sub class={subClass} id="group-likely">
          {s('results.groups.likely')} <span class="check-count">({count(groups.likely.length)})</span>
        </Sub>
        <p>{groups.likely.length ? s('results.groups.likelyText') : s('results.groups.empty')}</p>
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

          <details class="check-group-results check-unlikely" onToggle={(e) => setUnlikelyOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>
              {s('results.groups.unlikely')} ({count(groups.unlikely.length)})
            </summary>
            <p>{s('results.groups.unlikelyText')}</p>
            {unlikelyOpen ? (
              groups.unlikely.map(card)
            ) : (
              // Closed: names only (also what the printed sheet shows); the cards render when opened.
              <ul class="check-unlikely-names">
                {groups.unlikely.map((r) => (
                  <li key={r.id} data-result-id={r.id} data-result-status={r.status}>
                    {title(r)}
                  </li>
                ))}
              </ul>
            )}
          </details>

          {groups.notApplicable.length > 0 && (
            <details class="check-group-results check-not-applicable">
              <summary>
                {s('results.groups.notApplicable')} ({groups.notApplicable.length})
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

          {engine && <WhatIf answers={answers} strings={strings} locale={locale} env={env} date={date} engine={engine} meta={meta} headingLevel={sub === 'h2' ? 'h2' : 'h3'} />}

          <HelpInPerson meta={meta} wijkId={wijkId} outside={answers.woonplaats === 'elders'} strings={strings} />

          <section class="check-answers no-print" aria-labelledby="check-answers-heading">
            <Sub class={subClass} id="check-answers-heading">
              {s('results.answersHeading')}
            </Sub>
            {onChangeAnswer && <p class="no-print">{s('results.changeHint')}</p>}
            <AnswerSummary rows={rows} strings={strings} onChange={onChangeAnswer} href={meta.links.check} />
          </section>
        </>
      )}
      <section class="check-notes print-only" aria-label={s('print.notes')}>
        <p class="check-notes__title">{s('print.notes')}</p>
        {Array.from({ length: 4 }, (_, i) => (
          <div class="check-notes__line" key={i} />
        ))}
        <p class="check-print-footer">{s('print.footer')}</p>
      </section>

      <p class="no-print">
        <ClearButton strings={strings} onClear={onClear} />
      </p>
    </div>
  );
}
