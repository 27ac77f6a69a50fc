/**
 * A deterministic synthetic index for the benchmark and the speed test:
 * realistic Dutch words, titles of 2–4 words, 6 terms and a one-line summary per entry.
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
  'stadsring indebuurt leergeld jeugdfonds schothorst zielhorst kattenbroek nieuwland vathorst hoogland liendert ' +
  'rustenburg soesterkwartier randenbroek schuilenburg vermeer kruiskamp hoornbeeck bergkwartier binnenstad'
).split(' ');
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

export function syntheticDocs(count: number, seed = 42): SearchDoc[] {
  const r = rng(seed);
  const base = () => WORDS[Math.floor(r() * WORDS.length)] as string;
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
