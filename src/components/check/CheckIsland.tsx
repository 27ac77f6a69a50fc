/**
 * The island on /check/: the check (CheckApp.tsx) with its questions data. The page's HTML
 * carries only what the start screen needs; all strings and the wijken come from
 * /check-data/<locale>/questions.json, preloaded by the page right after the stylesheets and
 * fetched here in parallel with the scripts. Hydration waits for it (top-level await), so the
 * check never shows a question without its text. Issue 15: /check/ HTML ≤ 20 KB.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { CheckPageMeta, CheckQuestionsData } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import CheckApp from './CheckApp.tsx';

interface Props {
  locale: Locale;
  /** The start screen's strings (server render); the rest comes with the questions data. */
  strings: Strings;
  meta: CheckPageMeta;
  questionsUrl: string;
}

async function fetchQuestions(url: string): Promise<CheckQuestionsData | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await fetch(url);
      if (r.ok) return (await r.json()) as CheckQuestionsData;
    } catch {
      /* retried once, then the error below */
    }
  }
  return null;
}

/** The page's preload link names the URL (the server render passes it as a prop too). */
const preload = import.meta.env.SSR ? null : document.querySelector<HTMLLinkElement>('link[rel="preload"][data-check-questions]');
const questions: CheckQuestionsData | null = preload ? await fetchQuestions(preload.href) : null;

export default function CheckIsland({ locale, strings, meta, questionsUrl }: Props) {
  if (import.meta.env.SSR || (questions && preload?.getAttribute('href') === questionsUrl)) {
    const data = questions ?? { strings, wijken: meta.wijken };
    return <CheckApp locale={locale} strings={data.strings} meta={{ ...meta, wijken: data.wijken }} />;
  }
  // The questions could not be loaded (offline without the service worker, server error).
  return (
    <div class="check" data-screen="start" data-ready="false">
      <div class="utrecht-alert utrecht-alert--error" role="alert">
        <div class="utrecht-alert__content">
          <p class="utrecht-alert__message">{t(strings, 'start.loadError')}</p>
        </div>
      </div>
      <p class="check-buttons">
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => location.reload()}>
          {t(strings, 'start.retry')}
        </button>
      </p>
    </div>
  );
}
