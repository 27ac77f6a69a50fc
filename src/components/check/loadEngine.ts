/**
 * Loads the engine, the rules, the norms and the results data (regeling texts, organisations)
 * on demand (own-site files only), so they are not part of the page's initial download.
 * Call `preloadEngine(url)` when the user starts.
 */
import type { CheckHousehold } from './logic/household.ts';
import type { CheckResultsData } from './logic/meta.ts';
import type { EvaluationResult, Locale } from '../../lib/engine/types.ts';

export type Evaluate = (household: CheckHousehold, locale: Locale) => EvaluationResult;
/** The loaded engine with the results data it was loaded with. */
export interface Engine {
  evaluate: Evaluate;
  data: CheckResultsData;
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

/** `resultsUrl`: the page's CheckPageMeta.resultsUrl (one locale per page). */
export function loadEngine(resultsUrl: string): Promise<Engine> {
  pending ??= Promise.all([import('../../lib/engine/index.ts'), import('./rulesData.ts'), fetchResultsData(resultsUrl)])
    .then(([engine, rules, data]) => {
      const evaluate: Evaluate = (household, locale) => {
        const parsed = engine.parseHousehold(household);
        const h = parsed.ok ? parsed.household : {};
        return engine.evaluateAll(h, rules.rules, rules.normSets, { locale });
      };
      loaded = { evaluate, data };
      return loaded;
    })
    .catch((err: unknown) => {
      pending = null;
      throw err;
    });
  return pending;
}

export function preloadEngine(resultsUrl: string): void {
  const first = !pending;
  loadEngine(resultsUrl)
    .then(({ evaluate }) => {
      // Warm up once (parsing and JIT) while the user is still answering, so the real results are quick.
      if (first) setTimeout(() => evaluate({ ...WARM_UP, referenceDate: new Date().toISOString().slice(0, 10) }, 'nl'), 0);
    })
    .catch(() => {
      /* shown when the results are needed */
    });
}

const WARM_UP: CheckHousehold = {
  referenceDate: '',
  municipality: 'amersfoort',
  members: [
    { role: 'applicant', age: 40, netMonthlyIncome: 1500, incomeSources: ['work'], student: false },
    { role: 'child', age: 8 },
  ],
  assets: 1000,
  housing: { type: 'rent', monthlyRent: 700 },
  yearsOnLowIncome: 5,
  hasDebts: false,
  caregiving: { hoursPerWeek: 0, months: 0, careRecipientInAmersfoort: null },
  hasPet: false,
  hasSpecialCosts: false,
  monthlyFixedCosts: null,
};
