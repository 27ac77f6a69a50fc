/**
 * Eligibility engine: public API. Pure TypeScript, runs in the browser and in Node.
 * Load it lazily in the browser (dynamic import) together with src/lib/engine/content.ts.
 */
import { deriveFacts } from './facts.ts';
import { evaluateRule } from './evaluate.ts';
import type { EvaluationResult, Household, Locale, NormSet, Rule } from './types.ts';

export { deriveFacts, selectNormSet, FACTS } from './facts.ts';
export type { FactName, FactInfo } from './facts.ts';
export { evaluateRule, evaluateCondition, amountFor } from './evaluate.ts';
export { parseHousehold } from './parse.ts';
export type { ParseResult, HouseholdError } from './parse.ts';
export { aowAgeOn, hasReachedAowAge } from './aow.ts';
export type * from './types.ts';

/** Today's date as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface EvaluateOptions {
  locale?: Locale;
  /** Used when the household has no referenceDate; default today. */
  referenceDate?: string;
}

/**
 * Evaluates every rule for a parsed household (use parseHousehold first on untrusted input).
 * The reference date is the household's, else options.referenceDate, else today.
 */
export function evaluateAll(household: Household, rules: readonly Rule[], normSets: readonly NormSet[], options: EvaluateOptions = {}): EvaluationResult {
  const referenceDate = household.referenceDate ?? options.referenceDate ?? today();
  const facts = deriveFacts(household, normSets, referenceDate);
  return {
    referenceDate,
    results: rules.map((r) => evaluateRule(r, facts, { locale: options.locale ?? 'nl' })),
  };
}
