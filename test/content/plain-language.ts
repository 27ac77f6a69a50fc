/**
 * Small plain-language (B1) checks for Dutch content text.
 * Used by test/content/content.test.ts and by scripts/content-report.ts.
 */

/** Maximum number of words in one sentence. */
export const MAX_SENTENCE_WORDS = 20;

/** Officialese ("ambtelijke taal") that has a plain alternative. Matched as whole words, case-insensitive. */
export const OFFICIALESE: readonly string[] = [
  'ingevolge',
  'middels',
  'teneinde',
  'derhalve',
  'alsmede',
  'onverminderd',
  'inzake',
  'zulks',
  'voornoemd',
  'voornoemde',
  'bovengenoemd',
  'bovengenoemde',
  'hieromtrent',
  'ten behoeve van',
  'conform',
  'doch',
  'indien',
  'dienaangaande',
  'danwel',
  'thans',
  'terzake',
  'woonachtig',
  'verstrekking',
];

export interface PlainLanguageIssue {
  kind: 'long-sentence' | 'officialese';
  sentence: string;
  detail: string;
}

/** Splits text into sentences. Paragraphs, lines and list items ("- ") count as separate sentences. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\n/)) {
    const line = rawLine.replace(/^\s*-\s+/, '').trim();
    if (!line) continue;
    for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z0-9À-Ý'"(])/u)) {
      const t = s.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Counts words: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns every sentence over the word limit and every officialese word found in the text. */
export function checkPlainLanguage(text: string, maxWords: number = MAX_SENTENCE_WORDS, words: readonly string[] = OFFICIALESE): PlainLanguageIssue[] {
  const issues: PlainLanguageIssue[] = [];
  for (const sentence of splitSentences(text)) {
    const n = countWords(sentence);
    if (n > maxWords) issues.push({ kind: 'long-sentence', sentence, detail: `${n} woorden (max ${maxWords})` });
    for (const w of words) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu');
      if (re.test(sentence)) issues.push({ kind: 'officialese', sentence, detail: `ambtelijk woord "${w}"` });
    }
  }
  return issues;
}
