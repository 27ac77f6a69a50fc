/**
 * The check, one question per screen (island, client:load).
 * State: answers (kept in sessionStorage), the current screen (in history.state, so the
 * browser's back button works), and errors. Nothing is sent anywhere.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { QUESTIONS, UNKNOWN, fieldHasUnknown, firstOpen, nextScreen, previousScreen, progress, questionById, validate, type AnswerValue, type Answers, type FieldError } from './logic/questions.ts';
import { decodeShareLink } from './logic/share.ts';
import { dropImplausible, sanitizeAnswers } from './logic/sanitize.ts';
import { today } from './logic/household.ts';
import { issueText } from '../../lib/engine/householdErrors.ts';
import type { Dict } from '../../lib/engine/text.ts';
import { clear, clearWhatIf, load, save, saveWhatIf, type RestoreProblem } from './logic/storage.ts';
import { fitWhatIf } from './logic/whatifFields.ts';
import { summaryRows } from './logic/summaryRows.ts';
import { has, t, type Strings } from './logic/strings.ts';
import type { Locale } from '../../i18n/locales.ts';
import { envFor, type CheckPageMeta } from './logic/meta.ts';
import { loadEngine, loadedEngine, preloadEngine } from './loadEngine.ts';
import { errorText } from './QuestionFields.tsx';
import StartScreen, { START_HASH } from './StartScreen.tsx';
import QuestionScreen from './QuestionScreen.tsx';
import AnswerSummary from './AnswerSummary.tsx';
import Results from './Results.tsx';
import ClearButton from './ClearButton.tsx';
import RestoreNotice from './RestoreNotice.tsx';

interface Props {
  locale: Locale;
  strings: Strings;
  meta: CheckPageMeta;
}

interface NavState {
  checkScreen: string;
  mode: 'flow' | 'change';
  idx: number;
}

export default function CheckApp({ locale, strings, meta }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const householdStrings = (strings.household ?? {}) as Dict;
  const [answers, setAnswers] = useState<Answers>({});
  const [screen, setScreen] = useState('start');
  const [mode, setMode] = useState<'flow' | 'change'>('flow');
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  /** Answers from a share link or stored answers that could not be used (field ids or unknown link parts). */
  const [dropped, setDropped] = useState<{ from: 'link' | 'storage'; ids: string[] } | null>(null);
  const [fromLink, setFromLink] = useState(false);
  /** "Wis mijn antwoorden" was used: the start screen says so (also visibly). */
  const [cleared, setCleared] = useState(false);
  const date = useMemo(() => today(), []);
  const env = useMemo(() => envFor(meta, date), [date]);
  /** The engine loads in the page's language, with the page's results data. */
  const source = { locale, resultsUrl: meta.resultsUrl };
  const [restoreProblem, setRestoreProblem] = useState<RestoreProblem | null>(null);
  const idx = useRef(0);
  const moveFocus = useRef(false);
  const focusField = useRef<string | null>(null);

  const pendingMessage = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback((text: string) => {
    // Clear first so the same text is announced again.
    setMessage('');
    clearTimeout(pendingMessage.current);
    pendingMessage.current = setTimeout(() => setMessage(text), 50);
  }, []);

  const show = (next: string, nextMode: 'flow' | 'change', how: 'push' | 'replace') => {
    if (typeof history !== 'undefined') {
      const state: NavState = { checkScreen: next, mode: nextMode, idx: how === 'push' ? idx.current + 1 : idx.current };
      if (how === 'push') history.pushState(state, '', location.pathname);
      else history.replaceState(state, '', location.pathname);
      idx.current = state.idx;
    }
    setErrors({});
    // An old message (an error on the previous question) never stays in the live region.
    clearTimeout(pendingMessage.current);
    setMessage('');
    setCleared(false);
    setMode(nextMode);
    setScreen(next);
    moveFocus.current = true;
    if (next === 'summary' || next === 'results') preloadEngine(source);
  };

  // Restore: a share link first, then this tab's sessionStorage. Both are checked like the form
  // checks answers; what cannot be used is named on the screen, everything else is kept.
  useEffect(() => {
    const wijkIds = meta.wijken.map((w) => w.id);
    const shared = decodeShareLink(location.hash, meta.municipality.name);
    // A link's "what if" reopens the comparison (WhatIf.tsx reads it); a link without one starts without.
    if (shared) {
      const w = shared.whatIf ? fitWhatIf(shared.whatIf) : null;
      if (w) saveWhatIf({ values: w.values, fromLink: true });
      else clearWhatIf();
    }
    let start = 'start';
    let restored: Answers = {};
    if (shared) {
      const clean = sanitizeAnswers(shared.raw, env, date, wijkIds);
      restored = clean.answers;
      // A shared link opens the results; the answers can be changed from there.
      start = 'results';
      setFromLink(true);
      const ids = [...clean.dropped, ...shared.unknownKeys];
      if (ids.length) setDropped({ from: 'link', ids });
      announce(s('share.restored'));
    } else {
      const { saved, problem } = load(wijkIds, meta.municipality.name);
      setRestoreProblem(problem);
      if (saved) {
        const clean = sanitizeAnswers(saved.answers, env, date, wijkIds);
        restored = clean.answers;
        // Answers the household contract refuses (e.g. a child too old for the parent) are named like unreadable ones.
        if (clean.dropped.length) setRestoreProblem({ kind: 'dropped', ids: [...new Set([...(problem?.kind === 'dropped' ? problem.ids : []), ...clean.dropped])] });
        start = saved.screen === 'start' || saved.screen === 'summary' || saved.screen === 'results' || questionById(saved.screen) ? saved.screen : 'start';
        // Some answers could not be read: the start screen names them and offers to go on.
        if (problem || clean.dropped.length) start = 'start';
      }
    }
    setAnswers(restored);
    // The contract's plausibility checks need the parser, which loads with the engine: drop and name what it refuses then.
    if (Object.keys(restored).length > 0)
      loadEngine(source)
        .then((e) => {
          const ids = dropImplausible({ ...restored }, env, date, e.householdIssues);
          if (ids.length === 0) return;
          setAnswers((a) => Object.fromEntries(Object.entries(a).filter(([k]) => !ids.includes(k))));
          if (shared) setDropped((d) => ({ from: 'link', ids: [...new Set([...(d?.ids ?? []), ...ids])] }));
          else setRestoreProblem((p) => ({ kind: 'dropped', ids: [...new Set([...(p?.kind === 'dropped' ? p.ids : []), ...ids])] }));
        })
        .catch(() => {
          /* the results screen says when the engine cannot load */
        });
    const st = history.state as Partial<NavState> | null;
    idx.current = typeof st?.idx === 'number' ? st.idx : 0;
    // "Begin met de check" is a plain link (#begin) that works before the island has loaded: a tap
    // made while the page was still loading starts the check now, as a step the back button undoes.
    const begun = !shared && location.hash === START_HASH;
    history.replaceState({ checkScreen: start, mode: 'flow', idx: idx.current } satisfies NavState, '', location.pathname);
    if (begun) {
      start = QUESTIONS[0]!.id;
      idx.current += 1;
      history.pushState({ checkScreen: start, mode: 'flow', idx: idx.current } satisfies NavState, '', location.pathname);
    }
    setScreen(start);
    if (start !== 'start') {
      preloadEngine(source);
      if (shared || start === QUESTIONS[0]!.id) moveFocus.current = true;
    }
    setReady(true);

    const onPop = (e: PopStateEvent) => {
      const st = e.state as Partial<NavState> | null;
      // In-page anchors (the skip link "#main") also fire popstate: they are not a step.
      if (!st || typeof st.checkScreen !== 'string') return;
      idx.current = typeof st?.idx === 'number' ? st.idx : 0;
      setErrors({});
      setMessage('');
      setMode(st?.mode === 'change' ? 'change' : 'flow');
      setScreen(typeof st?.checkScreen === 'string' ? st.checkScreen : 'start');
      moveFocus.current = true;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Keep answers in this tab only; saved right after each change is rendered, so a reload never loses one.
  useLayoutEffect(() => {
    if (!ready) return;
    if (Object.keys(answers).length === 0 && screen === 'start') return;
    save({ answers, screen });
  }, [answers, screen, ready]);

  // The browser tab title names the current question (GOV.UK pattern), with "Fout:" when there are errors.
  const baseTitle = useRef('');
  useEffect(() => {
    baseTitle.current ||= document.title;
    // The question itself, without "Vraag x van y".
    const heading = document.getElementById('check-heading');
    const h = (heading?.querySelector('.check-question-text') ?? heading)?.textContent?.trim();
    const prefix = Object.keys(errors).length > 0 ? `${s('errors.titlePrefix')} ` : '';
    document.title = screen === 'start' || !h ? baseTitle.current : `${prefix}${h} | ${baseTitle.current}`;
  }, [screen, errors]);

  // Focus the heading (or the field with an error) right after a screen change is rendered.
  useLayoutEffect(() => {
    if (focusField.current) {
      const el = document.getElementById(focusField.current);
      focusField.current = null;
      el?.focus();
      return;
    }
    if (!moveFocus.current) return;
    moveFocus.current = false;
    window.scrollTo(0, 0);
    const heading = document.getElementById('check-heading');
    // On a small screen or at 200% zoom the header can push the question's first option below the
    // fold: then the question starts at the top of the screen (with its back link above it).
    const firstOption = document.querySelector('.check-question .check-option, .check-question input, .check-question select');
    if (firstOption && firstOption.getBoundingClientRect().bottom > window.innerHeight) {
      (document.querySelector('.check-question') ?? heading)?.scrollIntoView({ block: 'start' });
    }
    heading?.focus({ preventScroll: true });
  });

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    setAnswers((a) => ({ ...a, [id]: value }));
    if (errors[id]) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== id)));
  };

  const onClear = () => {
    clear();
    setAnswers({});
    setErrors({});
    idx.current = 0;
    history.replaceState({ checkScreen: 'start', mode: 'flow', idx: 0 } satisfies NavState, '', location.pathname);
    setMode('flow');
    setScreen('start');
    setFromLink(false);
    setDropped(null);
    setCleared(true);
    moveFocus.current = true;
    announce(s('clear.confirm'));
  };

  const goBack = () => {
    if (idx.current > 0) history.back();
    else show(previousScreen(screen, answers, env), 'flow', 'replace');
  };

  const q = questionById(screen);
  let body;
  if (screen === 'start' || (!q && screen !== 'summary' && screen !== 'results')) {
    const hasAnswers = ready && Object.keys(answers).length > 0;
    body = (
      <StartScreen
        strings={strings}
        meta={meta}
        canResume={hasAnswers}
        cleared={cleared}
        onClear={onClear}
        onStart={() => {
          preloadEngine(source);
          show(QUESTIONS[0]!.id, 'flow', 'push');
        }}
        onResume={() => show(firstOpen(answers, env) ?? 'summary', 'flow', 'push')}
      />
    );
  } else if (q) {
    body = (
      <QuestionScreen
        q={q}
        answers={answers}
        setAnswer={setAnswer}
        errors={errors}
        strings={strings}
        wijken={meta.wijken}
        env={env}
        progress={progress(q.id, answers, env)}
        changing={mode === 'change' && nextScreen(q.id, answers, env, 'change') === 'summary'}
        backHref={meta.links.check}
        onBack={goBack}
        onNext={() => {
          const errs: Record<string, FieldError> = validate(q, answers);
          if (Object.keys(errs).length === 0) {
            // The household contract's plausibility checks, on the question they involve.
            for (const { issue, questions } of loadedEngine()?.householdIssues(answers, date, env) ?? []) {
              if (questions.includes(q.id)) {
                errs[q.id] = `!${issueText(issue, householdStrings, locale)}`;
                break;
              }
            }
          }
          const keys = Object.keys(errs);
          if (keys.length > 0) {
            setErrors(errs);
            const first = keys[0] as string;
            const sub = q.parts?.find((p) => p.id === first) ?? (q.reveal?.sub.id === first ? q.reveal.sub : undefined);
            announce(s('errors.announce', { message: errorText(strings, errs[first], fieldHasUnknown(first)) ?? '' }));
            const kind = sub ? sub.kind : q.kind;
            const value = answers[first];
            focusField.current =
              kind === 'radio' || kind === 'checkbox'
                ? `q-${first}-${(sub?.options ?? q.options ?? [])[0] ?? 'unknown'}`
                : value === UNKNOWN
                  ? `q-${first}-unknown`
                  : `q-${first}`;
            return;
          }
          show(nextScreen(q.id, answers, env, mode), mode, 'push');
        }}
      />
    );
  } else if (screen === 'summary') {
    const rows = summaryRows(answers, strings, locale, meta.wijken, env);
    body = (
      <div class="check-summary-screen">
        <a
          class="nl-link check-back"
          href={meta.links.check}
          onClick={(e) => {
            e.preventDefault();
            goBack();
          }}
        >
          {s('nav.back')}
        </a>
        <h1 class="nl-heading nl-heading--level-1" id="check-heading" tabIndex={-1}>
          {s('summary.heading')}
        </h1>
        <p>{s('summary.lead')}</p>
        <AnswerSummary rows={rows} strings={strings} onChange={(to) => show(to, 'change', 'push')} href={meta.links.check} />
        <p class="check-buttons">
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              const open = firstOpen(answers, env);
              if (open) return show(open, 'change', 'push');
              try {
                performance.clearMarks();
                performance.clearMeasures();
                performance.mark('check:submit');
              } catch {
                /* optional */
              }
              show('results', 'flow', 'push');
            }}
          >
            {s('summary.submit')}
          </button>
        </p>
        <ClearButton strings={strings} onClear={onClear} />
      </div>
    );
  } else {
    body = (
      <Results
        answers={answers}
        strings={strings}
        locale={locale}
        meta={meta}
        headingLevel="h1"
        env={env}
        date={date}
        fromLink={fromLink}
        onChangeAnswer={(to) => show(to, 'change', 'push')}
        onAnnounce={announce}
        onClear={onClear}
      />
    );
  }

  const droppedNote = dropped && (
    <div class="utrecht-alert utrecht-alert--warning check-dropped" role="alert">
      <div class="utrecht-alert__content">
        <p class="utrecht-alert__message">
          {s('restore.droppedLink', {
            fields: dropped.ids.map((id) => (has(strings, `q.${id}.summary`) ? s(`q.${id}.summary`) : id)).join(', '),
          })}
        </p>
      </div>
    </div>
  );

  return (
    <div class="check" data-screen={screen} data-ready={ready ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      {droppedNote}
      {restoreProblem && screen === 'start' && <RestoreNotice problem={restoreProblem} strings={strings} />}
      {body}
    </div>
  );
}
