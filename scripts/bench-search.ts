/**
 * Search speed: ms per query over the real index (built from content/) and over a
 * synthetic index of 10,000 entries. Each query is also timed keystroke by keystroke
 * ("kw", "kwi", "kwij", …), because that is what the search page does while you type.
 *
 * Times are CPU time of this process (process.cpuUsage), not wall-clock time: on a busy
 * shared machine the wall clock also counts the time other processes run. Every keystroke is
 * timed in several rounds (the word-match cache emptied at the start of each query, as when a
 * person types it) and its median is used. The load average is printed with the figures.
 *
 *   npm run bench:search
 */
import { loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllContent } from '../src/lib/content/validate.ts';
import { buildSearchDocs, mainPagesFrom } from '../src/components/search/logic/buildIndex.ts';
import { createSearcher } from '../src/components/search/logic/query.ts';
import { placeWords, syntheticDocs } from '../src/components/search/logic/synthetic.ts';
import type { SearchDoc, SearchLocale } from '../src/components/search/logic/types.ts';

const root = process.cwd();
const content = await loadAllContent(root);
/** Two wijken of the site's pack, for a wijk name and a "wijkteam <wijk>" query (sorted by id: the same every run). */
const [wijkA, wijkB] = [...content.wijken].sort((a, b) => a.id.localeCompare(b.id)).map((w) => w.data.name.toLocaleLowerCase('nl'));

const QUERIES = [
  'gemeentebelasting', 'sportclub kind', 'schulden', 'mantelzorg compliment', 'laptop school',
  'kwijtscheldnig', 'huur toeslag betalen', wijkA ?? 'wijk', 'voedselbank', 'hoe kan ik huurtoeslag aanvragen',
  'bijzondre bijstand', 'wasmachine kapot', 'id kaart kind', 'dierenarts', 'rent benefit',
  'mantelzorgcompliment', 'zwemdiploma', 'aanslag gemeente te hoog', 'stroom gas te duur', `wijkteam ${wijkB ?? 'centrum'}`,
];
const ROUNDS = 5;

function keystrokes(q: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= q.length; i++) out.push(q.slice(0, i));
  return out;
}

/** CPU milliseconds spent in fn. */
function cpu(fn: () => unknown): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function bench(label: string, docs: SearchDoc[], locale: SearchLocale): void {
  const builds: number[] = [];
  let searcher = createSearcher(docs, locale);
  for (let r = 0; r < 3; r++) builds.push(cpu(() => (searcher = createSearcher(docs, locale))));
  for (const q of QUERIES) searcher.search(q); // warm up the JIT
  // A whole query typed or pasted at once, with no remembered word matches.
  const full: number[] = [];
  for (const q of QUERIES) {
    const rounds: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      searcher.clearCache();
      rounds.push(cpu(() => searcher.search(q)));
    }
    full.push(median(rounds));
  }
  // Typing: one search per keystroke from the 2nd letter on; the cache starts empty for each query.
  const perKey = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      searcher.clearCache();
      keystrokes(q).forEach((s, i) => {
        const ms = cpu(() => searcher.search(s));
        const key = `${q}#${i}`;
        perKey.set(key, [...(perKey.get(key) ?? []), ms]);
      });
    }
  }
  const times = [...perKey.values()].map(median).sort((a, b) => a - b);
  const pct = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(2);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${label.padEnd(20)} ${String(docs.length).padStart(6)} entries, ${String(searcher.vocabulary).padStart(6)} words | ` +
      `build ${Math.min(...builds).toFixed(0)} ms | full query ${(full.reduce((a, b) => a + b, 0) / full.length).toFixed(2)} ms | ` +
      `per keystroke mean ${mean.toFixed(2)} ms, p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${pct(1)} ms (${times.length} keystrokes × ${ROUNDS} rounds, median each)`,
  );
}

for (const locale of ['nl', 'en'] as const) {
  const strings = JSON.parse(await readFile(path.join(root, 'src', 'i18n', locale, 'search.json'), 'utf8')) as Record<string, unknown>;
  bench(`real index (${locale})`, buildSearchDocs(locale, { ...content, mainPages: mainPagesFrom(strings) }), locale);
}
bench('synthetic index', syntheticDocs(10_000, placeWords(content.wijken.flatMap((w) => [w.data.name, ...w.data.buurten]))), 'nl');
console.log(`CPU ms. Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; target: p95 per keystroke ≤ 6 ms on the synthetic index.`);
