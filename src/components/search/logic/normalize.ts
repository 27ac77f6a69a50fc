/**
 * Text normalisation for search. Pure: runs in Node (tests, build) and in the browser.
 * Lowercases, removes diacritics (coöperatie → cooperatie, één → een) and turns
 * punctuation into spaces, so "'t Middelpunt", "t middelpunt" and "Middelpunt" meet.
 */

const EXTRA: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøłæœđı]/g, (c) => EXTRA[c] ?? c);
}

export function normalize(s: string): string {
  return stripDiacritics(s.toLowerCase())
    .replace(/['’`‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words so common in questions that they say nothing about the page ("hoe kan ik …"). */
const STOP_WORDS = new Set([
  // Dutch
  'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'met', 'in', 'op', 'aan', 'bij', 'naar', 'om', 'te', 'tot', 'als', 'over', 'uit',
  'ik', 'mijn', 'me', 'mij', 'wij', 'we', 'ons', 'onze', 'u', 'uw', 'je', 'jij', 'jouw', 'hij', 'zij', 'ze', 'hun', 'haar', 'zijn',
  'is', 'ben', 'heb', 'hebben', 'heeft', 'kan', 'kun', 'kunnen', 'wil', 'wat', 'hoe', 'waar', 'wie', 'welke', 'er', 'die', 'dat', 'dit',
  'geen', 'niet', 'nog', 'ook', 'al', 'wel', 'moet', 'krijg', 'krijgen', 'aanvragen',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'with', 'my', 'i', 'can', 'how', 'do', 'is', 'what', 'where', 'get', 'on', 'at',
]);

/** Query words worth matching: normalised, stop words removed (unless nothing would be left). */
export function queryWords(query: string): string[] {
  const words = normalize(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** One line for a result list: the first sentence, cut at a word boundary if still long. */
export function oneLine(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  const pick = sentence.length >= 40 || sentence === flat ? sentence : flat;
  if (pick.length <= max) return pick;
  const cut = pick.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
