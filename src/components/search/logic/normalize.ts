/**
 * Text normalisation and the language settings of search. Pure: runs in Node (tests, build) and in the browser.
 * Lowercases, removes diacritics (coöperatie → cooperatie, één → een) and turns
 * punctuation into spaces, so "'t Middelpunt", "t middelpunt" and "Middelpunt" meet.
 *
 * Everything language-specific about search lives in SEARCH_LANGUAGES below, one entry per
 * locale: stop words, the stemmer, and how compounds are glued. A new language adds an entry
 * there and nothing else (the type makes a missing entry a compile error).
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { stemmer as turkishStemmer } from '@orama/stemmers/turkish';
import { stemmer as ukrainianStemmer } from '@orama/stemmers/ukrainian';
import type { Locale } from '../../../schemas/common.ts';

/**
 * The language content is written in (DEFAULT_LOCALE in src/schemas/common.ts, checked by a
 * unit test). Not imported as a value: that module carries Zod, which the browser chunk must not.
 */
export const CONTENT_LOCALE: Locale = 'nl';

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

/** Stop words written the way people type them, in the form queries are compared in. */
function normalizeAll(words: string[]): string[] {
  return [...new Set(words.map(normalize))];
}

export interface SearchLanguage {
  /** Words so common in questions that they say nothing about the page ("hoe kan ik …"). Normalised. */
  stopWords: readonly string[];
  /** Reduces a normalised word to its stem, so plurals and inflections meet (kinderen → kinder, carers → carer). */
  stem: (word: string) => string;
  /** Letters that may glue two parts of a compound: hond-en-belasting, waterschap-s-belasting. */
  linkers: readonly string[];
  /** Shortest part of a compound worth recognising (mantelzorg+compliment, zwem+les). */
  minPart: number;
  /**
   * Everyday words and the words the site uses for them (normalised): "poen" finds "geld",
   * "moeder" finds "ouder". Only general language; words for one page go in its searchTerms.
   */
  synonyms: Readonly<Record<string, readonly string[]>>;
}

