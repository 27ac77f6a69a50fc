/**
 * Content access for pages (Astro only). Sorting, lookups and the text of an entry in a language
 * in one place. Translations are merged into each entry as `data.translations.<locale>` by the
 * content loader (content/translations/<locale>/<collection>/<id>.yaml).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import type { TranslationStatus } from '../schemas/translation.ts';
import { pick, type LocalizedText } from './localize.ts';

export type RegelingEntry = CollectionEntry<'regelingen'>;
export type OrganisatieEntry = CollectionEntry<'organisaties'>;
export type WijkEntry = CollectionEntry<'wijken'>;
export type PaginaEntry = CollectionEntry<'paginas'>;
type AnyEntry = RegelingEntry | OrganisatieEntry | WijkEntry | PaginaEntry;

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

/** The translation of an entry in a language (undefined for Dutch and for untranslated entries). */
export function translationOf<E extends AnyEntry>(entry: E, locale: Locale): E['data']['translations'][Exclude<Locale, 'nl'>] | undefined {
  if (locale === DEFAULT_LOCALE) return undefined;
  return (entry.data.translations as Record<string, E['data']['translations'][Exclude<Locale, 'nl'>]>)[locale];
}

/** Status of the translations a page shows in a language (for the "Dutch is leading" notice). */
export function translationStatuses(entries: readonly AnyEntry[], locale: Locale): TranslationStatus[] {
  return entries.flatMap((e) => {
    const t = translationOf(e, locale);
    return t ? [t.status] : [];
  });
}

export function regelingTitle(r: RegelingEntry, locale: Locale): LocalizedText {
  return pick(r.data.title, translationOf(r, locale)?.title, locale);
}
export function regelingSummary(r: RegelingEntry, locale: Locale): LocalizedText {
  return pick(r.data.summary, translationOf(r, locale)?.summary, locale);
}
export function orgName(o: OrganisatieEntry, locale: Locale): LocalizedText {
  return pick(o.data.name, translationOf(o, locale)?.name, locale);
}
export function orgSummary(o: OrganisatieEntry, locale: Locale): LocalizedText {
  return pick(o.data.summary, translationOf(o, locale)?.summary, locale);
}
/** Wijk names are Dutch proper names: never translated, marked lang="nl" on other pages. */
export function wijkName(w: WijkEntry, _locale: Locale): LocalizedText {
  return { text: w.data.name, lang: DEFAULT_LOCALE, fallback: false };
}
export function wijkSummary(w: WijkEntry, locale: Locale): LocalizedText {
  return pick(w.data.summary, translationOf(w, locale)?.summary, locale);
}

/** The Dutch name to show next to a translated one (undefined when the page shows the Dutch name already). */
export function dutchNameBeside(shown: LocalizedText, dutch: string): string | undefined {
  return shown.lang !== DEFAULT_LOCALE && shown.text !== dutch ? dutch : undefined;
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
