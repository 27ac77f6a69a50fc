/**
 * Loads the search index and the engine on first use. Works wherever `fetch`
 * exists (browser, Node 22). The engine (with fuse.js) is a separate chunk, so
 * the search page downloads it only when someone starts searching.
 */
import type { SearchDoc } from './types.ts';
import type { Searcher } from './query.ts';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(indexUrl: string): Promise<Searcher> {
  pending ??= Promise.all([
    fetch(indexUrl).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchDoc[]>;
    }),
    import('./query.ts'),
  ])
    .then(([docs, engine]) => engine.createSearcher(docs))
    .catch((err: unknown) => {
      pending = undefined; // allow a retry
      throw err;
    });
  return pending;
}

/** "{{count}} resultaten voor ‘{{query}}’" with zero/one/other forms. */
export function countText(strings: { zero: string; one: string; other: string }, count: number, query: string): string {
  const form = count === 0 ? strings.zero : count === 1 ? strings.one : strings.other;
  return form.replaceAll('{{count}}', String(count)).replaceAll('{{query}}', query);
}
