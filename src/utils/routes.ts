/**
 * One table of all routes in all languages. Pages, links and the language
 * switch use `route()` so a path is never typed twice.
 */
import type { Locale } from '../schemas/common.ts';

export const ROUTES = {
  home: { nl: '/', en: '/en/' },
  regelingen: { nl: '/regelingen/', en: '/en/schemes/' },
  regeling: { nl: '/regelingen/{slug}/', en: '/en/schemes/{slug}/' },
  organisaties: { nl: '/organisaties/', en: '/en/organisations/' },
  organisatie: { nl: '/organisaties/{slug}/', en: '/en/organisations/{slug}/' },
  wijken: { nl: '/wijken/', en: '/en/neighbourhoods/' },
  wijk: { nl: '/wijken/{slug}/', en: '/en/neighbourhoods/{slug}/' },
  clientondersteuning: { nl: '/clientondersteuning/', en: '/en/client-support/' },
  mantelzorg: { nl: '/mantelzorg/', en: '/en/carers/' },
  privacy: { nl: '/privacy/', en: '/en/privacy/' },
  toegankelijkheid: { nl: '/toegankelijkheid/', en: '/en/accessibility/' },
  bronnen: { nl: '/bronnen/', en: '/en/sources/' },
  check: { nl: '/check/', en: '/en/check/' },
  checkSnel: { nl: '/check/snel/', en: '/en/check/quick/' },
  zoeken: { nl: '/zoeken/', en: '/en/search/' },
  az: { nl: '/a-z/', en: '/en/a-z/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof ROUTES;

export function route(locale: Locale, key: RouteKey, slug?: string): string {
  const pattern: string = ROUTES[key][locale];
  if (pattern.includes('{slug}')) {
    if (!slug) throw new Error(`route "${key}" needs a slug`);
    return pattern.replace('{slug}', slug);
  }
  return pattern;
}

/** The other languages' versions of the same page, for the language switch and hreflang. */
export function alternates(key: RouteKey, slug?: string): Record<Locale, string> {
  return Object.fromEntries(
    (Object.keys(ROUTES[key]) as Locale[]).map((l) => [l, route(l, key, slug)]),
  ) as Record<Locale, string>;
}
