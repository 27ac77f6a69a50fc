/**
 * The one URL schema: every page type's path in every language, derived from the locale table.
 * Pages, links, the language switch and hreflang use `route()` so a path is never typed twice.
 *
 * - Dutch (the source) has no prefix: /regelingen/huurtoeslag/.
 * - Every other language lives under /<code>/ with the same (Dutch) words: /ar/regelingen/huurtoeslag/,
 *   /tr/check/, /uk/zoeken/. Plain ASCII addresses that survive being shared by SMS, printed on a
 *   handover sheet or read out at the counter, and that match the Dutch names people meet on letters.
 *   A new language needs no new paths.
 * - English kept its own words from the start (/en/schemes/…); those URLs stay as they are.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';

/** Path of every page type after the language prefix, in Dutch. */
const DUTCH_PATHS = {
  home: '',
  regelingen: 'regelingen',
  regeling: 'regelingen/{slug}',
  organisaties: 'organisaties',
  organisatie: 'organisaties/{slug}',
  wijken: 'wijken',
  wijk: 'wijken/{slug}',
  clientondersteuning: 'clientondersteuning',
  mantelzorg: 'mantelzorg',
  privacy: 'privacy',
  toegankelijkheid: 'toegankelijkheid',
  bronnen: 'bronnen',
  check: 'check',
  checkSnel: 'check/snel',
  zoeken: 'zoeken',
  az: 'a-z',
} as const;

export type RouteKey = keyof typeof DUTCH_PATHS;

/** Languages whose paths use their own words instead of the Dutch ones. */
const OWN_WORDS: Partial<Record<Locale, Record<RouteKey, string>>> = {
  en: {
    home: '',
    regelingen: 'schemes',
    regeling: 'schemes/{slug}',
    organisaties: 'organisations',
    organisatie: 'organisations/{slug}',
    wijken: 'neighbourhoods',
    wijk: 'neighbourhoods/{slug}',
    clientondersteuning: 'client-support',
    mantelzorg: 'carers',
    privacy: 'privacy',
    toegankelijkheid: 'accessibility',
    bronnen: 'sources',
    check: 'check',
    checkSnel: 'check/quick',
    zoeken: 'search',
    az: 'a-z',
  },
};

export const ROUTE_KEYS = Object.keys(DUTCH_PATHS) as RouteKey[];

/** The path of a page type in a language without the slashes around it ("" for the Dutch home page). */
function bare(locale: Locale, key: RouteKey): string {
  const words = OWN_WORDS[locale]?.[key] ?? DUTCH_PATHS[key];
  return [locale === DEFAULT_LOCALE ? '' : locale, words].filter(Boolean).join('/');
}

function withSlashes(p: string): string {
  return p ? `/${p}/` : '/';
}

/** Every route in every language, e.g. ROUTES.regeling.ar === '/ar/regelingen/{slug}/'. */
export const ROUTES = Object.fromEntries(
  ROUTE_KEYS.map((key) => [key, Object.fromEntries(LOCALES.map((l) => [l, withSlashes(bare(l, key))]))]),
) as Record<RouteKey, Record<Locale, string>>;

export function route(locale: Locale, key: RouteKey, slug?: string): string {
  const pattern: string = ROUTES[key][locale];
  if (pattern.includes('{slug}')) {
    if (!slug) throw new Error(`route "${key}" needs a slug`);
    return pattern.replace('{slug}', slug);
  }
  return pattern;
}

/** The versions of the same page in every language, for the language switch and hreflang. */
export function alternates(key: RouteKey, slug?: string, locales: readonly Locale[] = LOCALES): Partial<Record<Locale, string>> {
  return Object.fromEntries(locales.map((l) => [l, route(l, key, slug)])) as Partial<Record<Locale, string>>;
}

/**
 * getStaticPaths for the one route file of a page type (src/pages/[...<param>].astro):
 * one path per language of the site (src/utils/site.ts passes the pack's languages), and per slug for entry pages. Props: `locale`, `routeKey`, and `slug`.
 */
export function staticPaths<P extends string, K extends RouteKey>(param: P, keys: readonly K[], slugs: readonly string[] = [], locales: readonly Locale[] = LOCALES) {
  return keys.flatMap((routeKey) =>
    locales.flatMap((locale) => {
      const pattern = bare(locale, routeKey);
      const slugList = pattern.includes('{slug}') ? slugs : [undefined];
      return slugList.map((slug) => ({
        params: { [param]: (slug ? pattern.replace('{slug}', slug) : pattern) || undefined } as Record<P, string | undefined>,
        props: { locale, routeKey, ...(slug ? { slug } : {}) } as { locale: Locale; routeKey: K; slug?: string },
      }));
    }),
  );
}

/** The themed guide pages: route keys that are also the ids of paginas/<id>.yaml, which every pack must have. */
export const GUIDE_PAGES = ['clientondersteuning', 'mantelzorg'] as const satisfies readonly RouteKey[];
