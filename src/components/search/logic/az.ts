/** Alphabetical grouping for the A–Z page. Pure. */
import { normalize, stripDiacritics } from './normalize.ts';

export interface AzItem {
  /** Text to sort and group by (the shown name). */
  sortKey: string;
}

/** One entry of an A–Z list (src/components/search/AzList.astro). */
export interface AzEntry extends AzItem {
  href: string;
  /** Language of the name when it differs from the page (a Dutch fallback). */
  lang?: string;
  /** Shown after the name in brackets: "regeling", "buurt in Noordhoek". */
  note?: string;
  noteLang?: string;
  summary?: string;
  summaryLang?: string;
}

export interface AzLetter {
  id: string;
  label: string;
  present: boolean;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** "'t Middelpunt" sorts under M, as in Dutch phone books. */
export function sortName(s: string): string {
  return s.replace(/^\s*['’]t\s+/i, '').trim();
}

/**
 * The letter an entry is listed under. Latin script: A–Z without accents ("Één" under E).
 * Other scripts keep their own letters (Ukrainian Й and Ї are letters of their own; Arabic أ/إ/آ go under ا).
 */
export function letterOf(s: string, locale = 'nl'): string {
  const first = sortName(s).charAt(0);
  const latin = normalize(first).charAt(0).toUpperCase();
  if (latin >= 'A' && latin <= 'Z') return latin;
  if (/\p{Script=Cyrillic}/u.test(first)) return first.toLocaleUpperCase(locale);
  if (/\p{Script=Arabic}/u.test(first)) return stripDiacritics(first);
  return '#';
}

export function azGroups<T extends AzItem>(items: T[], locale: string): { letters: AzLetter[]; groups: { id: string; label: string; items: T[] }[] } {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(sortName(a.sortKey), sortName(b.sortKey)));
  const byLetter = new Map<string, T[]>();
  for (const item of sorted) {
    const l = letterOf(item.sortKey, locale);
    const list = byLetter.get(l) ?? [];
    list.push(item);
    byLetter.set(l, list);
  }
  // Letters of the page's own script first (for Arabic and Ukrainian: translated names), then A–Z for Dutch names.
  const own = [...byLetter.keys()].filter((l) => l !== '#' && !ALPHABET.includes(l)).sort(collator.compare);
  const order = [...own, ...ALPHABET, '#'];
  const idOf = (l: string) => (l === '#' ? 'overig' : l.toLocaleLowerCase(locale));
  const letters = order
    .filter((l) => l !== '#' || byLetter.has('#'))
    .map((l) => ({ id: idOf(l), label: l, present: byLetter.has(l) }));
  const groups = order.filter((l) => byLetter.has(l)).map((l) => ({ id: idOf(l), label: l, items: byLetter.get(l) as T[] }));
  return { letters, groups };
}
