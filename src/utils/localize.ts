/**
 * Picks the text for a locale from a content entry. When a translation is
 * missing, the Dutch text is used and `lang` says so, so the page can mark it lang="nl"
 * (and dir="ltr" on a right-to-left page).
 */
import { DEFAULT_LOCALE, dirOf, formatTag, type Locale } from '../i18n/locales.ts';
import { isolateLtr } from './bidi.ts';

export interface LocalizedText {
  text: string;
  /** Language the text is actually in. */
  lang: Locale;
  /** True when the text is the Dutch fallback for a missing translation. */
  fallback: boolean;
}

/** Prepares translated text for its language: in right-to-left text, numbers are kept left to right. */
export function forLanguage(text: string, lang: Locale): string {
  return dirOf(lang) === 'rtl' ? isolateLtr(text) : text;
}

export function pick(dutch: string, translated: string | undefined, locale: Locale): LocalizedText {
  if (locale === DEFAULT_LOCALE || !translated) {
    return { text: dutch, lang: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
  }
  return { text: forLanguage(translated, locale), lang: locale, fallback: false };
}

/** A list (documents, services, notes): the translation when it has one item for every Dutch item, else the Dutch list. */
export function pickList(dutch: readonly string[], translated: readonly string[] | undefined, locale: Locale): { items: string[]; lang: Locale } {
  if (locale !== DEFAULT_LOCALE && translated && translated.length === dutch.length && dutch.length > 0) {
    return { items: translated.map((t) => forLanguage(t, locale)), lang: locale };
  }
  return { items: [...dutch], lang: DEFAULT_LOCALE };
}

/**
 * Attributes for an element whose text is in `textLang` on a page in `pageLocale`: nothing when they
 * are the same; else lang, and dir when the direction differs (Dutch inside Arabic is left to right).
 */
export function langDir(textLang: string, pageLocale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (textLang === pageLocale) return {};
  const dir = dirOf(textLang);
  return dir !== dirOf(pageLocale) ? { lang: textLang, dir } : { lang: textLang };
}

/** Attributes for an element whose text may be a fallback. */
export function langAttr(t: LocalizedText, pageLocale: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return langDir(t.lang, pageLocale);
}

export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(formatTag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(formatTag(locale), { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
}
