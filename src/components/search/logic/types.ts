/** Shapes shared by the index builder (build time), the search page island and the tests. */
import type { Locale } from '../../../schemas/common.ts';

export type SearchLocale = Locale;

export type DocType = 'regeling' | 'organisatie' | 'wijk' | 'pagina';

/**
 * One entry of the compact search index (src/pages/search-index/[locale].json.ts).
 * Short fields, plus the distinct words of the page text as a weak signal.
 */
export interface SearchDoc {
  type: DocType;
  title: string;
  /** One line. */
  summary: string;
  url: string;
  /** Curated search terms and other short words people type (service names, addresses). */
  terms: string[];
  /**
   * Other names of the entry besides its title: synonyms of a main page ("carers" for
   * /en/carers/), the buurten of a wijk. A query that is exactly a name puts the entry first.
   */
  names?: string[];
  /** Distinct words of the page text that are not in the fields above (space-separated, normalised). */
  words?: string;
  /** A wijk page (not one of its services): its title and names are place names. */
  place?: true;
  /** A regeling: the organisation that runs it. A result names it; the two are shown as one. */
  org?: { title: string; url: string; lang?: 'nl' };
  /** Set to "nl" when the title is the Dutch fallback on another language's page. */
  titleLang?: 'nl';
  /** Set to "nl" when the summary is the Dutch fallback on another language's page. */
  summaryLang?: 'nl';
}

export interface SearchHit {
  doc: SearchDoc;
  /** 0 = perfect, 1 = no match. */
  score: number;
  /** The organisation (doc.org) also matched and is shown in this result instead of on its own. */
  orgMerged?: true;
}

export interface SearchResults {
  /** The best hits, at most the limit asked for. */
  hits: SearchHit[];
  /** How many entries match in all (may be more than hits.length). */
  total: number;
}
