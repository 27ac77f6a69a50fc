/**
 * Loads the search index once and builds the engine. Works wherever `fetch` exists (browser,
 * Node 22). The engine comes with the search page's own script, and the page preloads the
 * index in its <head>, so both are there before the first keystroke; building the searcher
 * waits for focus or an idle moment (or runs at once for a query in the address).
 */
import type { SearchDoc, SearchLocale } from './types.ts';
import { createSearcher, type Searcher } from './query.ts';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(indexUrl: string, locale: SearchLocale): Promise<Searcher> {
  pending ??= fetch(indexUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    })
    .then((docs) => {
      mark('search:index-loaded');
      const searcher = createSearcher(docs, locale);
      searcher.warmUp();
      mark('search:ready');
      return searcher;
    })
    .catch((err: unknown) => {
      pending = undefined; // allow a retry
      throw err;
    });
  return pending;
}

/** Performance marks for the benchmarks (bench/search-speed.bench.ts); measuring is optional. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* optional */
  }
}

/**
 * Count forms from src/i18n/<locale>/search.json: `more` ("Meer dan {{limit}} resultaten…")
 * and one form per plural category of the language (one, other; two, few, many where the
 * language has them), chosen with Intl.PluralRules.
 */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string; more: string };

/** "12 resultaten voor ‘huur’." or, above the limit, "Meer dan 20 resultaten voor ‘kind’…". */
export function countText(forms: CountForms, locale: string, count: number, limit: number, query: string): string {
  const form = count > limit ? forms.more : (forms[new Intl.PluralRules(locale).select(count)] ?? forms.other);
  return form.replaceAll('{{count}}', String(count)).replaceAll('{{limit}}', String(limit)).replaceAll('{{query}}', query);
}
