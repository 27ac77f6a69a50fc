/**
 * Types of the eligibility engine. Pure TypeScript: runs in the browser and in Node.
 * The household type comes from the contract in household.ts; see docs/rules.md for the rule
 * format, the fact catalog and the reason templates.
 */
import type { Interval } from './interval.ts';

export type { Household, Member, Role, IncomeSource, HousingType, CareFor } from './household.ts';
export { ROLES, INCOME_SOURCES, HOUSING_TYPES, CARE_FOR } from './household.ts';

/** Languages come from the one locale table (src/i18n/locales.ts); type-only import, so the engine stays dependency-free. */
export type { Locale } from '../../i18n/locales.ts';
import type { Locale, SourceLocale } from '../../i18n/locales.ts';
/** Text in the languages of the locale table; the source language (Dutch) is always there. */
export type Text = { [L in SourceLocale]: string } & { [L in Locale]?: string };

/** A fact's value: an interval for numbers, a boolean, a string, or undefined (unknown). */
export type FactValue = Interval | boolean | string | undefined;

export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface LeafCondition {
  fact: string;
  operator: Operator;
  value: unknown;
  /** Parameters of a parameterised fact (e.g. `{ "base": "inclVT" }` for the income test). */
  params?: Record<string, unknown>;
  /** "unknown": this condition can only confirm; when it is not met the answer is "unknown", not "not met". */
  ifNotMet?: 'unknown';
  /** Replaces the fact's own template for this rule, per outcome. */
  reason?: Partial<Record<'met' | 'notMet' | 'unknown', Text>>;
  /** Added after the fact's sentence when the condition is not met (why it matters for this regeling). */
  because?: Text;
}
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] };

/** A condition inside an amount case: a leaf without reasons. */
export type AmountCondition =
  | { fact: string; operator: Operator; value: unknown; params?: Record<string, unknown> }
  | { all: AmountCondition[] }
  | { any: AmountCondition[] }
  | { not: AmountCondition };

export interface AmountCase {
  when?: AmountCondition;
  /** Fixed amount for this case (per year, or once for kind `once`). */
  perYear?: number;
  /** Plus, for each entry, the numeric fact times the amount (e.g. per child in an age band). */
  perUnit?: { fact: string; amount: number }[];
}

export type AmountKind = 'exact' | 'estimate' | 'maximum' | 'fixed';

/** A rule's amount: cases on facts (fixed sums), or a formula fact (toeslagen). */
export interface RuleAmount {
  cases?: AmountCase[];
  /** A fact whose value (an interval in euros per year) is the amount. */
  fromFact?: string;
  kind: AmountKind;
  /** `year`: per year; `once`: one payment. */
  per?: 'year' | 'once';
  /** The period the figures belong to, as dates. */
  period: { from: string; until: string };
  note: Text;
  source: { url: string; title: string };
}

export interface Rule {
  name: string;
  /** Where the conditions come from: law, regulation or the scheme's own page. */
  sources: { url: string; title: string; note?: string }[];
  /** Conditions that decide whether the regeling can apply at all (children, AOW age, care, place). */
  appliesTo?: { all: Condition[] };
  conditions: TopLevelCondition;
  noConditionsReason?: Text;
  amount?: RuleAmount;
}

export type NormKey =
  | 'alleenstaande-21-aow'
  | 'paar-21-aow'
  | 'alleenstaande-aow'
  | 'paar-aow'
  | 'alleenstaande-18-20'
  | 'paar-18-20-zonder-kinderen'
  | 'paar-18-20-met-kinderen'
  | 'paar-18-20-en-21-zonder-kinderen'
  | 'paar-18-20-en-21-met-kinderen';

export const NORM_KEYS: readonly NormKey[] = [
  'alleenstaande-21-aow',
  'paar-21-aow',
  'alleenstaande-aow',
  'paar-aow',
  'alleenstaande-18-20',
  'paar-18-20-zonder-kinderen',
  'paar-18-20-met-kinderen',
  'paar-18-20-en-21-zonder-kinderen',
  'paar-18-20-en-21-met-kinderen',
];

export interface LimitPair {
  single: number;
  partner: number;
}

/** One dated norm set: content/normen/<validFrom>.json. */
export interface NormSet {
  validFrom: string;
  validUntil: string;
  description: string;
  sources: { url: string; title: string; note?: string }[];
  /** Net bijstandsnormen per month, including vakantietoeslag, without kostendelersnorm. */
  bijstandsnormenInclVakantietoeslag: Record<NormKey, number>;
  /** Norm excl. VT = norm incl. VT × this factor. */
  vakantietoeslagFactor: number;
  vakantietoeslagNote: string;
  vermogensgrenzen: { alleenstaande: number; alleenstaandeOuder: number; paar: number; eigenWoning?: number };
  inrichting: { alleenstaande: number; paar: number; verhoging: { alleenstaande: number; paar: number }; note: string };
  toeslag18Tot20: { bedrag: number; note: string };
  indexatie: { maxPerJaarProcent: number; note: string; sources: { url: string; title: string }[] };
  notes?: string[];
}

/** Parameters of one regeling valid from a date: content/regelingen/<slug>/<validFrom>.json. */
export interface ParameterFile {
  regeling: string;
  validFrom: string;
  validUntil: string;
  provisional: boolean;
  description?: string;
  /** Each parameter with its value (eurocent or percent; null = not known), source and confidence. */
  parameters: Record<string, { value: number | null; unit: 'eurocent' | 'percent'; source: { url: string; title: string }; confidence: 'H' | 'M' | 'L'; note?: string }>;
}

export type LeafStatus = 'met' | 'notMet' | 'unknown';
export type RegelingStatus = 'likely' | 'check' | 'unlikely';

export interface Reason {
  status: LeafStatus;
  text: string;
  /** The fact the reason is about (for tests and grouping). */
  fact: string;
  /** Where the fact's value lies: 'atMost', 'above', 'true', 'false', 'value', 'unknown', … */
  relation: string;
  /** The threshold the relation is about, in the fact's own unit (a percentage of the norm excl. VT for income). */
  limit?: number;
}

export interface ResultAmount {
  min: number;
  max: number;
  kind: AmountKind;
  per: 'year' | 'once';
  period: { from: string; until: string };
  /** The period does not cover the reference date: an older (or provisional) amount. */
  outdated: boolean;
  /** The figures for the period are not all published yet (a provisional parameter file). */
  provisional?: boolean;
  source: { url: string; title: string };
  note?: string;
}

export interface RuleResult {
  id: string;
  status: RegelingStatus;
  /** False when the regeling cannot apply to this household at all ("Niet voor uw situatie"). */
  applicable: boolean;
  /** The household says it already receives this regeling. */
  receiving: boolean;
  reasons: Reason[];
  amount: ResultAmount | null;
  /** Compatibility: the amount per year when it is one number, else null. */
  amountPerYear: number | null;
}

export interface NormInfo {
  validFrom: string;
  validUntil: string;
  /** The reference date is after the last sourced norm set: its amounts are used until new ones are known. */
  provisional: boolean;
}

export interface EvaluationResult {
  referenceDate: string;
  norms: NormInfo;
  results: RuleResult[];
}

/** Everything the engine evaluates against, as loaded from content/. */
export interface EngineContent {
  rules: Rule[];
  normSets: NormSet[];
  parameters: ParameterFile[];
  /** The municipality of the pack (content/gemeenten/<id>/gemeente.yaml). */
  municipality: { name: string; places: string[]; phone: string; cbsCode?: string | null };
}
