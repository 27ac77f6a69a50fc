/**
 * Loads the engine, the rules and the norms on demand (own-site JS only), so they are
 * not part of the page's initial JavaScript. Call `preloadEngine()` when the user starts.
 */
import type { CheckHousehold } from './logic/household.ts';
import type { EvaluationResult, Locale } from '../../lib/engine/types.ts';

export type Evaluate = (household: CheckHousehold, locale: Locale) => EvaluationResult;

let pending: Promise<Evaluate> | null = null;

export function loadEngine(): Promise<Evaluate> {
  pending ??= Promise.all([import('../../lib/engine/index.ts'), import('./rulesData.ts')])
    .then(([engine, data]) => {
      const evaluate: Evaluate = (household, locale) => {
        const parsed = engine.parseHousehold(household);
        const h = parsed.ok ? parsed.household : {};
        return engine.evaluateAll(h, data.rules, data.normSets, { locale });
      };
      return evaluate;
    })
    .catch((err: unknown) => {
      pending = null;
      throw err;
    });
  return pending;
}

export function preloadEngine(): void {
  loadEngine().catch(() => {
    /* shown when the results are needed */
  });
}
