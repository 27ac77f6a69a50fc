/**
 * /check/snel: every question on one page for intermediaries who already know the answers.
 * Questions appear and disappear with the same skip logic; the results are the same component.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldHasUnknown, relevantQuestions, validate, type AnswerValue, type Answers, type FieldError } from './logic/questions.ts';
import { answersFromForm } from './logic/formAnswers.ts';
import { decodeShareLink } from './logic/share.ts';
import { dropImplausible, sanitizeAnswers } from './logic/sanitize.ts';
import { today } from './logic/household.ts';
import { issueText } from '../../lib/engine/householdErrors.ts';
import type { Dict } from '../../lib/engine/text.ts';
import { clear, clearWhatIf, load, save, saveWhatIf, type RestoreProblem } from './logic/storage.ts';
import { fitWhatIf } from './logic/whatifFields.ts';
import { has, t, type Strings } from './logic/strings.ts';
import type { Locale } from '../../i18n/locales.ts';
import { envFor, type CheckPageMeta } from './logic/meta.ts';
import { loadEngine, loadedEngine, preloadEngine } from './loadEngine.ts';
import QuestionFields, { errorText } from './QuestionFields.tsx';
import Results from './Results.tsx';
import ClearButton from './ClearButton.tsx';
import RestoreNotice from './RestoreNotice.tsx';

interface Props {
  locale: Locale;
  strings: Strings;
  meta: CheckPageMeta;
}

/** How long after the last keystroke the answers are checked again once the results are shown. */
const RECHECK_MS = 700;

