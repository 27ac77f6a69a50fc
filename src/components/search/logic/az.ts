/** Alphabetical grouping for the A–Z page. Pure. */
import { normalize } from './normalize.ts';

export interface AzItem {
  /** Text to sort and group by (the shown name). */
  sortKey: string;
}

/** One entry of an A–Z list (src/components/search/AzList.astro). */
export interface AzEntry extends AzItem {
  href: string;
  /** Language of the name when it differs from the page (a Dutch fallback). */
  lang?: string;
  /** Shown after the name in brackets: "regeling", "buurt in Zielhorst". */
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

export function letterOf(s: string): string {
  const c = normalize(sortName(s)).charAt(0).toUpperCase();
  return c >= 'A' && c <= 'Z' ? c : '#';
}

export function azGroups<T extends AzItem>(items: T[], locale: string): { letters: AzLetter[]; groups: { id: string; label: string; items: T[] }[] } {
  const collator = new Intl.Collator(locale === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(sortName(a.sortKey), sortName(b.sortKey)));
  const byLetter = new Map<string, T[]>();
  for (const item of sorted) {
    const l = letterOf(item.sortKey);
    const list = byLetter.get(l) ?? [];
    list.push(item);
    byLetter.set(l, list);
  }
  const order = [...ALPHABET, '#'];
  const letters = order
    .filter((l) => l !== '#' || byLetter.has('#'))
    .map((l) => ({ id: l === '#' ? 'overig' : l.toLowerCase(), label: l, present: byLetter.has(l) }));
  const groups = order.filter((l) => byLetter.has(l)).map((l) => ({ id: l === '#' ? 'overig' : l.toLowerCase(), label: l, items: byLetter.get(l) as T[] }));
  return { letters, groups };
}
