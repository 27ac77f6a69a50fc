/**
 * Filling text templates: "{{name}}" placeholders, "{{name, euro}}" / "{{name, number}}" / "{{name, date}}" formats,
 * "@key" values that are looked up in the same dictionary, and i18next v4 plural keys (`key_one`,
 * `key_other`, … chosen with Intl.PluralRules). Shared by reasons, household messages and the CLI.
 */
export type Vars = Record<string, string | number | undefined>;
export type Dict = { [key: string]: string | Dict };

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale}|${key}`;
  let f = numberFormats.get(k);
  if (!f) numberFormats.set(k, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** Euros as people read them in a sentence: whole euros, cents only below €1 (so a small distance is not "€0"). */
export function formatEuro(amount: number, locale: string): string {
  const whole = Math.abs(amount) >= 1 || Number.isInteger(amount);
  const v = whole ? Math.round(amount) : amount;
  return nf(locale, whole ? 'eur0' : 'eur2', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(v);
}

export function formatNumber(n: number, locale: string): string {
  return nf(locale, 'num', { maximumFractionDigits: 1 }).format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** An ISO date (YYYY-MM-DD) as people read it: "1 november 2022". */
export function formatDate(iso: string, locale: string): string {
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

export function fill(template: string, vars: Vars = {}, locale = 'nl', dict?: Dict): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_, k: string, format?: string) => {
    const v = vars[k];
    if (v === undefined) return '';
    if (typeof v === 'number') return format === 'euro' ? formatEuro(v, locale) : formatNumber(v, locale);
    if (format === 'date') return formatDate(v, locale);
    if (v.startsWith('@') && dict) return lookup(dict, v.slice(1), locale) ?? v.slice(1);
    return v;
  });
}

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, n: number): string {
  let r = rulesCache.get(locale);
  if (!r) rulesCache.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

const resolved = new WeakMap<Dict, Map<string, string | undefined>>();

/** Looks up `key` in a nested dictionary; with a numeric `count` it tries `key_<plural category>` first. */
export function lookup(dict: Dict | undefined, key: string, locale: string, count?: number): string | undefined {
  if (!dict) return undefined;
  let cache = resolved.get(dict);
  if (!cache) resolved.set(dict, (cache = new Map()));
  const cacheKey = count === undefined ? key : `${key}#${pluralCategory(locale, count)}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  const v = lookupUncached(dict, key, locale, count);
  cache.set(cacheKey, v);
  return v;
}

function lookupUncached(dict: Dict, key: string, locale: string, count?: number): string | undefined {
  let node: string | Dict | undefined = dict;
  const parts = key.split('.');
  for (let i = 0; i < parts.length - 1; i++) node = typeof node === 'object' ? node[parts[i] as string] : undefined;
  if (typeof node !== 'object') return undefined;
  const last = parts[parts.length - 1] as string;
  if (count !== undefined) {
    const p = node[`${last}_${pluralCategory(locale, count)}`] ?? node[`${last}_other`];
    if (typeof p === 'string') return p;
  }
  const v = node[last];
  return typeof v === 'string' ? v : undefined;
}
