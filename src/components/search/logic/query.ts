/**
 * The search engine: fuse.js over the vocabulary of the compact index, plus an
 * inverted index from words to entries. Pure, no DOM: used by the search page
 * island, the quality test and the benchmark.
 *
 * Why not fuse.js straight over the entries? Fuzzy matching every field of every
 * entry costs ~1 s per query on 10,000 entries (see scripts/bench-search.ts).
 * Every entry shares words with others, so we fuzzy-match each query word once
 * against the list of distinct words (a few thousand at most) and then add up
 * the entries that contain the matched words, weighted by field and rarity.
 * Typos, diacritics, case, prefixes (as you type) and parts of compounds
 * ("belasting" in "gemeentebelasting") all come from that one fuse.js pass.
 */
import Fuse from 'fuse.js';
import { normalize, queryWords } from './normalize.ts';
import type { SearchDoc, SearchHit } from './types.ts';

/** How much a word counts by the field it is in. */
export const FIELD_WEIGHTS = { title: 3, terms: 2.5, summary: 0.7 } as const;

export interface Searcher {
  search(query: string, limit?: number): SearchHit[];
  /** Number of entries. */
  size: number;
  /** Number of distinct words. */
  vocabulary: number;
  /** Forget remembered word matches (for benchmarks). */
  clearCache(): void;
}

/** fuse.js settings for matching one query word against one index word (both already normalised). */
const THRESHOLD = 0.34;
const FUSE_OPTIONS = {
  includeScore: true,
  shouldSort: false,
  isCaseSensitive: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: THRESHOLD,
  minMatchCharLength: 2,
} as const;

function bigrams(w: string): string[] {
  if (w.length < 2) return [w];
  const out: string[] = [];
  for (let i = 0; i < w.length - 1; i++) out.push(w.slice(i, i + 2));
  return out;
}

interface Prepared {
  title: string;
  terms: string[];
}

/** Similarity (0–1) of a query word to an index word that fuse.js matched with `fuseScore`. */
function similarity(q: string, v: string, fuseScore: number): number {
  if (v === q) return 1;
  if (v.startsWith(q)) return 0.78 + 0.2 * (q.length / v.length);
  if (fuseScore === 0) return q.length >= 4 ? 0.62 : 0.35; // part of a compound: "belasting" in "gemeentebelasting"
  return Math.max(0, 0.7 - fuseScore * 1.2); // typo
}

