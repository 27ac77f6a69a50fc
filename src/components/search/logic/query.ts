/**
 * The search engine: an inverted index from words to entries, and fuse.js for typos over
 * the vocabulary. Pure, no DOM: used by the search page island, the quality test and the
 * benchmark.
 *
 * Why not fuse.js straight over the entries? Fuzzy matching every field of every entry
 * costs ~1 s per query on 10,000 entries (see scripts/bench-search.ts). Every entry shares
 * words with others, so each query word is matched once against the distinct words of the
 * index and the entries that contain the matched words are added up, weighted by field and
 * rarity. How a query word may match an index word, best first:
 *
 *   exact word · same stem (kinderen ~ kinder) · part of a compound (index words are split
 *   into known words at build: huurtoeslag → huur + toeslag) · prefix, only for the last
 *   word while it is being typed · typo (fuse.js, at most 1 edit up to 7 letters, 2 beyond).
 *
 * A query word that is a known word never matches by typo or prefix-of-a-longer-word alone
 * ("hoog" is not "Hoogeind", "kat" is not "Kattenveld"). A query word the index does not
 * know is split into known words (mantelzorgcompliment → mantelzorg + compliment). Stop
 * words are dropped on both sides before phrases are compared. An entry is only a result
 * when it matches enough of the query strongly enough, so nonsense finds nothing.
 */
import Fuse from 'fuse.js';
import { normalize, queryWords, searchLanguage } from './normalize.ts';
import type { SearchDoc, SearchHit, SearchLocale, SearchResults } from './types.ts';

