/**
 * THE locale table: every language the site is published in. Everything else derives from it:
 * the `Locale` type, Astro's `i18n.locales`, the content translation schemas, the engine's text
 * type, the routes and their `hreflang` alternates, the language switch, the CLI's `--lang`,
 * number and date formats, plural forms (Intl.PluralRules, i18next v4 `_zero … _other` keys)
 * and the read-aloud voice.
 *
 * Add a language: add a row here, add src/i18n/<code>/*.json and content/translations/<code>/,
 * run `npm test` (test/foundation/i18n.test.ts lists every missing interface key).
 * Pure data and functions: no imports, usable in Node, Astro and the browser.
 */

export interface LocaleRow {
  /** Code used in URLs (/<code>/…), file names and `lang` attributes. */
  code: string;
  /** Full BCP-47 tag for Intl formatting, plural rules and speech synthesis. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** Name of the language in that language (language switch). */
  name: string;
}

export const LOCALE_TABLE = [
  { code: 'nl', tag: 'nl-NL', dir: 'ltr', name: 'Nederlands' },
  { code: 'en', tag: 'en-GB', dir: 'ltr', name: 'English' },
  { code: 'ar', tag: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'tr', tag: 'tr-TR', dir: 'ltr', name: 'Türkçe' },
  { code: 'uk', tag: 'uk-UA', dir: 'ltr', name: 'Українська' },
] as const satisfies readonly LocaleRow[];

export type Locale = (typeof LOCALE_TABLE)[number]['code'];

/** Dutch is the source language: content is written in it, and it is the fallback. */
export const DEFAULT_LOCALE = 'nl' satisfies Locale;
export type SourceLocale = typeof DEFAULT_LOCALE;

export const LOCALES = LOCALE_TABLE.map((r) => r.code) as unknown as readonly [Locale, ...Locale[]];

/** Languages that are translated from Dutch (content/translations/<code>/). */
export type TranslatedLocale = Exclude<Locale, SourceLocale>;
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as TranslatedLocale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function localeInfo(locale: Locale): (typeof LOCALE_TABLE)[number] {
  return LOCALE_TABLE.find((r) => r.code === locale) ?? LOCALE_TABLE[0];
}

export function dirOf(locale: string): 'ltr' | 'rtl' {
  return isLocale(locale) ? localeInfo(locale).dir : 'ltr';
}

/**
 * Tag for Intl number and date formats. Always Western digits (0–9): amounts, dates and phone
 * numbers must look the same as on Dutch letters and forms.
 */
export function formatTag(locale: Locale): string {
  return `${localeInfo(locale).tag}-u-nu-latn`;
}

/** Plural categories of a language, from Intl.PluralRules: Arabic has six, Ukrainian four (one, few, many, other). */
export function pluralCategories(locale: Locale): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(localeInfo(locale).tag).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];
}

/** The i18next v4 plural suffix for a count: "one", "few", … (with "zero" for 0 when the key exists is up to the caller). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(localeInfo(locale).tag).select(count);
}
