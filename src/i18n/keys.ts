/**
 * Compares the interface strings of a language with the Dutch source (src/i18n/nl/*.json).
 * Pure: used by test/foundation/i18n.test.ts (which fails listing every missing key per
 * language) and by `npm run content:report`.
 *
 * Plurals follow i18next v4: a Dutch key `count_one`/`count_other` needs, in another language,
 * one key per plural category of that language (Intl.PluralRules: Arabic zero, one, two, few,
 * many, other; Ukrainian one, few, many, other), plus `_zero` where Dutch has an explicit one.
 */
import { pluralCategories, type Locale } from './locales.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Leaf keys of a JSON tree: "a.b", arrays by index ("start.points[2]": every sentence is translated).
 * Except `terms` and `related`: search words people type in that language, a list of its own length.
 */
export function leafKeys(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return /(^|\.)(terms|related)$/.test(prefix) ? [prefix] : node.flatMap((v, i) => leafKeys(v, `${prefix}[${i}]`));
  if (node !== null && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/** The keys a language must have for one Dutch namespace. */
export function requiredKeys(dutch: unknown, locale: Locale): Set<string> {
  const out = new Set<string>();
  const categories = pluralCategories(locale);
  for (const k of leafKeys(dutch)) {
    const m = PLURAL.exec(k);
    if (!m) {
      out.add(k);
      continue;
    }
    const base = k.slice(0, -m[0].length);
    for (const c of categories) out.add(`${base}_${c}`);
    if (m[1] === 'zero') out.add(`${base}_zero`);
  }
  return out;
}

export interface KeyDiff {
  missing: string[];
  extra: string[];
  empty: string[];
}

export function compareKeys(dutch: unknown, other: unknown, locale: Locale): KeyDiff {
  const required = requiredKeys(dutch, locale);
  const categories = pluralCategories(locale);
  const have = new Set(leafKeys(other));
  // A language may need plural forms where Dutch has one text ("{{n}} jaar" → Ukrainian рік/роки/років):
  // then it gives every plural form of its own, and the key counts as present.
  const extra: string[] = [];
  for (const k of have) {
    if (required.has(k)) continue;
    const m = PLURAL.exec(k);
    const base = m ? k.slice(0, -m[0].length) : undefined;
    if (base && required.has(base) && categories.includes(m![1] as Intl.LDMLPluralRule) && categories.every((c) => have.has(`${base}_${c}`))) {
      have.add(base);
      continue;
    }
    extra.push(k);
  }
  const empty: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string' && node.trim() === '') empty.push(prefix);
    else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${prefix}[${i}]`));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
  };
  walk(other, '');
  return { missing: [...required].filter((k) => !have.has(k)), extra, empty };
}
