/**
 * Realistic queries and the page that must be in the top 3.
 * Written as residents type: no diacritics, typos, plain words, half questions.
 *
 * Two sets: the national content and the site's main pages (here, for every municipality), and the
 * pack's own regelingen, organisations, wijken and guide pages (content/gemeenten/<id>/tests/zoekvragen.json,
 * for the pack under test). Only pages that exist in the index (checked by the test: a missing page fails loudly).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { selectedPack, type Pack } from '../../src/lib/content/packs.ts';

export interface QualityCase {
  q: string;
  /** The page that must be in the top 3, or a pattern for several (a wijk query may lead to any wijk of that name). */
  url: string | RegExp;
  locale?: Locale;
}

const R = (slug: string) => `/regelingen/${slug}/`;
const O = (slug: string) => `/organisaties/${slug}/`;
const ER = (slug: string) => `/en/schemes/${slug}/`;

/** National regelingen and organisations, and the main pages every site has. */
export const NATIONAL_CASES: QualityCase[] = [
  // Toeslagen, uitkeringen
  { q: 'huurtoeslag', url: R('huurtoeslag') },
  { q: 'huursubsidie', url: R('huurtoeslag') },
  { q: 'huur te hoog', url: R('huurtoeslag') },
  { q: 'huurtoeslg', url: R('huurtoeslag') },
  { q: 'zorgtoeslag', url: R('zorgtoeslag') },
  { q: 'premie zorgverzekering betalen', url: R('zorgtoeslag') },
  { q: 'kinderbijslag', url: R('kinderbijslag') },
  { q: 'kinderbijslg', url: R('kinderbijslag') },
  { q: 'kindgebonden budget', url: R('kindgebonden-budget') },
  { q: 'alleenstaande ouderkop', url: R('kindgebonden-budget') },
  { q: 'alleenverdiener', url: R('tegemoetkoming-alleenverdieners') },
  { q: 'eigen bijdrage wmo', url: O('cak') },
  { q: 'kinderopvangtoeslag', url: R('kinderopvangtoeslag') },
  { q: 'toeslag kinderopvang', url: R('kinderopvangtoeslag') },
  { q: 'bijstandsuitkering', url: R('bijstand') },
  { q: 'aow te laag', url: R('aio') },
  { q: 'bijverdienen in de bijstand', url: R('werken-naast-bijstand') },
  { q: 'beschermd wonen eigen bijdrage', url: R('eigen-bijdrage-beschermd-wonen') },
  { q: 'uitkering', url: R('bijstand') },
  // Hoofdpagina's
  { q: 'waar heb ik recht op', url: '/check/' },
  { q: 'alle regelingen', url: '/regelingen/' },
  { q: 'privacy', url: '/privacy/' },
  // English
  { q: 'rent benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'child benefit', url: ER('kinderbijslag'), locale: 'en' },
  { q: 'healthcare benefit', url: ER('zorgtoeslag'), locale: 'en' },
  { q: 'childcare benefit', url: ER('kinderopvangtoeslag'), locale: 'en' },
  { q: 'social assistance', url: ER('bijstand'), locale: 'en' },
  { q: 'what am i entitled to', url: '/en/check/', locale: 'en' },

  // Added with issue 16: whole sentences as people type them, typos, compounds, English.
  { q: 'hoe vraag ik huurtoeslag aan', url: R('huurtoeslag') },
  { q: 'geld voor kinderen', url: R('kinderbijslag') },
  { q: 'huurtoeslag aanvrgen', url: R('huurtoeslag') },
  { q: 'zorgtoeslg', url: R('zorgtoeslag') },
  { q: 'bijstandsuitkring', url: R('bijstand') },
  { q: 'kinderopvangtoesalg', url: R('kinderopvangtoeslag') },
  { q: 'zorgpremie', url: R('zorgtoeslag') },
  { q: 'toeslag huur', url: R('huurtoeslag') },
  { q: 'hulp in mijn wijk', url: '/wijken/' },
  // Main pages and organisations by their names
  { q: 'wijken', url: '/wijken/' },
  { q: 'regelingen', url: '/regelingen/' },
  { q: 'svb', url: O('svb') },
  { q: 'dienst toeslagen', url: O('dienst-toeslagen') },
  // English
  { q: 'how do i apply for rent benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'healthcare allowence', url: ER('zorgtoeslag'), locale: 'en' },
  // English search terms of the entries themselves (translations/en/*): each of these found nothing useful before.
  { q: 'housing benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'welfare benefit', url: ER('bijstand'), locale: 'en' },
  { q: 'nursery costs', url: ER('kinderopvangtoeslag'), locale: 'en' },
  // Arabic, Turkish and Ukrainian (issue 13): the words people use in those languages, and the Dutch name from a letter.
  ...(['ar', 'tr', 'uk'] as const).flatMap((locale) => {
    const r = (slug: string) => `/${locale}/regelingen/${slug}/`;
    const words: Record<typeof locale, [string, string][]> = {
      ar: [['إعانة الإيجار', r('huurtoeslag')], ['التأمين الصحي', r('zorgtoeslag')], ['المساعدة الاجتماعية', r('bijstand')]],
      tr: [['kira yardımı', r('huurtoeslag')], ['çocuk parası', r('kinderbijslag')], ['sosyal yardım', r('bijstand')]],
      uk: [['допомога на оренду', r('huurtoeslag')], ['медичне страхування', r('zorgtoeslag')], ['соціальна допомога', r('bijstand')]],
    };
    return [...words[locale], ['huurtoeslag', r('huurtoeslag')] as [string, string]].map(([q, url]) => ({ q, url, locale }));
  }),
];

/** Hub pages that must come first for their own names, not only in the top 3. */
export const NATIONAL_FIRST: string[] = ['wijken', 'regelingen'];

/** One case of content/gemeenten/<id>/tests/zoekvragen.json. */
interface PackCaseJson {
  q: string;
  url?: string;
  pattern?: string;
  locale?: Locale;
  first?: boolean;
}

export interface PackCases {
  /** The file, relative to the project ("content/gemeenten/<id>/tests/zoekvragen.json"), or null when the pack has none. */
  file: string | null;
  cases: QualityCase[];
  first: string[];
  /** The set only grows: the file's own lower bound. */
  minimum: number;
}

/** The search cases of a pack; none when it has no zoekvragen.json (the national cases still run). */
export function packCases(pack: Pack, root = path.resolve(import.meta.dirname, '../..')): PackCases {
  const abs = path.join(pack.dir, 'tests', 'zoekvragen.json');
  if (!existsSync(abs)) return { file: null, cases: [], first: [], minimum: 0 };
  const file = path.relative(root, abs);
  const json = JSON.parse(readFileSync(abs, 'utf8')) as { minimum?: number; cases?: PackCaseJson[] };
  const cases = (json.cases ?? []).map((c, i): QualityCase => {
    if (typeof c.q !== 'string' || !c.q.trim() || (c.url === undefined) === (c.pattern === undefined)) {
      throw new Error(`${file} › cases[${i}] › needs "q" and exactly one of "url" or "pattern"`);
    }
    return { q: c.q, url: c.url ?? new RegExp(c.pattern as string), ...(c.locale ? { locale: c.locale } : {}) };
  });
  const first = (json.cases ?? []).filter((c) => c.first).map((c) => c.q);
  return { file, cases, first, minimum: json.minimum ?? 0 };
}

/** The cases for the pack under test ($GEMEENTE or the default pack): national plus the pack's own. */
export const PACK_CASES = packCases(selectedPack(path.resolve(import.meta.dirname, '../..')));
export const CASES: QualityCase[] = [...NATIONAL_CASES, ...PACK_CASES.cases];
export const FIRST: string[] = [...NATIONAL_FIRST, ...PACK_CASES.first];

/** Queries that must find nothing: no word of them means anything on this website. */
export const NONSENSE: { q: string; locale?: 'nl' | 'en' }[] = [
  { q: 'geen-bestaand-woord-xyz' }, { q: 'xqzwv' }, { q: 'asdfgh' }, { q: 'qwertyuiop' }, { q: 'blablabla' }, { q: 'zzzz' },
  { q: 'lorem ipsum dolor' }, { q: 'kjhgf lkjh' }, { q: 'xyz123' }, { q: 'asdfgh qwerty', locale: 'en' }, { q: 'no-such-word-xyz', locale: 'en' },
];
