/**
 * The results screen: total and next steps on top, three groups (the last one collapsed),
 * help in person and 14 033 at the bottom, answers with change links, share and print.
 * The engine and rules are loaded here (lazily) and re-run whenever the answers change.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EvaluationResult, RegelingStatus, RuleResult } from '../../lib/engine/types.ts';
import { loadEngine, loadedEngine, type Engine } from './loadEngine.ts';
import { toHousehold, today } from './logic/household.ts';
import type { Answers } from './logic/questions.ts';
import type { CheckMeta, CheckPageMeta } from './logic/meta.ts';
import { euro, t, type Strings } from './logic/strings.ts';
import { summaryRows } from './logic/summaryRows.ts';
import ResultCard from './ResultCard.tsx';
import HelpServices from './HelpServices.tsx';
import HelpInPerson from './HelpInPerson.tsx';
import SharePanel from './SharePanel.tsx';
import AnswerSummary from './AnswerSummary.tsx';
import ClearButton from './ClearButton.tsx';

interface Props {
  answers: Answers;
  strings: Strings;
  locale: 'nl' | 'en';
  meta: CheckPageMeta;
  /** 'h1' on the results screen; 'h2' under the quick form. */
  headingLevel: 'h1' | 'h2';
  onChangeAnswer?: (screen: string) => void;
  onAnnounce: (text: string) => void;
  onClear: () => void;
}

const ORDER: RegelingStatus[] = ['likely', 'check', 'unlikely'];
const byAmount = (a: RuleResult, b: RuleResult) => (b.amountPerYear ?? -1) - (a.amountPerYear ?? -1);

