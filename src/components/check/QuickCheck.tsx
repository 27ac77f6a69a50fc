/**
 * /check/snel: every question on one page for intermediaries who already know the answers.
 * Questions appear and disappear with the same skip logic; the results are the same component.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { relevantQuestions, validate, type AnswerValue, type Answers, type ErrorKey } from './logic/questions.ts';
import { decodeAnswers } from './logic/share.ts';
import { clear, load, save, type RestoreProblem } from './logic/storage.ts';
import { t, type Strings } from './logic/strings.ts';
import type { CheckPageMeta } from './logic/meta.ts';
import { preloadEngine } from './loadEngine.ts';
import QuestionFields, { errorText } from './QuestionFields.tsx';
import Results from './Results.tsx';
import ClearButton from './ClearButton.tsx';
import RestoreNotice from './RestoreNotice.tsx';

interface Props {
  locale: 'nl' | 'en';
  strings: Strings;
  meta: CheckPageMeta;
}

export default function QuickCheck({ locale, strings, meta }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, ErrorKey>>({});
  const [submitted, setSubmitted] = useState(false);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const [restoreProblem, setRestoreProblem] = useState<RestoreProblem | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusResults = useRef(false);

  const announce = useCallback((text: string) => {
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);

  useEffect(() => {
    const shared = decodeAnswers(location.hash, meta.wijken.map((w) => w.id));
    if (shared) {
      setAnswers(shared);
      setSubmitted(true);
      history.replaceState(null, '', location.pathname);
    } else {
      const { saved, problem } = load(meta.wijken.map((w) => w.id));
      setRestoreProblem(problem);
      if (saved) {
        setAnswers(saved.answers);
        setSubmitted(saved.screen === 'results' && !problem);
        preloadEngine(meta.resultsUrl);
      }
    }
    if (shared) preloadEngine(meta.resultsUrl);
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

  const setAnswer = (id: string, value: AnswerValue | undefined) => {
    // The engine loads once the user starts filling in, not before.
    preloadEngine(meta.resultsUrl);
    setAnswers((a) => ({ ...a, [id]: value }));
    if (errors[id]) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== id)));
  };

  const questions = relevantQuestions(answers);
  const errorList = Object.entries(errors);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const all: Record<string, ErrorKey> = {};
    for (const q of questions) Object.assign(all, validate(q, answers));
    setErrors(all);
    if (Object.keys(all).length > 0) {
      setSubmitted(false);
      announce(s(Object.keys(all).length === 1 ? 'quick.errorCount_one' : 'quick.errorCount_other', { count: Object.keys(all).length }));
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
    <div class="check check--quick" data-ready={ready ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      <h1 class="nl-heading nl-heading--level-1" id="check-heading" tabIndex={-1}>
        {s('quick.heading')}
      </h1>
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
                  <a class="nl-link" href={`#${fieldOf(id)}`}>
                    {label(id)}: {errorText(strings, key, true)}
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
            <QuestionFields q={q} answers={answers} setAnswer={setAnswer} errors={errors} strings={strings} wijken={meta.wijken} heading="plain" />
          </div>
        ))}
        <p class="check-buttons">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {s('quick.submit')}
          </button>
        </p>
      </form>
      {submitted && errorList.length === 0 && (
        <Results
          answers={answers}
          strings={strings}
          locale={locale}
          meta={meta}
          headingLevel="h2"
          onChangeAnswer={(id) => document.getElementById(fieldOf(id))?.focus()}
          onAnnounce={announce}
          onClear={onClear}
        />
      )}
      {!submitted && <ClearButton strings={strings} onClear={onClear} />}
    </div>
  );
}
