/**
 * Serialisable regeling/organisation/wijk data the check shows (built in buildMeta.ts).
 * Delivered in three parts, so the /check/ HTML stays small (issue 15):
 *  - CheckPageMeta: links and data URLs, an island prop;
 *  - CheckQuestionsData: all strings and the wijken, /check-data/<locale>/questions.json,
 *    preloaded with the page and loaded before the flow hydrates (CheckIsland.tsx);
 *  - CheckResultsData: regelingen and organisations, /check-data/<locale>/results.json,
 *    loaded with the engine chunk (loadEngine.ts).
 */
import type { FlowEnv } from './questions.ts';

export interface Txt {
  text: string;
  /** Set only when the text is in another language than the page (Dutch fallback). */
  lang?: string;
  /** Set when that language's direction differs from the page's (Dutch inside Arabic). */
  dir?: 'ltr' | 'rtl';
}
export interface OrgMeta {
  id: string;
  name: Txt;
  /** The Dutch name, when `name` is a translation (letters and phone calls use the Dutch name). */
  dutchName?: string;
  phone?: string;
  website?: string;
  address?: string;
  walkIn?: Txt;
  openingHours?: Txt;
  url: string;
}
export interface RegelingMeta {
  slug: string;
  title: Txt;
  /** The Dutch name, when `title` is a translation. */
  dutchTitle?: string;
  summary: Txt;
  apply: Txt;
  applyUrl?: string;
  documents: Txt[];
  /** "Wat heeft u nodig?" in words, when the regeling has no document list. */
  needs?: Txt;
  /** Until when, or within how long, to apply (content: regeling.deadline, sourced). */
  deadline?: Txt;
  repayment: 'nee' | 'mogelijk' | 'ja';
  repaymentNote?: Txt;
  /** Organisation ids (keys of CheckMeta.orgs) that help with applying. */
  helpers: string[];
  url: string;
  /** 'hulp': a desk or service that helps (shown apart from the regelingen in the results). */
  kind: 'regeling' | 'hulp';
  /** Organisation id (key of CheckMeta.orgs) that runs it, if known. */
  organisation?: string;
}
export interface WijkMeta {
  id: string;
  name: Txt;
  /** Organisation id (key of CheckMeta.orgs). */
  informatiepunt?: string;
  note?: Txt;
  url: string;
}
/** Skip-logic thresholds per period (src/lib/engine/thresholds.ts). */
export interface ThresholdMeta {
  from: string;
  until: string;
  skipIncome: { single: number; couple: number };
  aowAge: number;
  grossMatters?: FlowEnv['grossMatters'];
}
export interface CheckPageMeta {
  wijken: WijkMeta[];
  links: { regelingen: string; check: string; quick: string; privacy: string; wijken: string };
  /** Where the results data is: loaded with the engine. */
  resultsUrl: string;
  /** Skip-logic thresholds per period: the questions need them before the engine loads. */
  thresholds: ThresholdMeta[];
  /** The municipality the site is for (content/gemeenten/<id>/gemeente.yaml). */
  municipality: { name: string; phone: string };
}
export interface CheckQuestionsData {
  strings: Record<string, unknown>;
  wijken: WijkMeta[];
}
export interface CheckResultsData {
  regelingen: Record<string, RegelingMeta>;
  /** Every organisation referenced by the regelingen and the wijken, once. */
  orgs: Record<string, OrgMeta>;
  /** The informatiewinkels in general, when no wijk is given. */
  defaultHelp?: string;
  /** Texts only the results need ("Wat als er iets verandert?": `whatif`), merged into the check's strings. */
  strings?: Record<string, unknown>;
}
/** Everything the results show. */
export type CheckMeta = CheckPageMeta & CheckResultsData;

/** The skip-logic thresholds for a date (the last period when the date is past every period). */
export function envFor(meta: Pick<CheckPageMeta, 'thresholds'> & { municipality?: { name: string } }, date: string): FlowEnv {
  const t = meta.thresholds.find((p) => p.from <= date && date <= p.until) ?? meta.thresholds.at(-1);
  const municipality = meta.municipality ? { municipality: meta.municipality.name } : {};
  return t
    ? { skipIncome: t.skipIncome, aowAge: t.aowAge, grossMatters: t.grossMatters ?? null, ...municipality }
    : { skipIncome: { single: Infinity, couple: Infinity }, aowAge: 999, grossMatters: null, ...municipality };
}
