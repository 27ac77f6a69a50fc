/**
 * Eligibility engine: public API. Pure TypeScript, runs in the browser and in Node.
 * Load it lazily in the browser (dynamic import) with the content (rules, norm sets, parameters)
 * and the reason templates of the page's language.
 */
import { buildContext } from './facts.ts';
import { adultIncomes, type Income } from './toeslagen.ts';
import { parameterFilesFrom, resolveValues, selectParameters, type BelastingValues } from '../formulas/index.ts';
import { evaluateRule } from './evaluate.ts';
import type { HouseholdIssue } from './household.ts';
import { selectNorms } from './norms.ts';
import type { ReasonTemplates } from './reasons.ts';
import type { EngineContent, EvaluationResult, Household, Locale } from './types.ts';

export { buildContext, getFact, FACTS, FACT_NAMES, factDef } from './facts.ts';
export type { FactName, FactInfo, Ctx } from './facts.ts';
export { evaluateRule, evaluateCondition, evaluateLeaf, amountFor } from './evaluate.ts';
export { parseHousehold, householdSchema, LIMITS } from './household.ts';
export type { ParseResult, HouseholdIssue, HouseholdInput } from './household.ts';
export { issueText } from './householdErrors.ts';
export { aowAgeOn, hasReachedAowAge } from './aow.ts';
export { selectNorms, lastAllowedDate } from './norms.ts';
export type { ReasonTemplates } from './reasons.ts';
export type * from './types.ts';
export type { Income } from './toeslagen.ts';
export type { BelastingValues } from '../formulas/index.ts';

/** Today's date as YYYY-MM-DD in local time (never used by tests: they pass a date). */
export function today(): string {
  const d = new Date();
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export interface EvaluateOptions {
  locale?: Locale;
  /** Used when the household has no referenceDate; default today. */
  referenceDate?: string;
  /** Reason templates of the locale (src/i18n/<locale>/reasons.json). */
  templates: ReasonTemplates;
}

/** The reference date a household is evaluated for. */
export function referenceDateOf(household: Household, options: { referenceDate?: string } = {}): string {
  return household.referenceDate ?? options.referenceDate ?? today();
}

/** An issue when the engine cannot calculate for this date (before the first norm set, or too far after the last). */
export function dateIssue(content: EngineContent, date: string): HouseholdIssue | null {
  const s = selectNorms(content.normSets, date);
  return s.ok ? null : { path: 'referenceDate', code: s.code, params: s.params };
}

/**
 * Evaluates every rule for a parsed household (use parseHousehold first on untrusted input, and
 * dateIssue for the date). The reference date is the household's, else options.referenceDate, else today.
 */
export function evaluateAll(household: Household, content: EngineContent, options: EvaluateOptions): EvaluationResult {
  const referenceDate = referenceDateOf(household, options);
  const c = buildContext(household, content, referenceDate);
  if (!c.norms.ok) throw new Error(`${c.norms.code}: ${referenceDate}`);
  const opts = { locale: options.locale ?? 'nl', templates: options.templates };
  return {
    referenceDate,
    norms: { validFrom: c.norms.set.validFrom, validUntil: c.norms.set.validUntil, provisional: c.norms.provisional },
    results: content.rules.map((r) => evaluateRule(r, c, opts)),
  };
}

/** Each adult's toetsingsinkomen per year as the toeslagen use it (given gross, a range from the net, or unknown). */
export function incomesOf(household: Household, content: EngineContent, options: { referenceDate?: string } = {}): Income[] | undefined {
  return adultIncomes(buildContext(household, content, referenceDateOf(household, options)));
}

/** The income tax figures valid on a date (the newest ones after the last file), or null when they are not known. */
export function taxValuesOn(content: EngineContent, date: string): BelastingValues | null {
  return taxOn(content, date)?.values ?? null;
}

/** The year of the income tax figures used on a date (after the last file: that file's year, not the date's). */
export function taxYearOn(content: EngineContent, date: string): string | null {
  return taxOn(content, date)?.from.slice(0, 4) ?? null;
}

function taxOn(content: EngineContent, date: string): { values: BelastingValues; from: string } | null {
  try {
    const sel = selectParameters(parameterFilesFrom(content.parameters).belasting, date);
    const r = resolveValues(sel.file.parameters);
    return r.ok ? { values: r.values, from: sel.validFrom } : null;
  } catch {
    return null;
  }
}
