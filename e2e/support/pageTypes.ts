/**
 * Every page type of the site, in every language of the locale table, with a real example URL
 * taken from the site's content (national plus the selected pack: tests follow the content instead
 * of hard-coding it) and the paths from src/utils/routes.ts (the one URL schema).
 */
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { route, type RouteKey } from '../../src/utils/routes.ts';
import { GEMEENTE, ids as idsOf, type Collection } from './site.ts';

const firstId = (folder: Collection, prefer?: string): string => {
  const ids = idsOf(folder);
  if (prefer && ids.includes(prefer)) return prefer;
  if (!ids[0]) throw new Error(`no ${folder} in the national content or the pack`);
  return ids[0];
};

const regeling = firstId('regelingen', 'individuele-inkomenstoeslag');
const org = firstId('organisaties', GEMEENTE.organisation);
const wijk = firstId('wijken');

export interface PageType {
  name: string;
  key: RouteKey;
  /** The URL in every language. */
  url: Record<Locale, string>;
  nl: string;
  en: string;
  /** Content pages ship no JavaScript except the one deferred site module. */
  content: boolean;
}

function pageType(name: string, key: RouteKey, slug?: string, content = true): PageType {
  const url = Object.fromEntries(LOCALES.map((l) => [l, route(l, key, slug)])) as Record<Locale, string>;
  return { name, key, url, nl: url.nl, en: url.en, content };
}

export const PAGE_TYPES: PageType[] = [
  pageType('home', 'home'),
  pageType('regelingen', 'regelingen'),
  pageType('regeling', 'regeling', regeling),
  pageType('organisaties', 'organisaties'),
  pageType('organisatie', 'organisatie', org),
  pageType('wijken', 'wijken'),
  pageType('wijk', 'wijk', wijk),
  pageType('clientondersteuning', 'clientondersteuning'),
  pageType('mantelzorg', 'mantelzorg'),
  pageType('privacy', 'privacy'),
  pageType('toegankelijkheid', 'toegankelijkheid'),
  pageType('bronnen', 'bronnen'),
  pageType('a-z', 'az'),
];

/** Pages with a Preact island: they may load their own JavaScript (from this site only). */
export const INTERACTIVE_PAGE_TYPES: PageType[] = [pageType('zoeken', 'zoeken', undefined, false), pageType('check', 'check', undefined, false), pageType('check snel', 'checkSnel', undefined, false)];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