export function createSearcher(docs: SearchDoc[]): Searcher {
  const wordIds = new Map<string, number>();
  const vocab: string[] = [];
  /** postings[wordId] = flat list of [docIndex, fieldWeight] pairs. */
  const postings: number[][] = [];
  const prepared: Prepared[] = [];

  docs.forEach((doc, di) => {
    const title = normalize(doc.title);
    const terms = doc.terms.map(normalize);
    prepared.push({ title, terms });
    const best = new Map<number, number>();
    const add = (text: string, weight: number) => {
      for (const w of text.split(' ')) {
        if (w.length < 2) continue;
        let id = wordIds.get(w);
        if (id === undefined) {
          id = vocab.length;
          wordIds.set(w, id);
          vocab.push(w);
          postings.push([]);
        }
        if ((best.get(id) ?? 0) < weight) best.set(id, weight);
      }
    };
    add(title, FIELD_WEIGHTS.title);
    for (const t of terms) add(t, FIELD_WEIGHTS.terms);
    add(normalize(doc.summary), FIELD_WEIGHTS.summary);
    for (const [id, weight] of best) (postings[id] as number[]).push(di, weight);
  });

  const n = docs.length;
  const idf = postings.map((p) => Math.log(1 + n / (p.length / 2)));
  const sorted = vocab.map((w, i) => [w, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  // Bigram index over the vocabulary: fuse.js only looks at words that share enough letter pairs with the query word.
  const bigramIndex = new Map<string, number[]>();
  vocab.forEach((w, id) => {
    for (const g of new Set(bigrams(w))) {
      let list = bigramIndex.get(g);
      if (!list) bigramIndex.set(g, (list = []));
      list.push(id);
    }
  });
  const shared = new Uint16Array(vocab.length);

  /** Index words starting with `prefix` (binary search over the sorted vocabulary). */
  function prefixMatches(prefix: string): number[] {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as readonly [string, number])[0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && (sorted[i] as readonly [string, number])[0].startsWith(prefix); i++) out.push((sorted[i] as readonly [string, number])[1]);
    return out;
  }

  // While typing, the earlier words of the query stay the same: remember their matches.
  const cache = new Map<string, Map<number, number>>();
  function matchWord(q: string): Map<number, number> {
    let m = cache.get(q);
    if (!m) {
      m = computeMatches(q);
      if (cache.size >= 64) cache.delete(cache.keys().next().value as string);
      cache.set(q, m);
    }
    return m;
  }

  /** word id → similarity, for one query word. */
  function computeMatches(q: string): Map<number, number> {
    const m = new Map<number, number>();
    if (q.length < 3) {
      for (const id of prefixMatches(q)) m.set(id, similarity(q, vocab[id] as string, 0));
      return m;
    }
    // q-gram filter: each typo breaks at most two letter pairs.
    const grams = [...new Set(bigrams(q))];
    // Words of 3–4 letters: no typos (too many false friends), only exact parts of words.
    const maxTypos = q.length <= 4 ? 0 : Math.floor(THRESHOLD * q.length);
    const need = Math.max(1, grams.length - 2 * maxTypos);
    const touched: number[] = [];
    for (const g of grams) {
      for (const id of bigramIndex.get(g) ?? []) {
        if (shared[id] === 0) touched.push(id);
        shared[id] = (shared[id] as number) + 1;
      }
    }
    const candidates: number[] = [];
    for (const id of touched) {
      if ((shared[id] as number) >= need) {
        const v = vocab[id] as string;
        // Words that contain the query word need no fuzzy match: that is most of them while typing.
        if (v.includes(q)) m.set(id, similarity(q, v, 0));
        else candidates.push(id);
      }
      shared[id] = 0;
    }
    if (candidates.length > 0) {
      // One fuse.js pass over the candidate words (bitap works on at most 32 characters).
      const fuse = new Fuse(candidates.map((id) => vocab[id] as string), FUSE_OPTIONS);
      for (const r of fuse.search(q.slice(0, 32))) {
        const id = candidates[r.refIndex] as number;
        const s = similarity(q, vocab[id] as string, r.score ?? 1);
        if (s > 0) m.set(id, s);
      }
    }
    // A known word at the start of the query word: "kinderen" → "kind", "schoolspullen" → "school".
    for (let len = q.length - 1; len >= 4; len--) {
      const id = wordIds.get(q.slice(0, len));
      if (id === undefined) continue;
      const s = 0.5 + 0.35 * (len / q.length);
      if (s > (m.get(id) ?? 0)) m.set(id, s);
    }
    return m;
  }

  return {
    size: n,
    vocabulary: vocab.length,
    clearCache: () => cache.clear(),
    search(query: string, limit = 20): SearchHit[] {
      const words = queryWords(query).slice(0, 8);
      if (words.join('').length < 2) return [];
      const total = new Float64Array(n);
      const hits = new Uint8Array(n);
      const perWord = new Float64Array(n);
      let max = 0;
      for (const q of words) {
        const touchedDocs: number[] = [];
        for (const [id, sim] of matchWord(q)) {
          const list = postings[id] as number[];
          const wIdf = idf[id] as number;
          for (let i = 0; i < list.length; i += 2) {
            const d = list[i] as number;
            const s = sim * (list[i + 1] as number) * wIdf;
            const prev = perWord[d] as number;
            if (prev === 0) touchedDocs.push(d);
            if (s > prev) perWord[d] = s;
          }
        }
        let wordMax = 0;
        for (const d of touchedDocs) {
          const s = perWord[d] as number;
          total[d] = (total[d] as number) + s;
          hits[d] = (hits[d] as number) + 1;
          if (s > wordMax) wordMax = s;
          perWord[d] = 0;
        }
        max += wordMax;
      }
      const phrase = words.join(' ');
      const scored: { d: number; s: number }[] = [];
      for (let d = 0; d < n; d++) {
        if (!hits[d]) continue;
        // Entries that match every word come first; an exact phrase in the title or a term wins.
        const coverage = (hits[d] as number) / words.length;
        let s = (total[d] as number) * coverage * coverage;
        const p = prepared[d] as Prepared;
        if (words.length > 0 && (p.title === phrase || p.terms.includes(phrase))) s *= 1.6;
        else if (phrase.length >= 4 && (p.title.includes(phrase) || p.terms.some((t) => t.includes(phrase)))) s *= 1.3;
        scored.push({ d, s });
      }
      scored.sort((a, b) => b.s - a.s || a.d - b.d);
      const top = max * 1.6 || 1;
      return scored.slice(0, limit).map(({ d, s }) => ({ doc: docs[d] as SearchDoc, score: Math.max(0, 1 - s / top) }));
    },
  };
}
