/** Tiny lookup for the 'check' namespace passed as a prop: t(s, 'q.leeftijd.title', { n: 3 }). */
export type Strings = Record<string, unknown>;

export function t(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in (node as Record<string, unknown>)) node = (node as Record<string, unknown>)[part];
    else return key;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in vars ? String(vars[k]) : ''));
}

/** True when the key exists (optional hints). */
export function has(strings: Strings, key: string): boolean {
  return t(strings, key) !== key;
}

export function euro(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: amount % 1 === 0 ? 0 : 2,
    minimumFractionDigits: amount % 1 === 0 ? 0 : 2,
  }).format(amount);
}
