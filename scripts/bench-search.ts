/**
 * Search speed: ms per query over the real index (built from content/) and over a
 * synthetic index of 10,000 entries. Each query is also timed keystroke by keystroke
 * ("kwij", "kwijt", …), because that is what the search page does while you type.
 *
 *   node_modules/.bin/node scripts/bench-search.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllContent } from '../src/lib/content/validate.ts';
import { buildSearchDocs, mainPagesFrom } from '../src/components/search/logic/buildIndex.ts';
import { createSearcher } from '../src/components/search/logic/query.ts';
import { syntheticDocs } from '../src/components/search/logic/synthetic.ts';
import type { SearchDoc } from '../src/components/search/logic/types.ts';

const QUERIES = [
  'gemeentebelasting', 'sportclub kind', 'schulden', 'mantelzorg compliment', 'laptop school',
  'kwijtscheldnig', 'huur toeslag betalen', 'zielhorst', 'voedselbank', 'hoe kan ik huurtoeslag aanvragen',
  'bijzondre bijstand', 'wasmachine kapot', 'id kaart kind', 'dierenarts', 'rent benefit',
];

function keystrokes(q: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= q.length; i++) out.push(q.slice(0, i));
  return out;
}

function bench(label: string, docs: SearchDoc[]): void {
  const t0 = performance.now();
  const searcher = createSearcher(docs);
  const build = performance.now() - t0;
  for (const q of QUERIES) searcher.search(q); // warm up
  // A whole query typed or pasted at once, with no remembered word matches.
  const rounds = 5;
  let spent = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      searcher.clearCache();
      const t = performance.now();
      searcher.search(q);
      spent += performance.now() - t;
    }
  }
  const perQuery = spent / (rounds * QUERIES.length);
  // Typing: one search per keystroke from the 2nd letter on; the cache starts empty for each query.
  const times: number[] = [];
  for (const q of QUERIES) {
    searcher.clearCache();
    for (const s of keystrokes(q)) {
      const t = performance.now();
      searcher.search(s);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(2);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${label.padEnd(26)} ${String(docs.length).padStart(6)} entries, ${String(searcher.vocabulary).padStart(6)} words | ` +
      `build ${build.toFixed(0)} ms | full query ${perQuery.toFixed(2)} ms | per keystroke mean ${mean.toFixed(2)} ms, p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${pct(1)} ms (${times.length} keystrokes)`,
  );
}

const root = process.cwd();
for (const locale of ['nl', 'en'] as const) {
  const content = await loadAllContent(root);
  const strings = JSON.parse(await readFile(path.join(root, 'src', 'i18n', locale, 'search.json'), 'utf8')) as Record<string, unknown>;
  bench(`real index (${locale})`, buildSearchDocs(locale, { ...content, mainPages: mainPagesFrom(strings) }));
}
bench('synthetic index', syntheticDocs(10_000));
console.log(`Node ${process.version}; target: under 30 ms per keystroke on the synthetic index.`);
