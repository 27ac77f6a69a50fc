/**
 * Types of the eligibility engine. Pure TypeScript: runs in the browser and in Node.
 * See docs/rules.md for the household format, the rule format and the fact catalog.
 */

export const ROLES = ['applicant', 'partner', 'child'] as const;
export type Role = (typeof ROLES)[number];

export const INCOME_SOURCES = ['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export const HOUSING_TYPES = ['rent', 'own', 'lodger', 'institution', 'homeless'] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];

/** One person in the household. Absent or null means "unknown". */
export interface Member {
  role: Role;
  age?: number | null;
  netMonthlyIncome?: number | null;
  incomeSources?: IncomeSource[] | null;
  student?: boolean | null;
}

/** What a household told us. Every field is optional; absent or null means "unknown". */
export interface Household {
  referenceDate?: string | null;
  municipality?: string | null;
  members?: Member[] | null;
  assets?: number | null;
  housing?: { type?: HousingType | null; monthlyRent?: number | null } | null;
  yearsOnLowIncome?: number | null;
  hasDebts?: boolean | null;
  caregiving?: { hoursPerWeek?: number | null; months?: number | null; careRecipientInAmersfoort?: boolean | null } | null;
  /** Added by the engine: the household has a pet (dierenregeling). */
  hasPet?: boolean | null;
  /** Added: the household has necessary, unforeseen costs from special circumstances (bijzondere bijstand). */
  hasSpecialCosts?: boolean | null;
  /** Added: fixed costs per month (rent, energy, insurance, …), for the voedselbank leefgeld. */
  monthlyFixedCosts?: number | null;
}

export type Locale = 'nl' | 'en';
export type Text = { nl: string; en: string };

export type FactValue = number | boolean | string | undefined;
export type Facts = Record<string, FactValue>;

export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
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
  /** notMet may be left out when ifNotMet is "unknown" (it is never shown then). */
  reason: { met: Text; notMet?: Text; unknown: Text };
  /** "unknown": this condition can only confirm; when it is not met the answer is "unknown", not "not met". */
  ifNotMet?: 'unknown';
}
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** A condition inside an amount case: a leaf without reasons. */
export type AmountCondition =
  | { fact: string; operator: Operator; value: unknown }
  | { all: AmountCondition[] }
  | { any: AmountCondition[] }
  | { not: AmountCondition };

export interface AmountCase {
  when?: AmountCondition;
  /** Fixed amount per year for this case. */
  perYear?: number;
  /** Plus, for each entry, the numeric fact times the amount (e.g. per child in an age band). */
  perUnit?: { fact: string; amount: number }[];
}

export interface Amount {
  /** The first case whose `when` is met gives the amount. Unknown before a match gives no amount. */
  cases: AmountCase[];
  /** Year (or period) the figures are for. */
  period: string;
  /** Is the amount a fixed sum or a maximum? */
  kind: 'fixed' | 'maximum' | 'indicative';
  note: Text;
  source: { url: string; title: string };
}

export interface Rule {
  name: string;
  conditions: TopLevelCondition;
  event: { type: 'eligible'; params: { regeling: string } };
  noConditionsReason?: Text;
  amount?: Amount;
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
  vermogensgrenzen: { alleenstaande: number; alleenstaandeOuder: number; paar: number };
  toeslagen: {
    zorgtoeslagIncomeLimitYearly: LimitPair;
    zorgtoeslagAssetLimit: LimitPair;
    huurtoeslagAssetLimit: LimitPair;
    kindgebondenBudgetAssetLimit: LimitPair;
  };
  voedselbank: { basePerMonth: number; perPersonPerMonth: number; note: string };
  notes?: string[];
}

export type LeafStatus = 'met' | 'notMet' | 'unknown';
export type RegelingStatus = 'likely' | 'check' | 'unlikely';

export interface Reason {
  status: LeafStatus;
  text: string;
}

export interface RuleResult {
  id: string;
  status: RegelingStatus;
  reasons: Reason[];
  amountPerYear: number | null;
}

export interface EvaluationResult {
  referenceDate: string;
  results: RuleResult[];
}
