/**
 * A deterministic synthetic index for the benchmark and the speed test:
 * realistic Dutch words, titles of 2–4 words, 6 terms and a one-line summary per entry.
 * Place words (wijk and buurt names) are not in the list: they belong to a municipality, so the
 * caller passes them from the site's content (placeWords), and the index then has them as well.
 */
import type { DocType, SearchDoc } from './types.ts';

const WORDS = (
  'toeslag huur zorg kind kinderen school sport cultuur schulden geld inkomen bijstand belasting kwijtschelding ' +
  'mantelzorg waardering compliment respijt dementie ouderen jeugd jongeren gezin opvoeden wonen woning verhuizen ' +
  'energie rekening bril tandarts zorgverzekering eigen risico laptop computer fiets vervoer taxi rolstoel scootmobiel ' +
  'huishoudelijke hulp begeleiding dagbesteding werk baan solliciteren vrijwilliger buurthuis wijkcentrum informatie ' +
  'formulier aanvragen uitkering pensioen aow kinderopvang peuter baby zwangerschap scheiding rouw eenzaam voedsel ' +
  'voedselbank kleding meubels witgoed wasmachine koelkast verwarming isolatie vergoeding bijdrage fonds stichting ' +
  'gemeente regeling loket spreekuur inloop advies budget administratie brieven post bezwaar recht juridisch ' +
  'leergeld jeugdfonds wijkteam informatiepunt buurtkamer binnenstad centrum noord zuid oost west'
).split(' ');

/** The distinct lowercase words of place names (e.g. the site's wijk names), for syntheticDocs. */
export function placeWords(names: readonly string[]): string[] {
  const words = names.flatMap((n) => n.toLocaleLowerCase('nl').split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
  return [...new Set(words)].sort();
}
const TYPES: DocType[] = ['regeling', 'organisatie', 'wijk', 'pagina'];

/** Small seeded PRNG (mulberry32), so every run benchmarks the same index. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` entries from the word list plus `places` (placeWords of the site's wijken; none: generic words only). */
export function syntheticDocs(count: number, places: readonly string[] = [], seed = 42): SearchDoc[] {
  const r = rng(seed);
  const vocabulary = [...WORDS, ...places.filter((p) => !WORDS.includes(p))];
  const base = () => vocabulary[Math.floor(r() * vocabulary.length)] as string;
  // About a third of the words are compounds ("huurtoeslag"), which gives a vocabulary of several thousand words.
  const word = () => (r() < 0.35 ? base() + base() : base());
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const title = words(2 + Math.floor(r() * 3));
    return {
      type: TYPES[i % TYPES.length] as DocType,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      summary: `${words(14 + Math.floor(r() * 8))}.`,
      url: `/synthetisch/${i}/`,
      terms: Array.from({ length: 6 }, () => words(1 + Math.floor(r() * 2))),
    };
  });
}
