/**
 * Picks the text for a locale from a content entry. When a translation is
 * missing, the Dutch text is used and `lang` says so, so the page can mark it lang="nl".
 */
import { DEFAULT_LOCALE, type Locale } from '../schemas/common.ts';

export interface LocalizedText {
  text: string;
  /** Language the text is actually in. */
  lang: Locale;
  /** True when the text is the Dutch fallback for a missing translation. */
  fallback: boolean;
}

export function pick(dutch: string, translated: string | undefined, locale: Locale): LocalizedText {
  if (locale === DEFAULT_LOCALE || !translated) {
    return { text: dutch, lang: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
  }
  return { text: translated, lang: locale, fallback: false };
}

/** Attribute for an element whose text may be a fallback: lang="nl" only where the page language differs. */
export function langAttr(t: LocalizedText, pageLocale: Locale): { lang?: string } {
  return t.lang !== pageLocale ? { lang: t.lang } : {};
}

export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatEuro(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount);
}
