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
import { oneLine } from './normalize.ts';
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
  terms: string[];
}

export interface IndexInput {
  regelingen: Entry<Regeling>[];
  organisaties: Entry<Organisatie>[];
  wijken: Entry<Wijk>[];
  paginas: Entry<Pagina>[];
  mainPages: MainPage[];
}

interface Text {
  text: string;
  fallback: boolean;
}

function localized(locale: SearchLocale, nl: string, en: string | undefined): Text {
  if (locale === 'nl' || !en) return { text: nl, fallback: locale !== 'nl' };
  return { text: en, fallback: false };
}

function doc(type: SearchDoc['type'], title: Text, summary: Text, url: string, terms: (string | undefined)[]): SearchDoc {
  const titleKey = title.text.toLowerCase();
  const unique = [...new Set(terms.filter((t): t is string => !!t && t.trim() !== '').map((t) => t.trim()))].filter(
    (t) => t.toLowerCase() !== titleKey,
  );
  const d: SearchDoc = { type, title: title.text, summary: oneLine(summary.text), url, terms: unique };
  if (title.fallback) d.titleLang = 'nl';
  if (summary.fallback) d.summaryLang = 'nl';
  return d;
}

const isRouteKey = (id: string): id is RouteKey => Object.hasOwn(ROUTES, id);

/** URL of a pagina (themed guide page): its id is a route key such as "mantelzorg". */
export function paginaUrl(locale: SearchLocale, id: string): string | undefined {
  return isRouteKey(id) && !ROUTES[id][locale].includes('{slug}') ? route(locale, id) : undefined;
}

export function buildSearchDocs(locale: SearchLocale, input: IndexInput): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const en = locale === 'en';

  for (const { id, data } of input.regelingen) {
    const tr = data.translations.en;
    docs.push(
      doc(
        'regeling',
        localized(locale, data.title, tr?.title),
        localized(locale, data.status === 'ended' && data.endedNote ? data.endedNote : data.summary, data.status === 'ended' ? undefined : tr?.summary),
        route(locale, 'regeling', id),
        [...(en ? (tr?.searchTerms ?? []) : []), ...data.searchTerms, en ? data.title : undefined],
      ),
    );
  }

  for (const { id, data } of input.organisaties) {
    const tr = data.translations.en;
    docs.push(
      doc(
        'organisatie',
        localized(locale, data.name, tr?.name),
        localized(locale, data.summary, tr?.summary),
        route(locale, 'organisatie', id),
        [...(en ? (tr?.searchTerms ?? []) : []), ...data.searchTerms, en ? data.name : undefined],
      ),
    );
  }

  for (const { id, data } of input.wijken) {
    const tr = data.translations.en;
    const name = localized(locale, data.name, tr?.name);
    const url = route(locale, 'wijk', id);
    docs.push(
      doc('wijk', name, localized(locale, data.summary, tr?.summary), url, [
        ...data.searchTerms,
        ...data.buurten,
        data.gebied,
        en ? data.name : undefined,
        en ? 'neighbourhood' : 'wijk',
      ]),
    );
    // Each wijk service gets its own entry, leading to the wijk page.
    for (const s of data.services) {
      docs.push(
        doc('wijk', { text: s.name, fallback: en }, { text: `${data.name}: ${s.description}`, fallback: en }, url, [s.address]),
      );
    }
  }

  const seen = new Set(docs.map((d) => d.url));
  for (const { id, data } of input.paginas) {
    const url = paginaUrl(locale, id);
    if (!url) continue;
    const tr = data.translations.en;
    seen.add(url);
    docs.push(doc('pagina', localized(locale, data.title, tr?.title), localized(locale, data.summary, tr?.summary), url, [...data.searchTerms, en ? data.title : undefined]));
  }

  for (const p of input.mainPages) {
    const url = route(locale, p.key);
    if (seen.has(url)) continue;
    seen.add(url);
    docs.push(doc('pagina', { text: p.title, fallback: false }, { text: p.summary, fallback: false }, url, p.terms));
  }
  return docs;
}

/** Main pages from the "mainPages" block of src/i18n/<locale>/search.json. */
export function mainPagesFrom(strings: Record<string, unknown>): MainPage[] {
  const block = (strings.mainPages ?? {}) as Record<string, { title: string; summary: string; terms?: string[] }>;
  return Object.entries(block)
    .filter(([key]) => isRouteKey(key))
    .map(([key, v]) => ({ key: key as RouteKey, title: v.title, summary: v.summary, terms: v.terms ?? [] }));
}
