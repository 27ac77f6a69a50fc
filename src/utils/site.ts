/**
 * The site's municipality (build time and islands): the selected pack's gemeente.yaml, via the Vite
 * module `virtual:gemeente` (scripts/build/pack.ts). Pages take their languages, name, phone and
 * desk from here; no component names a municipality.
 */
import gemeente from 'virtual:gemeente';
import { alternates as routeAlternates, staticPaths as routeStaticPaths, type RouteKey } from './routes.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SiteGemeente } from './siteTypes.ts';

export const SITE: SiteGemeente = gemeente;

/** The languages this site is published in (gemeente.yaml `languages`, in the locale table's order). */
export const SITE_LOCALES: readonly Locale[] = gemeente.locales;

/** A tel: link for a phone number as written ("14 000" → "tel:14000"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** getStaticPaths of a page type, in the site's languages. */
export function staticPaths<P extends string, K extends RouteKey>(param: P, keys: readonly K[], slugs: readonly string[] = []) {
  return routeStaticPaths(param, keys, slugs, SITE_LOCALES);
}

/** The page in each of the site's languages (language switch, hreflang). */
export function alternates(key: RouteKey, slug?: string): Partial<Record<Locale, string>> {
  return routeAlternates(key, slug, SITE_LOCALES);
}
