/**
 * The compact search index per locale, written at build time to
 * /search-index/nl.json and /search-index/en.json. Short fields only
 * (type, title, one-line summary, url, terms), no body text. The search page
 * fetches it only when someone starts searching.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { namespaceStrings, type Locale } from '../../i18n/index.ts';
import { SITE_LOCALES } from '../../utils/site.ts';
import { buildSearchDocs, mainPagesFrom } from '../../components/search/logic/buildIndex.ts';

export const getStaticPaths = (() => SITE_LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const [regelingen, organisaties, wijken, paginas] = await Promise.all([
    getCollection('regelingen'),
    getCollection('organisaties'),
    getCollection('wijken'),
    getCollection('paginas'),
  ]);
  const docs = buildSearchDocs(locale, {
    regelingen,
    organisaties,
    wijken,
    paginas,
    mainPages: mainPagesFrom(namespaceStrings(locale, 'search')),
  });
  return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
