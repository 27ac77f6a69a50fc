/**
 * Builds the compact search index for one locale from content entries.
 * Pure: the static endpoint (src/pages/search-index/[locale].json.ts) calls it with
 * Astro collections, the quality test and the benchmark with YAML loaded in Node.
 */
import type { Regeling } from '../../../schemas/regeling.ts';
import type { Organisatie } from '../../../schemas/organisatie.ts';
import type { Wijk } from '../../../schemas/wijk.ts';
import type { Pagina } from '../../../schemas/pagina.ts';
import { ROUTES, route, type RouteKey } from '../../../utils/routes.ts';
import { pick, type LocalizedText } from '../../../utils/localize.ts';
import { parseGebied, isUnknownGebied } from '../../wijkfinder/groupWijken.ts';
import { contentWords, normalize, oneLine, searchLanguage, type MergedLanguage } from './normalize.ts';
import type { SearchDoc, SearchLocale } from './types.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** A main page of the site (overviews, check, A–Z), with strings from src/i18n/<locale>/search.json. */
export interface MainPage {
  key: RouteKey;
  title: string;
  summary: string;
  /** Names and synonyms of the page: typing one of them puts the page first. */
  terms: string[];
  /** Other words people type for it, counted like a regeling's search terms. */
  related: string[];
}

export interface IndexInput {
  regelingen: Entry<Regeling>[];
  organisaties: Entry<Organisatie>[];
  wijken: Entry<Wijk>[];
  paginas: Entry<Pagina>[];
  mainPages: MainPage[];
}

/** Most distinct page-text words kept per entry (the index stays small; the first words of a page say most). */
const MAX_WORDS = 400;

interface DocInput {
  type: SearchDoc['type'];
  title: LocalizedText;
  summary: LocalizedText;
  url: string;
  terms: (string | undefined)[];
  names?: string[];
  /** Page text: only its distinct words not already in the other fields are kept. */
  text?: string[];
  place?: boolean;
  org?: SearchDoc['org'];
}

function distinct(list: (string | undefined)[], except: string[] = []): string[] {
  const skip = new Set(except.map((t) => t.toLowerCase()));
  const out = new Map<string, string>();
  for (const t of list) {
    const v = t?.trim();
    if (v && !skip.has(v.toLowerCase()) && !out.has(v.toLowerCase())) out.set(v.toLowerCase(), v);
  }
  return [...out.values()];
}

function makeDoc(lang: MergedLanguage, d: DocInput): SearchDoc {
  const title = d.title.text;
  const names = distinct(d.names ?? [], [title]);
  const terms = distinct(d.terms, [title, ...names]);
  const summary = oneLine(d.summary.text);
  const doc: SearchDoc = { type: d.type, title, summary, url: d.url, terms };
  if (names.length) doc.names = names;
  if (d.text?.length) {
    const known = new Set(normalize([title, summary, ...terms, ...names].join(' ')).split(' '));
    const words = new Set<string>();
    for (const w of contentWords(d.text.join(' '), lang)) {
      if (words.size >= MAX_WORDS) break;
      if (w.length > 2 && !/^\d+$/.test(w) && !known.has(w)) words.add(w);
    }
    if (words.size) doc.words = [...words].join(' ');
  }
  if (d.place) doc.place = true;
  if (d.org) doc.org = d.org;
  if (d.title.fallback) doc.titleLang = 'nl';
  if (d.summary.fallback) doc.summaryLang = 'nl';
  return doc;
}

const isRouteKey = (id: string): id is RouteKey => Object.hasOwn(ROUTES, id);

/** The entry's translation for this locale (content/translations/<locale>/, merged by the loader), or none: Dutch is shown. */
function translation<T>(locale: SearchLocale, translations: Partial<Record<string, T>>): T | undefined {
  return locale === 'nl' ? undefined : translations[locale];
}

/** URL of a pagina (themed guide page): its id is a route key such as "mantelzorg". */
export function paginaUrl(locale: SearchLocale, id: string): string | undefined {
  return isRouteKey(id) && !ROUTES[id][locale].includes('{slug}') ? route(locale, id) : undefined;
}

/** The name a wijk is known by in the index: the plain gebied name, or nothing when it is unknown. */
function gebiedName(raw: string): string | undefined {
  const { name } = parseGebied(raw);
  return isUnknownGebied(name) ? undefined : name;
}