export const SEARCH_LANGUAGES: Record<Locale, SearchLanguage> = {
  nl: {
    stopWords: [
      'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'met', 'in', 'op', 'aan', 'bij', 'naar', 'om', 'te', 'tot', 'als', 'over', 'uit', 'door',
      'ik', 'mijn', 'me', 'mij', 'wij', 'we', 'ons', 'onze', 'u', 'uw', 'je', 'jij', 'jouw', 'hij', 'zij', 'ze', 'hun', 'haar', 'zijn',
      'is', 'ben', 'bent', 'was', 'heb', 'hebt', 'hebben', 'heeft', 'had', 'kan', 'kun', 'kunt', 'kunnen', 'wil', 'wilt', 'willen', 'mag',
      'moet', 'moeten', 'zou', 'word', 'wordt', 'worden', 'krijg', 'krijgt', 'krijgen', 'aanvragen', 'graag', 'zoek', 'zoeken',
      'wat', 'hoe', 'waar', 'wie', 'welke', 'wanneer', 'er', 'die', 'dat', 'dit', 'deze', 'daar', 'hier',
      'geen', 'niet', 'nog', 'ook', 'al', 'wel', 'dan', 'maar', 'want', 'omdat', 'erg', 'heel', 'iets', 'nu',
    ],
    stem: dutchStemmer,
    linkers: ['s', 'e', 'en', 'er'],
    minPart: 3,
    synonyms: {
      moeder: ['ouder'], vader: ['ouder'], mama: ['ouder'], papa: ['ouder'], oma: ['ouder'], opa: ['ouder'],
      zoon: ['kind'], dochter: ['kind'], kids: ['kinderen'], kinders: ['kinderen'], kindje: ['kind'], tiener: ['jongeren'], puber: ['jongeren'],
      poen: ['geld'], centen: ['geld'], knaken: ['geld'], duiten: ['geld'], pegels: ['geld'], geldzorgen: ['geld', 'schulden'],
      boodschappen: ['eten'], voeding: ['eten'], kleren: ['kleding'], kleertjes: ['kleding'],
      stroom: ['energie'], elektriciteit: ['energie'], gas: ['energie'], duur: ['kosten'],
      poetshulp: ['huishoudelijke', 'hulp'], schoonmaakhulp: ['huishoudelijke', 'hulp'], schoonmaken: ['huishoudelijke'],
      baan: ['werk'], werkloos: ['uitkering'], vuilnis: ['afval'], huisbaas: ['verhuurder'], flat: ['woning'], huis: ['woning'],
      dokter: ['huisarts'], beestje: ['huisdier'], poes: ['kat'], hondje: ['hond'], rekeningen: ['rekening'],
    },
  },
  en: {
    stopWords: [
      'the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'with', 'in', 'on', 'at', 'from', 'about', 'by',
      'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its', 'this', 'that', 'there',
      'is', 'am', 'are', 'be', 'do', 'does', 'have', 'has', 'can', 'could', 'would', 'should', 'want', 'get', 'apply',
      'how', 'what', 'where', 'who', 'which', 'when', 'any', 'some', 'please', 'no', 'not', 'such', 'as', 'like', 'too', 'very', 'so',
      'also', 'just', 'really', 'much', 'many',
    ],
    stem: englishStemmer,
    linkers: [],
    minPart: 3,
    synonyms: {
      mum: ['parent'], mom: ['parent'], mother: ['parent'], dad: ['parent'], father: ['parent'], grandma: ['parent'], grandpa: ['parent'],
      kids: ['children'], kid: ['child'], son: ['child'], daughter: ['child'], teenager: ['young'],
      cash: ['money'], groceries: ['food'], meals: ['food'], clothes: ['clothing'],
      electricity: ['energy'], power: ['energy'], gas: ['energy'], heating: ['energy'], expensive: ['costs'],
      council: ['municipal'], cleaner: ['household'], cleaning: ['household'], job: ['work'], unemployed: ['benefit'],
      landlord: ['rent'], flat: ['housing'], doctor: ['gp'], caregiver: ['carer'], caring: ['carer'],
    },
  },
  // Arabic, Turkish and Ukrainian: stop words as people type them (normalised below, like every query),
  // the stemmer of the language; no compounds. Pages in these languages also hold Dutch (merged in).
  ar: {
    stopWords: normalizeAll([
      'في', 'من', 'على', 'إلى', 'عن', 'مع', 'هل', 'ما', 'ماذا', 'كيف', 'أين', 'أنا', 'لي', 'لدي', 'عندي', 'أريد', 'ممكن', 'يمكن',
      'هذا', 'هذه', 'ذلك', 'التي', 'الذي', 'و', 'أو', 'لا', 'كل', 'أي', 'هو', 'هي', 'أحتاج', 'الحصول',
    ]),
    stem: arabicStemmer,
    linkers: [],
    minPart: 3,
    synonyms: {},
  },
  tr: {
    stopWords: normalizeAll([
      've', 'veya', 'ile', 'bir', 'bu', 'şu', 'o', 'ben', 'benim', 'bana', 'siz', 'sizin', 'ne', 'nasıl', 'nerede', 'kim', 'hangi',
      'mi', 'mı', 'mu', 'mü', 'için', 'de', 'da', 'ki', 'ama', 'gibi', 'daha', 'çok', 'var', 'yok', 'istiyorum', 'alabilir', 'miyim', 'olarak',
    ]),
    stem: turkishStemmer,
    linkers: [],
    minPart: 3,
    synonyms: {},
  },
  uk: {
    stopWords: normalizeAll([
      'і', 'й', 'та', 'в', 'у', 'на', 'з', 'із', 'до', 'для', 'що', 'як', 'де', 'хто', 'який', 'яка', 'які', 'я', 'мені', 'мій', 'моя',
      'ви', 'ваш', 'це', 'чи', 'не', 'так', 'є', 'можна', 'хочу', 'отримати', 'про', 'від', 'по',
    ]),
    stem: ukrainianStemmer,
    linkers: [],
    minPart: 3,
    synonyms: {},
  },
};

/** Settings for searching an index of `locale`, merged with those of the content language. */
export interface MergedLanguage {
  stopWords: ReadonlySet<string>;
  /** Stems of a word in each language the index may contain (distinct). */
  stems: (word: string) => string[];
  linkers: readonly string[];
  minPart: number;
  synonyms: ReadonlyMap<string, readonly string[]>;
}

/**
 * The index of a non-Dutch page also holds Dutch: titles and summaries that fall back to
 * Dutch, and the Dutch search terms (people type "kwijtschelding" on English pages too).
 * So its settings are its own plus those of the default locale.
 */
export function searchLanguage(locale: Locale = CONTENT_LOCALE): MergedLanguage {
  const langs = [...new Set([SEARCH_LANGUAGES[locale], SEARCH_LANGUAGES[CONTENT_LOCALE]])];
  const stemmers = langs.map((l) => l.stem);
  return {
    stopWords: new Set(langs.flatMap((l) => l.stopWords)),
    stems: stemmers.length === 1 ? (w) => [(stemmers[0] as (w: string) => string)(w)] : (w) => [...new Set(stemmers.map((s) => s(w)))],
    linkers: [...new Set(langs.flatMap((l) => l.linkers))].sort((a, b) => b.length - a.length),
    minPart: Math.min(...langs.map((l) => l.minPart)),
    synonyms: new Map(langs.flatMap((l) => Object.entries(l.synonyms)).reverse()),
  };
}

/** Normalised words of a text without stop words and single letters (may be empty). */
export function contentWords(text: string, lang: MergedLanguage): string[] {
  return normalize(text)
    .split(' ')
    .filter((w) => w.length > 1 && !lang.stopWords.has(w));
}

/** Query words worth matching: normalised, stop words removed (unless nothing would be left). */
export function queryWords(query: string, lang: MergedLanguage = searchLanguage()): string[] {
  const words = normalize(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => w.length > 1 && !lang.stopWords.has(w));
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
