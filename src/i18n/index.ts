/**
 * Build-time translation system (i18next). Every interface string comes from
 * src/i18n/<locale>/<namespace>.json. Pages call `useTranslations(locale)`;
 * i18next itself never reaches the browser. Islands get the strings they need as props.
 *
 * Languages come from the locale table (./locales.ts). Plurals use i18next v4 keys
 * (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`), chosen by Intl.PluralRules.
 * src/i18n/<locale>/meta.json (not a namespace) records who translated the interface and whether
 * it was checked, in the same status block as content translations.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, dirOf, isLocale, type Locale } from './locales.ts';
import { isolateLtr } from '../utils/bidi.ts';
import { SITE } from '../utils/site.ts';
import { siteStrings } from '../lib/content/tokens.ts';

type Dict = Record<string, unknown>;
const files = import.meta.glob<{ default: Dict }>('./*/*.json', { eager: true });

/** In right-to-left languages, phone numbers, postcodes and amounts inside strings stay left to right. */
function prepare(value: unknown, rtl: boolean): unknown {
  if (!rtl) return value;
  if (typeof value === 'string') return isolateLtr(value);
  if (Array.isArray(value)) return value.map((v) => prepare(v, rtl));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v, rtl)]));
  return value;
}

const raw: Record<string, Record<string, Dict>> = {};
const meta: Record<string, Dict> = {};
for (const [file, mod] of Object.entries(files)) {
  const m = /^\.\/([a-z-]+)\/([a-zA-Z-]+)\.json$/.exec(file);
  if (!m) continue;
  const [, locale, ns] = m as unknown as [string, string, string];
  if (!isLocale(locale)) continue;
  if (ns === 'meta') meta[locale] = mod.default;
  else (raw[locale] ??= {})[ns] = mod.default;
}
// The municipality's own wording and words ({{gemeente}}, {{telefoon}}, {{site}}, {{balie}}) go in first
// (src/lib/content/tokens.ts siteStrings), so every page and island gets the pack's name and phone.
const resources: Record<string, Record<string, Dict>> = {};
for (const [locale, namespaces] of Object.entries(raw)) {
  resources[locale] = prepare(siteStrings(namespaces, locale, SITE, SITE.deskName), dirOf(locale) === 'rtl') as Record<string, Dict>;
}

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: Object.keys(resources[DEFAULT_LOCALE] ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function useTranslations(locale: Locale, ns = 'common'): TFunction {
  return instance.getFixedT(locale, ns);
}

/** All strings of one namespace for one locale, to pass to a Preact island as a prop. */
export function namespaceStrings(locale: Locale, ns: string): Dict {
  return (resources[locale]?.[ns] ?? resources[DEFAULT_LOCALE]?.[ns] ?? {}) as Dict;
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return dirOf(locale);
}

export interface UiTranslationStatus {
  status: 'concept' | 'gecontroleerd';
  translatedBy: string;
  translatedOn: string;
  reviewedBy?: string;
  reviewedOn?: string;
}

/** Status of the interface translation of a language (undefined for Dutch, the source). */
export function uiTranslationStatus(locale: Locale): UiTranslationStatus | undefined {
  return locale === DEFAULT_LOCALE ? undefined : (meta[locale] as unknown as UiTranslationStatus | undefined);
}

export { LOCALES, DEFAULT_LOCALE, type Locale };
