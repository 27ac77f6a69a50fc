/**
 * Loads the engine, the rules, parameters and norms, the reason texts of the page's language and
 * the results data (regeling texts, organisations) on demand (own-site files only), so they are
 * not part of the page's initial download. Call `preloadEngine()` when the user starts.
 */
import type { Household } from '../../lib/engine/household.ts';
import type { BelastingValues, EvaluationResult, HouseholdIssue, Income, Locale, ParseResult } from '../../lib/engine/index.ts';
import type { CheckResultsData } from './logic/meta.ts';
import type { IssuesOf } from './logic/plausibility.ts';

/** The loaded engine with the results data it was loaded with. */
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
  /** Regeling texts and organisations of the page's language. */
  data: CheckResultsData;
  /** Each adult's toetsingsinkomen as the toeslagen use it (for "Wat als er iets verandert?"). */
  incomes(household: Household): Income[] | undefined;
  /** The income tax figures on a date (for hours of work → net), null when not known. */
  taxValues(date: string): BelastingValues | null;
  /** The year of those tax figures (the last known year after the last file). */
  taxYear(date: string): string | null;
}

/** Where the engine's page-specific parts are: the page's language and its results data (CheckPageMeta.resultsUrl). */
export interface EngineSource {
  locale: Locale;
  resultsUrl: string;
}

let pending: Promise<Engine> | null = null;
let loaded: Engine | null = null;

/** The engine if it has already loaded (so the results can render in the same frame). */
export function loadedEngine(): Engine | null {
  return loaded;
}

async function fetchResultsData(url: string): Promise<CheckResultsData> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`check results data: HTTP ${r.status}`);
  return (await r.json()) as CheckResultsData;
}

/** One page has one language: the first source wins. */
export function loadEngine({ locale, resultsUrl }: EngineSource): Promise<Engine> {
  pending ??= Promise.all([import('../../lib/engine/index.ts'), import('./rulesData.ts'), import('./logic/plausibility.ts'), fetchResultsData(resultsUrl)])
    .then(async ([engine, rules, plausibility, data]) => {
      const [templates] = await Promise.all([rules.loadTemplates(locale) as Promise<import('../../lib/engine/text.ts').Dict>, rules.loadRuleTexts(locale)]);
      const known = rules.content.rules.map((r) => r.name);
      const e: Engine = {
        evaluate: (household) => engine.evaluateAll(household, rules.content, { locale, templates }),
        dateIssue: (household) => engine.dateIssue(rules.content, engine.referenceDateOf(household)),
        regelingen: known,
        parse: (input) => engine.parseHousehold(input, { knownRegelingen: known }),
        householdIssues: plausibility.householdIssues,
        data,
        incomes: (household) => engine.incomesOf(household, rules.content),
        taxValues: (date) => engine.taxValuesOn(rules.content, date),
        taxYear: (date) => engine.taxYearOn(rules.content, date),
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

export function preloadEngine(source: EngineSource): void {
  const first = !pending;
  loadEngine(source)
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

/** A typical household, evaluated once in the background so the first real answer is quick. */
const WARM_UP: Household = {
  municipality: null,
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