export function buildSearchDocs(locale: SearchLocale, input: IndexInput): SearchDoc[] {
  const lang = searchLanguage(locale);
  const docs: SearchDoc[] = [];
  const dutchTitleToo = (text: LocalizedText, dutch: string) => (text.fallback || text.text === dutch ? undefined : dutch);
  const orgs = new Map(input.organisaties.map((o) => [o.id, o.data]));

  for (const { id, data } of input.regelingen) {
    const tr = translation(locale, data.translations);
    const en = locale !== 'nl';
    const title = pick(data.title, tr?.title, locale);
    const ended = data.status === 'ended';
    const org = orgs.get(data.organisation);
    const orgTitle = org ? pick(org.name, translation(locale, org.translations)?.name, locale) : undefined;
    const sections = Object.entries(data.sections).map(([k, nl]) => pick(nl, tr?.sections?.[k as keyof Regeling['sections']], locale).text);
    docs.push(
      makeDoc(lang, {
        type: 'regeling',
        title,
        summary: pick(ended && data.endedNote ? data.endedNote : data.summary, ended ? undefined : tr?.summary, locale),
        url: route(locale, 'regeling', id),
        terms: [...(en ? (tr?.searchTerms ?? []) : []), ...data.searchTerms, dutchTitleToo(title, data.title)],
        // An ended regeling's page shows only the note.
        text: ended ? [data.endedNote ?? ''] : [...sections, ...(en && tr?.documents ? tr.documents : data.documents)],
        org: org && orgTitle ? { title: orgTitle.text, url: route(locale, 'organisatie', data.organisation), ...(orgTitle.fallback ? { lang: 'nl' as const } : {}) } : undefined,
      }),
    );
  }

  for (const { id, data } of input.organisaties) {
    const tr = translation(locale, data.translations);
    const en = locale !== 'nl';
    const title = pick(data.name, tr?.name, locale);
    docs.push(
      makeDoc(lang, {
        type: 'organisatie',
        title,
        summary: pick(data.summary, tr?.summary, locale),
        url: route(locale, 'organisatie', id),
        terms: [...(en ? (tr?.searchTerms ?? []) : []), ...data.searchTerms, dutchTitleToo(title, data.name)],
        text: [pick(data.description, tr?.description, locale).text, ...(tr?.services ?? data.services)],
      }),
    );
  }

  for (const { id, data } of input.wijken) {
    const tr = translation(locale, data.translations);
    // Wijk names are Dutch place names in every language (not translated).
    const name = pick(data.name, undefined, locale);
    const url = route(locale, 'wijk', id);
    docs.push(
      makeDoc(lang, {
        type: 'wijk',
        title: name,
        summary: pick(data.summary, tr?.summary, locale),
        url,
        names: [...data.buurten, ...(name.text !== data.name ? [data.name] : [])],
        terms: [...(tr?.searchTerms ?? []), ...data.searchTerms, gebiedName(data.gebied), locale === 'en' ? 'neighbourhood' : 'wijk'],
        place: true,
      }),
    );
    // Each wijk service gets its own entry, leading to the wijk page.
    data.services.forEach((s, i) => {
      const t = tr?.services?.[i];
      docs.push(
        makeDoc(lang, {
          type: 'wijk',
          title: pick(s.name, t?.name, locale),
          summary: pick(`${data.name}: ${s.description}`, t ? `${data.name}: ${t.description}` : undefined, locale),
          url,
          terms: [s.address],
        }),
      );
    });
  }

  const mainByUrl = new Map(input.mainPages.map((p) => [route(locale, p.key), p]));
  const seen = new Set(docs.map((d) => d.url));
  for (const { id, data } of input.paginas) {
    const url = paginaUrl(locale, id);
    if (!url) continue;
    const tr = translation(locale, data.translations);
    const main = mainByUrl.get(url);
    seen.add(url);
    const text = [pick(data.intro, tr?.intro, locale).text];
    for (const s of data.sections) {
      const t = tr?.sections?.[s.id];
      text.push(pick(s.heading, t?.heading, locale).text, pick(s.body, t?.body, locale).text);
    }
    const title = pick(data.title, tr?.title, locale);
    docs.push(
      makeDoc(lang, {
        type: 'pagina',
        title,
        summary: pick(data.summary, tr?.summary, locale),
        url,
        names: main ? [main.title, ...main.terms] : [],
        terms: [...(tr?.searchTerms ?? []), ...data.searchTerms, ...(main?.related ?? []), dutchTitleToo(title, data.title)],
        text,
      }),
    );
  }

  for (const p of input.mainPages) {
    const url = route(locale, p.key);
    if (seen.has(url)) continue;
    seen.add(url);
    docs.push(
      makeDoc(lang, {
        type: 'pagina',
        title: { text: p.title, lang: locale, fallback: false },
        summary: { text: p.summary, lang: locale, fallback: false },
        url,
        names: p.terms,
        terms: p.related,
      }),
    );
  }
  return docs;
}

/** Main pages from the "mainPages" block of src/i18n/<locale>/search.json. */
export function mainPagesFrom(strings: Record<string, unknown>): MainPage[] {
  const block = (strings.mainPages ?? {}) as Record<string, { title: string; summary: string; terms?: string[]; related?: string[] }>;
  return Object.entries(block)
    .filter(([key]) => isRouteKey(key))
    .map(([key, v]) => ({ key: key as RouteKey, title: v.title, summary: v.summary, terms: v.terms ?? [], related: v.related ?? [] }));
}
