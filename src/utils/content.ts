/**
 * Content access for pages (Astro only). Sorting and lookups in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/common.ts';
import { pick, type LocalizedText } from './localize.ts';

export type RegelingEntry = CollectionEntry<'regelingen'>;
export type OrganisatieEntry = CollectionEntry<'organisaties'>;
export type WijkEntry = CollectionEntry<'wijken'>;
export type PaginaEntry = CollectionEntry<'paginas'>;

const collator = new Intl.Collator('nl', { sensitivity: 'base' });
export const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => collator.compare(a.data.title, b.data.title);
export const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => collator.compare(a.data.name, b.data.name);

export async function allRegelingen(): Promise<RegelingEntry[]> {
  return (await getCollection('regelingen')).sort(byTitle);
}
export async function allOrganisaties(): Promise<OrganisatieEntry[]> {
  return (await getCollection('organisaties')).sort(byName);
}
export async function allWijken(): Promise<WijkEntry[]> {
  return (await getCollection('wijken')).sort(byName);
}

export function regelingTitle(r: RegelingEntry, locale: Locale): LocalizedText {
  return pick(r.data.title, r.data.translations.en?.title, locale);
}
export function regelingSummary(r: RegelingEntry, locale: Locale): LocalizedText {
  return pick(r.data.summary, r.data.translations.en?.summary, locale);
}
export function orgName(o: OrganisatieEntry, locale: Locale): LocalizedText {
  return pick(o.data.name, o.data.translations.en?.name, locale);
}
export function orgSummary(o: OrganisatieEntry, locale: Locale): LocalizedText {
  return pick(o.data.summary, o.data.translations.en?.summary, locale);
}
export function wijkName(w: WijkEntry, locale: Locale): LocalizedText {
  return pick(w.data.name, w.data.translations.en?.name, locale);
}
export function wijkSummary(w: WijkEntry, locale: Locale): LocalizedText {
  return pick(w.data.summary, w.data.translations.en?.summary, locale);
}

export function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Groups entries by a key, keeping the order of `order`; empty groups are dropped. */
export function groupBy<T, K extends string>(items: T[], keysOf: (item: T) => readonly K[], order: readonly K[]): { key: K; items: T[] }[] {
  return order
    .map((key) => ({ key, items: items.filter((i) => keysOf(i).includes(key)) }))
    .filter((g) => g.items.length > 0);
}
