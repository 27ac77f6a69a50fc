/**
 * Shared test setup: the engine's content and reason templates as the CLI loads them, and the
 * check's skip-logic thresholds for a date. Every test passes its own reference date: nothing
 * here depends on today's date.
 */
import { evaluateAll, parseHousehold, type EvaluationResult, type Household } from '../src/lib/engine/index.ts';
import { thresholdPeriods } from '../src/lib/engine/thresholds.ts';
import { envFor } from '../src/components/check/logic/meta.ts';
import type { FlowEnv } from '../src/components/check/logic/questions.ts';
import { loadEngineContent, loadNamespace, loadTemplates } from '../scripts/lib/engineContent.ts';

export const CONTENT = loadEngineContent();
export const TEMPLATES = { nl: loadTemplates('nl'), en: loadTemplates('en') };
export const HOUSEHOLD_STRINGS = { nl: loadNamespace('nl', 'household'), en: loadNamespace('en', 'household') };
export const CHECK_STRINGS = { nl: loadNamespace('nl', 'check'), en: loadNamespace('en', 'check') };
export const THRESHOLDS = thresholdPeriods(CONTENT);

/** The date most tests are for: inside the last sourced norm set. */
export const DATE = '2026-11-23';
/** A date past the last norm set: the engine is provisional. */
export const DATE_2027 = '2027-01-05';

export function envOn(date: string): FlowEnv {
  return envFor({ thresholds: THRESHOLDS, municipality: CONTENT.municipality }, date);
}
export const ENV = envOn(DATE);

/** Parses (the contract) and evaluates every rule; throws with the issues when the household is invalid. */
export function evaluate(h: unknown, options: { date?: string; locale?: 'nl' | 'en' } = {}): EvaluationResult {
  const p = parseHousehold(h, { knownRegelingen: CONTENT.rules.map((r) => r.name) });
  if (!p.ok) throw new Error(`invalid household: ${JSON.stringify(p.issues)}`);
  const locale = options.locale ?? 'nl';
  return evaluateAll(p.household, CONTENT, { locale, templates: TEMPLATES[locale], referenceDate: options.date ?? DATE });
}

export function byId(r: EvaluationResult) {
  return Object.fromEntries(r.results.map((x) => [x.id, x]));
}

export type { Household };
