/**
 * The check, one question per screen (island, client:load).
 * State: answers (kept in sessionStorage), the current screen (in history.state, so the
 * browser's back button works), and errors. Nothing is sent anywhere.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { UNKNOWN, firstOpen, nextScreen, previousScreen, progress, questionById, validate, type AnswerValue, type Answers, type ErrorKey } from './logic/questions.ts';
import { decodeAnswers } from './logic/share.ts';
import { clear, load, save, type RestoreProblem } from './logic/storage.ts';
import { summaryRows } from './logic/summaryRows.ts';
import { t, type Strings } from './logic/strings.ts';
import type { CheckPageMeta } from './logic/meta.ts';
import { preloadEngine } from './loadEngine.ts';
import { errorText } from './QuestionFields.tsx';
import StartScreen from './StartScreen.tsx';
import QuestionScreen from './QuestionScreen.tsx';
import AnswerSummary from './AnswerSummary.tsx';
import Results from './Results.tsx';
import ClearButton from './ClearButton.tsx';
import RestoreNotice from './RestoreNotice.tsx';

interface Props {
  locale: 'nl' | 'en';
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
  const [answers, setAnswers] = useState<Answers>({});
  const [screen, setScreen] = useState('start');
  const [mode, setMode] = useState<'flow' | 'change'>('flow');
  const [errors, setErrors] = useState<Record<string, ErrorKey>>({});
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [restoreProblem, setRestoreProblem] = useState<RestoreProblem | null>(null);
  const idx = useRef(0);
  const moveFocus = useRef(false);
  const focusField = useRef<string | null>(null);

  const announce = useCallback((text: string) => {
    // Clear first so the same text is announced again.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);

  const show = (next: string, nextMode: 'flow' | 'change', how: 'push' | 'replace') => {
    if (typeof history !== 'undefined') {
      const state: NavState = { checkScreen: next, mode: nextMode, idx: how === 'push' ? idx.current + 1 : idx.current };
      if (how === 'push') history.pushState(state, '', location.pathname);
      else history.replaceState(state, '', location.pathname);
      idx.current = state.idx;
    }
    setErrors({});
    setMode(nextMode);
    setScreen(next);
    moveFocus.current = true;
    if (next === 'summary' || next === 'results') preloadEngine(meta.resultsUrl);
  };

  // Restore: a share link first, then this tab's sessionStorage.
  useEffect(() => {
    const wijkIds = meta.wijken.map((w) => w.id);
    const shared = decodeAnswers(location.hash, wijkIds);
    let start = 'start';
    let restored: Answers = {};
    if (shared) {
      restored = shared;
      start = firstOpen(shared) ?? 'results';
      announce(s('share.restored'));
    } else {
      const { saved, problem } = load(wijkIds);
      setRestoreProblem(problem);
      if (saved) {
        restored = saved.answers;
        start = saved.screen === 'start' || saved.screen === 'summary' || saved.screen === 'results' || questionById(saved.screen) ? saved.screen : 'start';
        // Some answers could not be read: the start screen names them and offers to go on.
        if (problem) start = 'start';
      }
    }
    setAnswers(restored);
    const st = history.state as Partial<NavState> | null;
    idx.current = typeof st?.idx === 'number' ? st.idx : 0;
    history.replaceState({ checkScreen: start, mode: 'flow', idx: idx.current } satisfies NavState, '', location.pathname);
    setScreen(start);
    if (start !== 'start') {
      preloadEngine(meta.resultsUrl);
      if (shared) moveFocus.current = true;
    }
    setReady(true);

    const onPop = (e: PopStateEvent) => {
      const st = e.state as Partial<NavState> | null;
      // In-page anchors (the skip link "#main") also fire popstate: they are not a step.
      if (!st || typeof st.checkScreen !== 'string') return;
      idx.current = typeof st?.idx === 'number' ? st.idx : 0;
      setErrors({});
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
    const h = document.getElementById('check-heading')?.textContent?.trim();
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
    document.getElementById('check-heading')?.focus();
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
    moveFocus.current = true;
    announce(s('clear.confirm'));
  };

  const goBack = () => {
    if (idx.current > 0) history.back();
    else show(previousScreen(screen, answers), 'flow', 'replace');
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
        onStart={() => {
          preloadEngine(meta.resultsUrl);
          show('woonplaats', 'flow', 'push');
        }}
        onResume={() => show(firstOpen(answers) ?? 'summary', 'flow', 'push')}
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
        progress={progress(q.id, answers)}
        changing={mode === 'change' && nextScreen(q.id, answers, 'change') === 'summary'}
        backHref={meta.links.check}
        onBack={goBack}
        onClear={onClear}
        onNext={() => {
          const errs = validate(q, answers);
          const keys = Object.keys(errs);
          if (keys.length > 0) {
            setErrors(errs);
            const first = keys[0] as string;
            const sub = q.parts?.find((p) => p.id === first) ?? (q.reveal?.sub.id === first ? q.reveal.sub : undefined);
            const hasUnknown = sub ? !!sub.unknown : !!q.unknown;
            announce(s('errors.announce', { message: errorText(strings, errs[first], hasUnknown) ?? '' }));
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
          show(nextScreen(q.id, answers, mode), mode, 'push');
        }}
      />
    );
  } else if (screen === 'summary') {
    const rows = summaryRows(answers, strings, locale, meta.wijken);
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
              const open = firstOpen(answers);
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
        onChangeAnswer={(to) => show(to, 'change', 'push')}
        onAnnounce={announce}
        onClear={onClear}
      />
    );
  }

  return (
    <div class="check" data-screen={screen} data-ready={ready ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      {restoreProblem && screen === 'start' && <RestoreNotice problem={restoreProblem} strings={strings} />}
      {body}
    </div>
  );
}