/** How much a word counts for the ranking, by the field it is in. */
export const FIELD_WEIGHTS = { title: 3, names: 3, terms: 2.5, summary: 0.7, words: 0.35 } as const;
/** How sure a match in that field is that the entry is about the word (0–1): decides what is a result. */
const FIELD_STRENGTH = { title: 1, names: 1, terms: 1, summary: 0.6, words: 0.5 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** A part of a compound counts a bit less than the whole word. */
const PART = 0.8;
/** So does a synonym (src/components/search/logic/normalize.ts). */
const SYNONYM = 0.85;
/** A query word must match somewhere at least this strongly to count (see FIELD_STRENGTH). */
const RECOGNISED = 0.5;
/** A word that matches more than this share of all entries strongly is common. */
const COMMON = 0.3;
/** Shortest prefix that matches longer words while typing. */
const MIN_PREFIX = 3;
/** Multipliers when the query is exactly a name (title or other name) or a curated term of an entry, or inside one; and for a wijk the query names. */
const BONUS = { hubName: 3, name: 1.8, term: 1.6, inside: 1.3, place: 2 } as const;

export interface Searcher {
  /** The best hits for a query, at most `limit`. */
  search(query: string, limit?: number): SearchHit[];
  /** The best hits and how many entries match in all. */
  find(query: string, limit?: number): SearchResults;
  /** Number of entries. */
  size: number;
  /** Number of distinct words. */
  vocabulary: number;
  /** Forget remembered word matches (for benchmarks). */
  clearCache(): void;
  /**
   * Runs a few searches of every kind (whole word, prefix, typo, two words) and forgets them,
   * so the first real query does not run on cold code. For idle time right after building.
   */
  warmUp(): void;
}

const FUSE_OPTIONS = {
  includeScore: true,
  shouldSort: false,
  isCaseSensitive: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
} as const;

/** Typos allowed in a query word: none up to 4 letters (too many false friends), 1 up to 7, then 2. */
export function maxTypos(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}

function bigrams(w: string): string[] {
  if (w.length < 2) return [w];
  const out: string[] = [];
  for (let i = 0; i < w.length - 1; i++) out.push(w.slice(i, i + 2));
  return out;
}

/** Stemmed, stop-word-free form of a text, for comparing phrases ("geld voor kinderen" → "geld kinder"). */
function keyOf(words: string[], stems: (w: string) => string[]): string {
  return words.map((w) => stems(w)[0] as string).join(' ');
}

interface Prepared {
  /** Keys of the title and the other names (with and without a part in brackets). */
  nameKeys: Set<string>;
  termKeys: Set<string>;
  /** All keys between "|", to find a phrase inside one: "| mantelzorg compliment | zorg ouder |". */
  allKeys: string;
  /** Normalised title words. */
  titleWords: Set<string>;
}

/** One thing the query asks for: a query word, or one part of a compound query word. */
interface Unit {
  matches: Map<number, number>;
  /** Multiplier for every match (a guessed part of an unknown word counts less). */
  factor: number;
}

export function createSearcher(docs: SearchDoc[], locale: SearchLocale = 'nl'): Searcher {
  const lang = searchLanguage(locale);
  const content = (text: string) => normalize(text).split(' ').filter((w) => w.length > 1 && !lang.stopWords.has(w));
  const stemCache = new Map<string, string[]>();
  const stemsOf = (w: string): string[] => {
    let st = stemCache.get(w);
    if (!st) {
      st = lang.stems(w);
      if (stemCache.size > 50_000) stemCache.clear();
      stemCache.set(w, st);
    }
    return st;
  };

  const wordIds = new Map<string, number>();
  const vocab: string[] = [];
  /** postings[wordId] = flat list of [docIndex, weight, strength] triples. */
  const postings: number[][] = [];
  const prepared: Prepared[] = [];
  /** Words of a doc that are names (of places, of organisations): never split into parts. */
  const unsplittable: Set<number>[] = [];
  /** Words in the names of wijken ("noordhoek", "akker", "centrum"). */
  const placeWords = new Set<number>();

  const idOf = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = vocab.length;
      wordIds.set(w, id);
      vocab.push(w);
      postings.push([]);
    }
    return id;
  };

  docs.forEach((doc, di) => {
    const best = new Map<number, [number, number]>();
    const keep = new Set<number>();
    const add = (text: string, field: Field, name = false) => {
      for (const w of normalize(text).split(' ')) {
        if (w.length < 2) continue;
        const id = idOf(w);
        if (name) keep.add(id);
        const prev = best.get(id);
        if (!prev || prev[0] < FIELD_WEIGHTS[field]) best.set(id, [FIELD_WEIGHTS[field], FIELD_STRENGTH[field]]);
      }
    };
    const isName = doc.type === 'organisatie' || !!doc.place;
    add(doc.title, 'title', isName);
    for (const t of doc.names ?? []) add(t, 'names', isName);
    if (doc.place) for (const id of keep) placeWords.add(id);
    for (const t of doc.terms) add(t, 'terms', !!doc.place);
    add(doc.summary, 'summary');
    if (doc.words) add(doc.words, 'words');
    for (const [id, [weight, strength]] of best) (postings[id] as number[]).push(di, weight, strength);
    unsplittable.push(keep);

    const nameKeys = new Set<string>();
    for (const n of [doc.title, ...(doc.names ?? [])]) {
      nameKeys.add(keyOf(content(n), stemsOf));
      // "Voedselbank Proefdorp (Voedsel Focus)" is also "Voedselbank Proefdorp" and "Voedsel Focus".
      const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(n);
      if (bracket) for (const part of [bracket[1] as string, bracket[2] as string]) nameKeys.add(keyOf(content(part), stemsOf));
    }
    nameKeys.delete('');
    const termKeys = new Set(doc.terms.map((t) => keyOf(content(t), stemsOf)).filter(Boolean));
    prepared.push({
      nameKeys,
      termKeys,
      allKeys: `| ${[...nameKeys, ...termKeys].join(' | ')} |`,
      titleWords: new Set(content(doc.title)),
    });
  });

  // Stems: every index word under each of its stems.
  const stemIndex = new Map<string, number[]>();
  const addStems = (id: number) => {
    for (const s of stemsOf(vocab[id] as string)) {
      const list = stemIndex.get(s);
      if (list) list.push(id);
      else stemIndex.set(s, [id]);
    }
  };
  vocab.forEach((_, id) => addStems(id));

  /**
   * A word the index knows as a meaningful word, or (`loose`, for query words) the stem of one.
   * Remembered: splitting asks often.
   */
  const knownCache = new Map<string, boolean>();
  const known = (w: string, loose = true): boolean => {
    if (w.length < lang.minPart || lang.stopWords.has(w)) return false;
    if (!loose) return wordIds.has(w);
    let k = knownCache.get(w);
    if (k === undefined) {
      k = wordIds.has(w) || stemsOf(w).some((s) => stemIndex.has(s));
      knownCache.set(w, k);
    }
    return k;
  };

  /**
   * Splits a word into 2 or 3 known words, optionally glued by a linker (hond-en-belasting).
   * Fewest parts first, then the split whose shortest part is longest.
   */
  function split(w: string, loose: boolean, depth = 0): string[] | undefined {
    let best: string[] | undefined;
    let bestMin = 0;
    const min = lang.minPart;
    for (let i = min; i <= w.length - min; i++) {
      const head = w.slice(0, i);
      if (!known(head, loose)) continue;
      const rest = w.slice(i);
      for (const link of ['', ...lang.linkers]) {
        if (!rest.startsWith(link)) continue;
        const tail = rest.slice(link.length);
        if (tail.length < min) continue;
        let parts: string[] | undefined;
        if (known(tail, loose)) parts = [head, tail];
        else if (depth === 0 && tail.length >= 2 * min) {
          const more = split(tail, loose, 1);
          if (more) parts = [head, ...more];
        }
        if (!parts) continue;
        const shortest = Math.min(...parts.map((p) => p.length));
        if (!best || parts.length < best.length || (parts.length === best.length && shortest > bestMin)) {
          best = parts;
          bestMin = shortest;
        }
      }
    }
    return best && best.some((p) => p.length > min) ? best : undefined;
  }

  // Compounds in the index also count for their parts: "huurtoeslag" is found by "huur" and by "toeslag".
  const original = vocab.length;
  const partIds = new Set<number>();
  for (let id = 0; id < original; id++) {
    const w = vocab[id] as string;
    if (w.length < 2 * lang.minPart + 1 || lang.stopWords.has(w) || /\d/.test(w)) continue;
    const parts = split(w, false);
    if (!parts) continue;
    const list = postings[id] as number[];
    for (const part of parts) {
      const pid = idOf(part);
      partIds.add(pid);
      if (pid >= original && (postings[pid] as number[]).length === 0) addStems(pid);
      const target = postings[pid] as number[];
      for (let i = 0; i < list.length; i += 3) {
        const d = list[i] as number;
        if ((unsplittable[d] as Set<number>).has(id)) continue;
        target.push(d, (list[i + 1] as number) * PART, (list[i + 2] as number) * PART);
      }
    }
  }
  // A part may have been added twice for one entry (or also be a word of it): keep the best per entry.
  for (const id of partIds) {
    const list = postings[id] as number[];
    if (list.length <= 3) continue;
    const best = new Map<number, [number, number]>();
    for (let i = 0; i < list.length; i += 3) {
      const d = list[i] as number;
      const prev = best.get(d);
      if (!prev || prev[0] < (list[i + 1] as number)) best.set(d, [list[i + 1] as number, list[i + 2] as number]);
    }
    if (best.size * 3 === list.length) continue;
    postings[id] = [...best].flatMap(([d, [w, s]]) => [d, w, s]);
  }

  /**
   * How many regelingen each organisation runs. One that exists for a single regeling
   * (the local voedselbank for the Voedselbank) is shown inside that regeling's result;
   * one that runs several (the gemeente, Dienst Toeslagen) is a result of its own.
   */
  const regelingenOf = new Map<string, number>();
  for (const d of docs) if (d.org) regelingenOf.set(d.org.url, (regelingenOf.get(d.org.url) ?? 0) + 1);

  const n = docs.length;
  const idf = postings.map((p) => Math.log(1 + n / Math.max(1, p.length / 3)));
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

  /** Exact word and same-stem matches. */
  function wholeMatches(q: string): Map<number, number> {
    const m = new Map<number, number>();
    const id = wordIds.get(q);
    if (id !== undefined) m.set(id, 1);
    for (const s of stemsOf(q)) for (const sid of stemIndex.get(s) ?? []) if (!m.has(sid)) m.set(sid, 0.92);
    return m;
  }

  /** Typos and compound parts of an unknown query word (bounded: see maxTypos). */
  function fuzzyMatches(q: string, m: Map<number, number>): void {
    const typos = maxTypos(q.length);
    // q-gram filter: each typo breaks at most two letter pairs.
    const grams = [...new Set(bigrams(q))];
    const need = Math.max(1, grams.length - 2 * typos);
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
        if (v.includes(q)) {
          // Part of a compound the build could not split: "compensatie" in "energiecompensatie".
          if (!m.has(id)) m.set(id, 0.6);
        } else if (typos > 0 && Math.abs(v.length - q.length) <= typos) candidates.push(id);
      }
      shared[id] = 0;
    }
    if (candidates.length === 0) return;
    // One fuse.js pass over the candidate words (bitap works on at most 32 characters).
    const fuse = new Fuse(candidates.map((id) => vocab[id] as string), { ...FUSE_OPTIONS, threshold: (typos + 0.5) / q.length });
    for (const r of fuse.search(q.slice(0, 32))) {
      const id = candidates[r.refIndex] as number;
      const edits = Math.round((r.score ?? 1) * q.length);
      if (edits > typos) continue;
      // A typo in the first letter is rare; a different word is likely ("woord" is not "noord").
      const sim = (0.88 - 1.5 * (edits / q.length)) * (vocab[id]?.[0] === q[0] ? 1 : 0.8);
      if (sim > (m.get(id) ?? 0)) m.set(id, sim);
    }
  }

  /** word id → similarity (0–1) for one query word. */
  function computeMatches(q: string, typing: boolean): Map<number, number> {
    const m = wholeMatches(q);
    const whole = m.size > 0;
    if (typing && q.length >= MIN_PREFIX) {
      for (const id of prefixMatches(q)) {
        if (m.has(id)) continue;
        const sim = 0.55 + 0.35 * (q.length / (vocab[id] as string).length);
        m.set(id, whole ? sim * 0.5 : sim);
      }
    }
    if (!whole && q.length >= 5) fuzzyMatches(q, m);
    return m;
  }

  // While typing, the earlier words of the query stay the same: remember their matches.
  const cache = new Map<string, Map<number, number>>();
  function matchWord(q: string, typing: boolean): Map<number, number> {
    const key = typing ? `${q}*` : q;
    let m = cache.get(key);
    if (!m) {
      m = computeMatches(q, typing);
      if (cache.size >= 128) cache.delete(cache.keys().next().value as string);
      cache.set(key, m);
    }
    return m;
  }

  /** What one query word asks for: itself, or the known parts of an unknown compound. */
  function unitsOf(q: string, typing: boolean): { units: Unit[]; parts: string[] } {
    const own = matchWord(q, typing);
    const synonyms = lang.synonyms.get(q);
    if (synonyms) {
      // "poen" is "geld": the everyday word and the site's word count as one.
      const merged = new Map(own);
      for (const syn of synonyms) for (const [id, sim] of wholeMatches(syn)) if (sim * SYNONYM > (merged.get(id) ?? 0)) merged.set(id, sim * SYNONYM);
      return { units: [{ matches: merged, factor: 1 }], parts: [q] };
    }
    if (wordIds.has(q) || stemsOf(q).some((s) => stemIndex.has(s)) || q.length < 2 * lang.minPart) return { units: [{ matches: own, factor: 1 }], parts: [q] };
    const parts = split(q, true);
    if (parts) return { units: parts.map((p, i) => ({ matches: matchWord(p, typing && i === parts.length - 1), factor: 1 })), parts };
    // Only one end is a known word ("zwemdiploma": "diploma"; "huurachterstand": "huur"): it counts, less.
    const merged = new Map(own);
    const mergeIn = (m: Map<number, number>, f: number) => {
      for (const [id, s] of m) if (s * f > (merged.get(id) ?? 0)) merged.set(id, s * f);
    };
    const min = lang.minPart + 1;
    let head = false;
    for (let i = q.length - min; i >= min && !head; i--) {
      const h = q.slice(0, i);
      if (known(h)) {
        mergeIn(matchWord(h, false), 0.75);
        head = true;
      }
    }
    for (let i = min; i <= q.length - min; i++) {
      const t = q.slice(i);
      if (known(t)) {
        mergeIn(matchWord(t, false), 0.7);
        break;
      }
    }
    if (!head) {
      // The start of a word the index has: "zwem" of "zwemles".
      for (let i = q.length - min; i >= min; i--) {
        const h = q.slice(0, i);
        if (prefixMatches(h).length > 0) {
          mergeIn(matchWord(h, true), 0.7);
          break;
        }
      }
    }
    return { units: [{ matches: merged, factor: 1 }], parts: [q] };
  }


  /**
   * The query names this organisation: its name or alias ("voedselbank proefdorp", "svb"), or
   * words of its name that are not all in the regeling's title ("gemeente", "toeslagen").
   */
  function namesOrg(orgIndex: number, regIndex: number, qKey: string, qWords: string[]): boolean {
    const org = prepared[orgIndex] as Prepared;
    if (org.nameKeys.has(qKey)) return true;
    const reg = prepared[regIndex] as Prepared;
    return qWords.every((w) => org.titleWords.has(w)) && !qWords.every((w) => reg.titleWords.has(w));
  }

  // Per-search buffers, reused (reset through the list of touched entries): no garbage per keystroke.
  const total = new Float64Array(n);
  const count = new Uint8Array(n);
  const strength = new Float64Array(n);
  const countCommon = new Uint8Array(n);
  const strengthCommon = new Float64Array(n);
  const perWord = new Float64Array(n);
  const perStrength = new Float64Array(n);
  /** Wijk pages whose name the query says ("wijkteam noordhoek"): they come first. */
  const namedPlace = new Uint8Array(n);
  const seenDoc = new Uint8Array(n);

  function find(query: string, limit = 20): SearchResults {
    const words = queryWords(query, lang).slice(0, 8);
    if (words.join('').length < 2) return { hits: [], total: 0 };
    // The last word may still be being typed (no space after it yet): it may match as a prefix.
    const open = !/\s$/.test(query);
    const units: Unit[] = [];
    const expanded: string[] = [];
    words.forEach((w, i) => {
      const u = unitsOf(w, open && i === words.length - 1);
      units.push(...u.units);
      expanded.push(...u.parts);
    });

    const all: number[] = [];
    const touchedDocs: number[] = [];
    let recognised = 0;
    let recognisedCommon = 0;
    let max = 0;
    for (const unit of units) {
      touchedDocs.length = 0;
      for (const [id, sim0] of unit.matches) {
        const sim = sim0 * unit.factor;
        const list = postings[id] as number[];
        const wIdf = idf[id] as number;
        const place = sim >= 0.9 && placeWords.has(id);
        for (let i = 0; i < list.length; i += 3) {
          const d = list[i] as number;
          if (place && list[i + 1] === FIELD_WEIGHTS.title && docs[d]?.place) namedPlace[d] = 1;
          const s = sim * (list[i + 1] as number) * wIdf;
          if (perWord[d] === 0) touchedDocs.push(d);
          if (s > (perWord[d] as number)) perWord[d] = s;
          const st = sim * (list[i + 2] as number);
          if (st > (perStrength[d] as number)) perStrength[d] = st;
        }
      }
      let unitMax = 0;
      let unitStrength = 0;
      let strong = 0;
      for (const d of touchedDocs) {
        const st = perStrength[d] as number;
        if (st > unitStrength) unitStrength = st;
        if (st >= RECOGNISED) strong++;
      }
      const counts = unitStrength >= RECOGNISED;
      // A word on a large share of all pages (the municipality's name, "hulp") ranks but does not decide what is a result.
      const common = strong > COMMON * n;
      if (counts) {
        if (common) recognisedCommon++;
        else recognised++;
      }
      const cnt = common ? countCommon : count;
      const str = common ? strengthCommon : strength;
      for (const d of touchedDocs) {
        if (counts) {
          if (!seenDoc[d]) {
            seenDoc[d] = 1;
            all.push(d);
          }
          const s = perWord[d] as number;
          total[d] = (total[d] as number) + s;
          str[d] = (str[d] as number) + (perStrength[d] as number);
          cnt[d] = (cnt[d] as number) + 1;
          if (s > unitMax) unitMax = s;
        }
        perWord[d] = 0;
        perStrength[d] = 0;
      }
      max += unitMax;
    }
    try {
      return rank(words, expanded, all, recognised, recognisedCommon, max, limit);
    } finally {
      for (const d of all) {
        total[d] = 0;
        count[d] = 0;
        strength[d] = 0;
        countCommon[d] = 0;
        strengthCommon[d] = 0;
        seenDoc[d] = 0;
      }
      // namedPlace is set for wijk pages only (a few hundred at most): clear it the simple way.
      namedPlace.fill(0);
    }
  }

  // Ranking helpers, computed once: an organisation's single regeling, URL groups (a wijk and
  // its services share one page) and the alphabetical rank of each URL for ties.
  const byUrlText = docs.map((d, i) => [d.url, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const urlRank = new Int32Array(n);
  const urlGroup = new Int32Array(n);
  byUrlText.forEach(([url, d], i) => {
    urlRank[d] = i;
    urlGroup[d] = i > 0 && (byUrlText[i - 1] as readonly [string, number])[0] === url ? (urlGroup[(byUrlText[i - 1] as readonly [string, number])[1]] as number) : d;
  });
  const docOfUrl = new Map<string, number>();
  docs.forEach((d, i) => {
    if (d.type === 'organisatie') docOfUrl.set(d.url, i);
  });
  /** For an organisation that runs exactly one regeling: that regeling's index; otherwise -1. */
  const regelingOfOrg = new Int32Array(n).fill(-1);
  docs.forEach((d, i) => {
    const o = d.org ? docOfUrl.get(d.org.url) : undefined;
    if (o !== undefined && regelingenOf.get(d.org?.url as string) === 1) regelingOfOrg[o] = i;
  });
  const finalScore = new Float64Array(n);
  const folded = new Uint8Array(n);
  const merged = new Uint8Array(n);
  const groupSeen = new Uint8Array(n);

  /** Best first; equal scores by URL, so the order does not depend on the order of the index. */
  const byScore = (a: number, b: number) => (finalScore[b] as number) - (finalScore[a] as number) || (urlRank[a] as number) - (urlRank[b] as number);

  function rank(words: string[], expanded: string[], all: number[], recognised: number, recognisedCommon: number, max: number, limit: number): SearchResults {
    // Nothing the index knows well enough: nonsense, or a word that is not on this website.
    if (recognised + recognisedCommon === 0) return { hits: [], total: 0 };
    // Only common words ("hulp gemeente"): then they decide after all.
    const decisive = recognised > 0 ? { count, strength, units: recognised } : { count: countCommon, strength: strengthCommon, units: recognisedCommon };
    const allUnits = recognised + recognisedCommon;

    const qKey = keyOf(words, stemsOf);
    const eKey = keyOf(expanded, stemsOf);
    // An entry must match at least half of what the query asks for, strongly enough.
    const minStrength = RECOGNISED * Math.max(1, Math.ceil(decisive.units / 2));
    const eInside = eKey.length >= 4 && eKey !== qKey ? ` ${eKey} ` : undefined;
    const qWordsInside = qKey.length >= 4 ? ` ${qKey} ` : undefined;
    const candidates: number[] = [];
    for (const d of all) {
      if (!decisive.count[d] || (decisive.strength[d] as number) < minStrength) continue;
      const matched = (count[d] as number) + (countCommon[d] as number);
      const coverage = matched / allUnits;
      let s = (total[d] as number) * coverage * coverage;
      // A name or term can only equal or hold the query if the entry matched every word of it.
      if (matched === allUnits) {
        const p = prepared[d] as Prepared;
        if (p.nameKeys.has(qKey) || p.nameKeys.has(eKey)) s *= (docs[d] as SearchDoc).type === 'pagina' ? BONUS.hubName : BONUS.name;
        else if (p.termKeys.has(qKey) || p.termKeys.has(eKey)) s *= BONUS.term;
        else if ((qWordsInside && p.allKeys.includes(qWordsInside)) || (eInside && p.allKeys.includes(eInside))) s *= BONUS.inside;
      }
      if (namedPlace[d]) s *= BONUS.place;
      finalScore[d] = s;
      candidates.push(d);
    }
    try {
      // A regeling and the organisation that exists for it are one result, unless the query names the organisation.
      for (const d of candidates) {
        const r = regelingOfOrg[d] as number;
        if (r < 0 || !(finalScore[r] as number) || namesOrg(d, r, qKey, words)) continue;
        folded[d] = 1;
        merged[r] = 1;
        if ((finalScore[d] as number) > (finalScore[r] as number)) finalScore[r] = finalScore[d] as number;
      }
      const left = candidates.filter((d) => !folded[d]);
      // How many pages match: a wijk and its services lead to one page.
      let total = 0;
      for (const d of left) {
        const g = urlGroup[d] as number;
        if (!groupSeen[g]) {
          groupSeen[g] = 1;
          total++;
        }
      }
      for (const d of left) groupSeen[urlGroup[d] as number] = 0;
      // Sort only what can be in the top: the entries at or above the limit-th best score (more if pages repeat).
      let chosen = left;
      if (left.length > 4 * limit) {
        const scores = Float64Array.from(left, (d) => finalScore[d] as number).sort().reverse();
        for (let k = limit; k < scores.length; k *= 2) {
          const cut = scores[k - 1] as number;
          chosen = left.filter((d) => (finalScore[d] as number) >= cut);
          if (new Set(chosen.map((d) => urlGroup[d])).size >= limit) break;
          chosen = left;
        }
      }
      chosen.sort(byScore);
      const hits: SearchHit[] = [];
      const top = max * BONUS.name || 1;
      for (const d of chosen) {
        if (hits.length >= limit) break;
        const g = urlGroup[d] as number;
        if (groupSeen[g]) continue;
        groupSeen[g] = 1;
        const hit: SearchHit = { doc: docs[d] as SearchDoc, score: Math.min(1, Math.max(0, 1 - (finalScore[d] as number) / top)) };
        if (merged[d]) hit.orgMerged = true;
        hits.push(hit);
      }
      for (const d of chosen) groupSeen[urlGroup[d] as number] = 0;
      return { hits, total };
    } finally {
      for (const d of candidates) {
        finalScore[d] = 0;
        folded[d] = 0;
        merged[d] = 0;
      }
    }
  }

  function warmUp(): void {
    const sample = vocab.filter((w) => w.length >= 8 && !/\d/.test(w)).slice(0, 3);
    for (const w of sample) {
      const typo = `${w.slice(0, 3)}${w[4]}${w[3]}${w.slice(5)}`;
      for (const q of [w, w.slice(0, 4), typo, `${w} ${sample[0]}`, `${w}xq`]) find(q);
    }
    cache.clear();
  }

  return {
    size: n,
    vocabulary: vocab.length,
    clearCache: () => cache.clear(),
    warmUp,
    find,
    search: (query, limit = 20) => find(query, limit).hits,
  };
}
