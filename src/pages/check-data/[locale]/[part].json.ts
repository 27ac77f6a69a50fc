/**
 * The check's data per locale, written at build time (see src/components/check/logic/meta.ts):
 * /check-data/<locale>/questions.json (strings and wijken, loaded with the check page) and
 * /check-data/<locale>/results.json (regelingen and organisations, loaded with the engine).
 * Kept out of the page's HTML so /check/ stays small on a slow phone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../i18n/index.ts';
import { SITE_LOCALES } from '../../../utils/site.ts';
import { checkQuestionsData, checkResultsData } from '../../../components/check/buildMeta.ts';

export const getStaticPaths = (() => SITE_LOCALES.flatMap((locale) => (['questions', 'results'] as const).map((part) => ({ params: { locale, part } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const data = params.part === 'questions' ? await checkQuestionsData(locale) : await checkResultsData(locale);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
