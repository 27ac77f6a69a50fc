/** Shapes shared by the index builder (build time), the search page island and the tests. */

export type SearchLocale = 'nl' | 'en';

export type DocType = 'regeling' | 'organisatie' | 'wijk' | 'pagina';

/**
 * One entry of the compact search index (src/pages/search-index/[locale].json.ts).
 * Short fields only: no body text.
 */
export interface SearchDoc {
  type: DocType;
  title: string;
  /** One line. */
  summary: string;
  url: string;
  /** Curated search terms and other short words people type (buurten, service names). */
  terms: string[];
  /** Set to "nl" when the title is the Dutch fallback on an English page. */
  titleLang?: 'nl';
  /** Set to "nl" when the summary is the Dutch fallback on an English page. */
  summaryLang?: 'nl';
}

export interface SearchHit {
  doc: SearchDoc;
  /** 0 = perfect, 1 = no match. */
  score: number;
}
