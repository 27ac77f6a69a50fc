/**
 * Loads the engine, the rules and the norms on demand (own-site JS only), so they are
 * not part of the page's initial JavaScript. Call `preloadEngine()` when the user starts.
 */
import type { CheckHousehold } from './logic/household.ts';
import type { EvaluationResult, Locale } from '../../lib/engine/types.ts';

export type Evaluate = (household: CheckHousehold, locale: Locale) => EvaluationResult;

let pending: Promise<Evaluate> | null = null;
let loaded: Evaluate | null = null;

/** The engine if it has already loaded (so the results can render in the same frame). */
export function loadedEngine(): Evaluate | null {
  return loaded;
}

export function loadEngine(): Promise<Evaluate> {
  pending ??= Promise.all([import('../../lib/engine/index.ts'), import('./rulesData.ts')])
    .then(([engine, data]) => {
      const evaluate: Evaluate = (household, locale) => {
        const parsed = engine.parseHousehold(household);
        const h = parsed.ok ? parsed.household : {};
        return engine.evaluateAll(h, data.rules, data.normSets, { locale });
      };
      loaded = evaluate;
      return evaluate;
    })
    .catch((err: unknown) => {
      pending = null;
      throw err;
    });
  return pending;
}

export function preloadEngine(): void {
  const first = !pending;
  loadEngine()
    .then((evaluate) => {
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
