/**
 * Loads the engine, the rules, parameters and norms, and the reason texts of the page's language
 * on demand (own-site JS only), so they are not part of the page's initial JavaScript.
 * Call `preloadEngine()` when the user starts.
 */
import type { Household } from '../../lib/engine/household.ts';
import type { EvaluationResult, HouseholdIssue, Locale, ParseResult } from '../../lib/engine/index.ts';
import type { IssuesOf } from './logic/plausibility.ts';

export interface Engine {
  evaluate(household: Household): EvaluationResult;
  /** An issue when the engine cannot calculate for the household's date. */
  dateIssue(household: Household): HouseholdIssue | null;
  /** Ids of the regelingen the engine knows. */
  regelingen: string[];
  /** The household contract's parser (Zod: it loads with the engine, not before the start). */
  parse(input: unknown): ParseResult;
  /** The contract's plausibility checks on the check's answers. */
  householdIssues: IssuesOf;
}

let pending: Promise<Engine> | null = null;
let loaded: Engine | null = null;
let pendingLocale: Locale = 'nl';

/** The engine if it has already loaded (so the results can render in the same frame). */
export function loadedEngine(): Engine | null {
  return loaded;
}

export function loadEngine(locale: Locale = pendingLocale): Promise<Engine> {
  pendingLocale = locale;
  pending ??= Promise.all([import('../../lib/engine/index.ts'), import('./rulesData.ts'), import('./logic/plausibility.ts')])
    .then(async ([engine, data, plausibility]) => {
      const templates = (await data.loadTemplates(locale)) as import('../../lib/engine/text.ts').Dict;
      const e: Engine = {
        evaluate: (household) => engine.evaluateAll(household, data.content, { locale, templates }),
        dateIssue: (household) => engine.dateIssue(data.content, engine.referenceDateOf(household)),
        regelingen: data.content.rules.map((r) => r.name),
        parse: (input) => engine.parseHousehold(input, { knownRegelingen: data.content.rules.map((r) => r.name) }),
        householdIssues: plausibility.householdIssues,
      };
      loaded = e;
      return e;
    })
    .catch((err: unknown) => {
      pending = null;
      throw err;
    });
  return pending;
}

export function preloadEngine(locale?: Locale): void {
  const first = !pending;
  loadEngine(locale)
    .then((engine) => {
      // Warm up once (parsing and JIT) while the user is still answering, so the real results are quick.
      if (first)
        setTimeout(() => {
          try {
            if (!engine.dateIssue(WARM_UP)) engine.evaluate(WARM_UP);
          } catch {
            /* a warm-up only */
          }
        }, 0);
    })
    .catch(() => {
      /* shown when the results are needed */
    });
}

const WARM_UP: Household = {
  municipality: 'Amersfoort',
  members: [
    { role: 'applicant', age: 40, netMonthlyIncome: 1500, incomeSources: ['work'], student: false },
    { role: 'child', age: 8 },
  ],
  assets: 1000,
  housing: { type: 'rent', monthlyRent: 700 },
  yearsOnLowIncome: { atLeast: 5 },
  hasDebts: false,
  hasPet: false,
  hasSpecialCosts: false,
};
