/**
 * Tiny lookup for the 'check' namespace passed as a prop: t(s, 'q.leeftijd.title', { n: 3 }).
 * Plurals follow i18next v4: with a numeric `count`, t(s, 'results.groups.count', { count: 3 }) picks
 * `count_zero` (for 0, when it exists), else the Intl.PluralRules form (`_one`, `_two`, `_few`, `_many`, `_other`)
 * of the language in `strings.$locale` (set by CheckPage.astro from the locale table).
 */
import { DEFAULT_LOCALE, formatTag, isLocale } from '../../../i18n/locales.ts';

export type Strings = Record<string, unknown>;

function lookup(strings: Strings, key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in (node as Record<string, unknown>)) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function pluralForm(strings: Strings, key: string, count: number): string | undefined {
  const tag = typeof strings.$locale === 'string' ? strings.$locale : 'nl';
  const forms = [...(count === 0 ? ['zero'] : []), new Intl.PluralRules(tag).select(count), 'other'];
  for (const f of forms) {
    const s = lookup(strings, `${key}_${f}`);
    if (s !== undefined) return s;
  }
  return undefined;
}

export function t(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  const node = typeof vars.count === 'number' ? (pluralForm(strings, key, vars.count) ?? lookup(strings, key)) : lookup(strings, key);
  if (node === undefined) return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in vars ? String(vars[k]) : ''));
}

/** True when the key exists (optional hints). */
export function has(strings: Strings, key: string): boolean {
  return t(strings, key) !== key;
}

/** An amount in the page language, with Western digits (as on Dutch letters): formats come from the locale table. */
export function euro(amount: number, locale: string): string {
  return new Intl.NumberFormat(formatTag(isLocale(locale) ? locale : DEFAULT_LOCALE), {
    style: 'currency',
    currency: 'EUR',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
    minimumFractionDigits: amount % 1 === 0 ? 0 : 2,
  }).format(amount);
}