export default function Results({ answers, strings, locale, meta: pageMeta, headingLevel, onChangeAnswer, onAnnounce, onClear }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  // The engine comes with the results data (regeling texts, organisations): see loadEngine.ts.
  const [engine, setEngine] = useState<Engine | null>(() => loadedEngine());
  const evaluate = engine?.evaluate ?? null;
  const [unlikelyOpen, setUnlikelyOpen] = useState(false);
  // The top (total, next steps, "Waarschijnlijk") renders first; the rest one frame later.
  const [full, setFull] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const announced = useRef(false);
  const date = useMemo(() => today(), []);

  useEffect(() => {
    if (evaluate) return;
    let live = true;
    setFailed(false);
    loadEngine(pageMeta.resultsUrl)
      .then((e) => live && setEngine(e))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [attempt]);

  const outcome: EvaluationResult | null = useMemo(() => {
    if (!evaluate) return null;
    const r = evaluate(toHousehold(answers, date), locale);
    try {
      performance.mark('check:evaluated');
    } catch {
      /* optional */
    }
    return r;
  }, [evaluate, answers, date, locale]);

  // Marks when the results are in the page (before paint), for e2e/check-perf.spec.ts.
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

  useEffect(() => {
    if (!outcome) return;
    const count = (st: RegelingStatus) => outcome.results.filter((r) => r.status === st).length;
    onAnnounce(announced.current ? s('results.updated') : s('results.ready', { likely: count('likely'), check: count('check') }));
    announced.current = true;
  }, [outcome]);

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

  const meta: CheckMeta = { ...pageMeta, ...engine!.data };

  // Desks and services that help (kind 'hulp') are not regelingen: they are offered as help
  // next to the results, unless they are unlikely (then they stay with the unlikely ones).
  const isHulp = (r: RuleResult) => meta.regelingen[r.id]?.kind === 'hulp';
  const services = outcome.results.filter((r) => isHulp(r) && r.status !== 'unlikely');
  const regelingResults = outcome.results.filter((r) => !services.includes(r));
  const groups = Object.fromEntries(ORDER.map((st) => [st, regelingResults.filter((r) => r.status === st).sort(byAmount)])) as Record<RegelingStatus, RuleResult[]>;
  const likelyAmounts = groups.likely.map((r) => r.amountPerYear).filter((x): x is number => x != null);
  const total = Math.round(likelyAmounts.reduce((a, x) => a + x, 0));
  const wijkId = typeof answers.wijk === 'string' && answers.wijk ? answers.wijk : undefined;
  const wijk = wijkId ? meta.wijken.find((w) => w.id === wijkId) : undefined;
  const helpPlaceId = wijk?.informatiepunt ?? meta.defaultHelp;
  const helpPlace = (helpPlaceId ? meta.orgs[helpPlaceId]?.name.text : undefined) ?? s('results.helpHeading');
  const title = (r: RuleResult) => meta.regelingen[r.id]?.title.text ?? r.id;
  const steps: string[] = [];
  const first = groups.likely[0];
  if (first) steps.push(s('results.nextApply', { title: title(first) }));
  if (groups.check.length > 0) steps.push(s('results.nextCheck', { place: helpPlace }));
  else if (groups.likely[1]) steps.push(s('results.nextApply', { title: title(groups.likely[1]) }));
  if (steps.length < 2) steps.push(s('results.nextHelp', { place: helpPlace }));
  const rows = summaryRows(answers, strings, locale, meta.wijken);
  const sub = headingLevel === 'h1' ? 'h2' : 'h3';
  const Sub = sub;
  const subClass = `nl-heading nl-heading--level-${sub === 'h2' ? 2 : 3}`;
  const card = (r: RuleResult) => <ResultCard key={r.id} result={r} meta={meta.regelingen[r.id]} orgs={meta.orgs} strings={strings} locale={locale} />;
  const printDate = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date(`${date}T12:00:00`));

  return (
    // data-complete: every group is in the page (the second frame); tests wait on it.
    <div class="check-results" data-testid="check-results" data-complete={full ? 'true' : 'false'}>
      <div class="check-print-header print-only">
        <p class="check-print-header__title">{s('print.heading')}</p>
        <p>{s('print.date', { date: printDate })}</p>
        {/* On paper the answers come first, so the reader sees what the results are based on. */}
        <p class="check-print-header__answers">{s('results.answersHeading')}</p>
        <AnswerSummary rows={rows} strings={strings} href={meta.links.check} />
      </div>
      {heading}
      <div class="utrecht-alert utrecht-alert--info check-indication">
        <div class="utrecht-alert__content">
          <p class="utrecht-alert__message">{s('results.indication')}</p>
        </div>
      </div>

      <section class="check-total" aria-labelledby="check-total-heading">
        <Sub class={subClass} id="check-total-heading">
          {total > 0 ? s('results.totalHeading', { amount: euro(total, locale) }) : s('results.nextStepsHeading')}
        </Sub>
        {total > 0 ? <p>{s('results.totalText')}</p> : <p>{s('results.noTotal')}</p>}
        {total > 0 && <p class="check-total__steps-heading">{s('results.nextStepsHeading')}</p>}
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

      <section class="check-group-results" aria-labelledby="group-likely">
        <Sub class={subClass} id="group-likely">
          {s('results.groups.likely')} <span class="check-count">({s(groups.likely.length === 1 ? 'results.groups.count_one' : 'results.groups.count_other', { count: groups.likely.length })})</span>
        </Sub>
        <p>{groups.likely.length ? s('results.groups.likelyText') : s('results.groups.empty')}</p>
        {groups.likely.map(card)}
      </section>

      {full && (
        <>
      <section class="check-group-results" aria-labelledby="group-check">
        <Sub class={subClass} id="group-check">
          {s('results.groups.check')} <span class="check-count">({s(groups.check.length === 1 ? 'results.groups.count_one' : 'results.groups.count_other', { count: groups.check.length })})</span>
        </Sub>
        <p>{groups.check.length ? s('results.groups.checkText') : s('results.groups.empty')}</p>
        {groups.check.map(card)}
      </section>

      <HelpServices results={services} meta={meta} strings={strings} headingClass={subClass} Heading={Sub} />

      <details class="check-group-results check-unlikely" onToggle={(e) => setUnlikelyOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {s('results.groups.unlikely')} ({s(groups.unlikely.length === 1 ? 'results.groups.count_one' : 'results.groups.count_other', { count: groups.unlikely.length })})
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
