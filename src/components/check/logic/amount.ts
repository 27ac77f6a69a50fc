/**
 * Parses amounts the way people type them: "1.250", "1250,50", "€ 1.250", "1.250,-", "1,250.50".
 * Pure: unit-tested in test/check/amount.test.ts.
 */
export type AmountParse =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'negative' }
  | { kind: 'invalid' };

/**
 * Digits as people type them on an Arabic or Persian keyboard (٠–٩, ۰–۹, separators ٫ ٬ and the comma ،)
 * become Western digits and separators, so "١٢٥٠" is 1250.
 */
export function westernDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.')
    .replace(/\u060c/g, ',');
}

export function parseAmount(input: string | null | undefined): AmountParse {
  if (input == null) return { kind: 'empty' };
  let s = westernDigits(String(input))
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(€|eur|euro)/i, '')
    .replace(/(€|eur|euro)$/i, '')
    .replace(/[,.]-+$/, '');
  if (s === '') return { kind: 'empty' };
  let negative = false;
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).replace(/^(€|eur|euro)/i, '');
  }
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return { kind: 'invalid' };

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal separator.
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const [intPart, decPart, ...rest] = s.split(dec);
    if (rest.length > 0 || decPart === undefined) return { kind: 'invalid' };
    if (!validGroups(intPart ?? '', thou) || !/^\d{1,2}$/.test(decPart)) return { kind: 'invalid' };
    normalised = `${(intPart ?? '').split(thou).join('')}.${decPart}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && /^\d{1,2}$/.test(last) && (parts[0] ?? '') !== '') {
      // "1250,50", "12.5": decimals
      normalised = `${parts[0]}.${last}`;
    } else if (validGroups(s, sep)) {
      // "1.250", "1,250", "1.250.000": thousands
      normalised = parts.join('');
    } else {
      return { kind: 'invalid' };
    }
  } else {
    normalised = s;
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  if (negative && value !== 0) return { kind: 'negative' };
  return { kind: 'ok', value: Math.round(value * 100) / 100 };
}

/** "1.250.000" with sep "." → true; "12.50" → false. */
function validGroups(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^\d+$/.test(s);
  const [first, ...rest] = parts;
  return /^\d{1,3}$/.test(first ?? '') && rest.every((p) => /^\d{3}$/.test(p));
}

/** Whole number, e.g. an age. "34", " 34 " → 34; "34,5" → invalid. */
export function parseWhole(input: string | null | undefined): AmountParse {
  if (input == null || String(input).trim() === '') return { kind: 'empty' };
  const s = westernDigits(String(input)).trim();
  if (/^[-−–]\s*\d+$/.test(s)) return { kind: 'negative' };
  if (!/^\d+$/.test(s)) return { kind: 'invalid' };
  return { kind: 'ok', value: Number(s) };
}

/**
 * A list of ages: "4, 9", "4 en 9", "4 9", "4;9", also with "and" in the site's languages
 * (and, و, ve, і, та, и) and Arabic digits. Returns null when something is not a whole number.
 */
export function parseAgeList(input: string | null | undefined): number[] | null {
  if (input == null) return [];
  const parts = westernDigits(String(input))
    .toLowerCase()
    .replace(/(^|\s)(?:en|and|ve|і|та|и)(?=\s|$)/gu, ' ')
    .replace(/و/g, ' ')
    .split(/\s*(?:,|;|\/|\+|\s)\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return null;
    out.push(Number(p));
  }
  return out;
}