export default function QuickCheck({ locale, strings, meta }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [dropped, setDropped] = useState<{ from: 'link' | 'storage'; ids: string[] } | null>(null);
  const [fromLink, setFromLink] = useState(false);
  const date = useMemo(() => today(), []);
  const env = useMemo(() => envFor(meta, date), [date]);
  /** The engine loads in the page's language, with the page's results data. */
  const source = { locale, resultsUrl: meta.resultsUrl };
  const householdStrings = (strings.household ?? {}) as Dict;
  const [restoreProblem, setRestoreProblem] = useState<RestoreProblem | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);
  const [cleared, setCleared] = useState(false);
  /** What was typed or ticked in the server-rendered form before the island loaded: read before hydration touches the fields. */
  const early = useRef<Answers | null>(null);
  if (early.current === null) early.current = import.meta.env.SSR ? {} : answersFromForm(document.querySelector('form.check-quick-form'));

  const pendingMessage = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback((text: string) => {
    setMessage('');
    clearTimeout(pendingMessage.current);
    pendingMessage.current = setTimeout(() => setMessage(text), 50);
  }, []);

  useEffect(() => {
    const wijkIds = meta.wijken.map((w) => w.id);
    const shared = decodeShareLink(location.hash, meta.municipality.name);
    // A link's "what if" reopens the comparison (WhatIf.tsx reads it); a link without one starts without.
    if (shared) {
      const w = shared.whatIf ? fitWhatIf(shared.whatIf) : null;
      if (w) saveWhatIf({ values: w.values, fromLink: true });
      else clearWhatIf();
    }
    let hadAnswers = !!shared;
    if (shared) {
      const clean = sanitizeAnswers(shared.raw, env, date, wijkIds);
      setAnswers(clean.answers);
      setSubmitted(true);
      setFromLink(true);
      const ids = [...clean.dropped, ...shared.unknownKeys];
      if (ids.length) setDropped({ from: 'link', ids });
      history.replaceState(null, '', location.pathname);
    } else {
      const { saved, problem } = load(meta.wijken.map((w) => w.id), meta.municipality.name);
      setRestoreProblem(problem);
      if (saved) {
        hadAnswers = true;
        const clean = sanitizeAnswers(saved.answers, env, date, wijkIds);
        setAnswers(clean.answers);
        // Answers the household contract refuses (e.g. a child too old for the parent) are named like unreadable ones.
        if (clean.dropped.length) setRestoreProblem({ kind: 'dropped', ids: [...new Set([...(problem?.kind === 'dropped' ? problem.ids : []), ...clean.dropped])] });
        setSubmitted(saved.screen === 'results' && !problem);
        preloadEngine(source);
      }
    }
    if (shared) {
      preloadEngine(source);
      // Legacy links to the quick form (new links open /check/): the results are focused and announced, not 2,500 px down.
      focusResults.current = true;
      announce(s('share.restored'));
    }
    const typed = early.current ?? {};
    if (!shared && Object.keys(typed).length > 0) {
      // Typed before the page was ready: kept, and checked like stored answers.
      const clean = sanitizeAnswers(typed, env, date, wijkIds);
      setAnswers((a) => ({ ...a, ...clean.answers }));
      hadAnswers = true;
      preloadEngine(source);
    }
    const restored = shared ? 'link' : 'storage';
    // Only restored answers need the contract's plausibility check now; otherwise the engine loads when the user starts.
    if (hadAnswers) loadEngine(source)
      .then((e) => {
        setAnswers((a) => {
          const copy = { ...a };
          const ids = dropImplausible(copy, env, date, e.householdIssues);
          if (ids.length === 0) return a;
          if (restored === 'link') setDropped((d) => ({ from: 'link', ids: [...new Set([...(d?.ids ?? []), ...ids])] }));
          else setRestoreProblem((p) => ({ kind: 'dropped', ids: [...new Set([...(p?.kind === 'dropped' ? p.ids : []), ...ids])] }));
          return copy;
        });
      })
      .catch(() => {
        /* the results say when the engine cannot load */
      });
    setReady(true);
  }, []);

  // Saved right after each change is rendered, so a reload never loses an answer.
  useLayoutEffect(() => {
    if (!ready || Object.keys(answers).length === 0) return;
    save({ answers, screen: submitted ? 'results' : 'summary' });
  }, [answers, submitted, ready]);

  useEffect(() => {
    if (focusResults.current) {
      focusResults.current = false;
      document.getElementById('check-results-heading')?.focus();
    }
  });

  // The tab title gets "Fout:" while there are errors (as on the step-by-step check).
  const baseTitle = useRef('');
  useEffect(() => {
    baseTitle.current ||= document.title;
    document.title = Object.keys(errors).length > 0 ? `${s('errors.titlePrefix')} ${baseTitle.current}` : baseTitle.current;
  }, [errors]);

  // After the results are shown, answers are checked again once typing stops (as when submitting):
  // a wrong answer gets its message, and the results stay those of the last answers that were right.
  const answersNow = useRef(answers);
  answersNow.current = answers;
  const recheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(recheck.current), []);
  const checkAgain = () => {
    clearTimeout(recheck.current);
    recheck.current = setTimeout(() => {
      const a = answersNow.current;
      const all: Record<string, FieldError> = {};
      for (const q of relevantQuestions(a, env)) Object.assign(all, validate(q, a));
      setErrors(all);
      if (Object.keys(all).length > 0) announce(s('quick.errorCount', { count: Object.keys(all).length }));
    }, RECHECK_MS);
  };

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    // The engine loads once the user starts filling in, not before.
    preloadEngine(source);
    setCleared(false);
    setAnswers((a) => ({ ...a, [id]: value }));
    if (errors[id]) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== id)));
    if (submitted) checkAgain();
  };

  const questions = relevantQuestions(answers, env);
  const errorList = Object.entries(errors);
  // The results follow the answers only while every answer is filled in right.
  const invalidNow = submitted && questions.some((q) => Object.keys(validate(q, answers)).length > 0);
  const validAnswers = useRef(answers);
  if (!invalidNow) validAnswers.current = answers;

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const all: Record<string, FieldError> = {};
    for (const q of questions) Object.assign(all, validate(q, answers));
    // The household contract's plausibility checks, on the (first) question each involves.
    if (Object.keys(all).length === 0)
      for (const { issue, questions: qs } of loadedEngine()?.householdIssues(answers, date, env) ?? []) {
        const id = qs.find((x) => questions.some((q) => q.id === x));
        if (id && !all[id]) all[id] = `!${issueText(issue, householdStrings, locale)}`;
      }
    setErrors(all);
    if (Object.keys(all).length > 0) {
      setSubmitted(false);
      announce(s('quick.errorCount', { count: Object.keys(all).length }));
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    try {
      performance.clearMarks();
      performance.clearMeasures();
      performance.mark('check:submit');
    } catch {
      /* optional */
    }
    setSubmitted(true);
    focusResults.current = true;
  };

  const onClear = () => {
    clear();
    setAnswers({});
    setErrors({});
    setSubmitted(false);
    setFromLink(false);
    setDropped(null);
    setCleared(true);
    announce(s('clear.confirm'));
    document.getElementById('check-heading')?.focus();
  };

  const label = (id: string) => t(strings, `q.${id}.summary`);
  const fieldOf = (id: string) => {
    const q = questions.find((x) => x.id === id);
    if (q && (q.kind === 'radio' || q.kind === 'checkbox')) return `q-${id}-${q.options?.[0] ?? 'unknown'}`;
    for (const x of questions) {
      const p = x.parts?.find((pp) => pp.id === id);
      if (p) return `q-${id}-${p.options?.[0] ?? 'unknown'}`;
    }
    return `q-${id}`;
  };

  return (
    <div class={`check check--quick${submitted ? ' check--has-results' : ''}`} data-ready={ready ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      {dropped && (
        <div class="utrecht-alert utrecht-alert--warning check-dropped" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message">
              {s('restore.droppedLink', {
                fields: dropped.ids.map((id) => (has(strings, `q.${id}.summary`) ? s(`q.${id}.summary`) : id)).join(', '),
              })}
            </p>
          </div>
        </div>
      )}
      <h1 class="nl-heading nl-heading--level-1" id="check-heading" tabIndex={-1}>
        {s('quick.heading')}
      </h1>
      {cleared && <p class="check-cleared">{s('clear.confirm')}</p>}
      <p class="lead">{s('quick.lead')}</p>
      {restoreProblem && !submitted && <RestoreNotice problem={restoreProblem} strings={strings} />}
      <p>
        <a class="nl-link" href={meta.links.check}>
          {s('quick.stepLink')}
        </a>
      </p>
      {errorList.length > 0 && (
        <div class="utrecht-alert utrecht-alert--error check-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="check-error-summary-heading">
          <div class="utrecht-alert__content">
            <h2 class="nl-heading nl-heading--level-2" id="check-error-summary-heading">
              {s('quick.errorSummary')}
            </h2>
            <ul class="utrecht-unordered-list">
              {errorList.map(([id, key]) => (
                <li class="utrecht-unordered-list__item" key={id}>
                  <a
                    class="nl-link"
                    href={`#${fieldOf(id)}`}
                    onClick={(e) => {
                      // Like GOV.UK: the question (legend or label) stays in view above the field.
                      const field = document.getElementById(fieldOf(id));
                      if (!field) return;
                      e.preventDefault();
                      field.closest('.check-quick-item')?.scrollIntoView({ block: 'start' });
                      field.focus({ preventScroll: true });
                    }}
                  >
                    {label(id)}: {errorText(strings, key, fieldHasUnknown(id))}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <form class="check-form check-quick-form" noValidate onSubmit={onSubmit}>
        {questions.map((q) => (
          <div class="check-quick-item" key={q.id}>
            <QuestionFields q={q} answers={answers} setAnswer={setAnswer} errors={errors} strings={strings} wijken={meta.wijken} heading="h2" env={env} />
          </div>
        ))}
        <p class="check-buttons">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {s('quick.submit')}
          </button>
        </p>
      </form>
      {submitted && invalidNow && <p class="utrecht-paragraph check-stale">{s('quick.staleResults')}</p>}
      {submitted && (
        <Results
          answers={validAnswers.current}
          strings={strings}
          locale={locale}
          meta={meta}
          headingLevel="h2"
          env={env}
          date={date}
          fromLink={fromLink}
          onChangeAnswer={(id) => document.getElementById(fieldOf(id === 'summary' ? (questions[0]?.id ?? id) : id))?.focus()}
          onAnnounce={announce}
          onClear={onClear}
        />
      )}
      {!submitted && <ClearButton strings={strings} onClear={onClear} />}
    </div>
  );
}
