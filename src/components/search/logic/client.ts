/**
 * Loads the search index and the engine, once. Works wherever `fetch` exists (browser,
 * Node 22). The engine (with fuse.js) is a separate chunk; the search page asks for it as
 * soon as the box gets focus or the browser is idle, so it is ready before the first keystroke.
 */
import type { SearchDoc, SearchLocale } from './types.ts';
import type { Searcher } from './query.ts';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(indexUrl: string, locale: SearchLocale): Promise<Searcher> {
  pending ??= Promise.all([
    fetch(indexUrl).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    }),
    import('./query.ts'),
  ])
    .then(([docs, engine]) => engine.createSearcher(docs, locale))
    .catch((err: unknown) => {
      pending = undefined; // allow a retry
      throw err;
    });
  return pending;
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
