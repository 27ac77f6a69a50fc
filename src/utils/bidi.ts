/**
 * Numbers inside right-to-left text. In an Arabic sentence the bidi algorithm reverses
 * groups of digits separated by spaces: "14 000" shows as "000 14", "033 204 86 77" as
 * "77 86 204 033", and a postcode "3812 EH" as "EH 3812". Wrapping them in a left-to-right
 * isolate (U+2066 … U+2069, the plain-text form of <bdi dir="ltr">) keeps them as on Dutch
 * letters. Pure: used for interface strings (src/i18n/index.ts) and content (src/utils/localize.ts)
 * of right-to-left languages, at build time.
 */

export const LRI = '\u2066';
export const PDI = '\u2069';

/**
 * Phone numbers and other digit groups ("14 000", "033 204 86 77", "+31 33 123 45 67", "2022-2023"),
 * postcodes ("3812 EH") and euro amounts written with the sign ("€ 1.250,50").
 */
const LTR_RUN =
  /(?<![\p{L}\p{N}\u2066])(?:€\s?\d[\d.,]*(?:-|,-)?|\d{4} ?[A-Z]{2}(?![\p{L}\p{N}])|(?:\+\d{2}[\s-]?)?\(?\d{1,4}\)?(?:(?:\s?[-–]\s?|\s)\d{2,4})+)(?![\p{N}])/gu;

export function isolateLtr(text: string): string {
  return text.replace(LTR_RUN, (m) => `${LRI}${m}${PDI}`);
}

/** The same text without the isolate marks (for comparisons and for reading aloud). */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
