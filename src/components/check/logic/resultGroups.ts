/**
 * The engine's results sorted into what the results screen, its summary, the announcement and the
 * printed sheet show: one function, so the screen, the screen reader and the paper count the same.
 * Pure: unit-tested in test/check/resultGroups.test.ts.
 */
import type { RegelingStatus, RuleResult } from '../../../lib/engine/types.ts';
import type { RegelingMeta } from './meta.ts';

export interface ResultGroups {
  /** What the household says it already gets. */
  receiving: RuleResult[];
  /** Apply for these now (new money first, deadlines first). */
  likely: RuleResult[];
  /** Ask about these: too little is known. */
  check: RuleResult[];
  /** Desks and services that help (kind 'hulp'), counted apart from the regelingen. */
  services: RuleResult[];
  unlikely: RuleResult[];
  /** Cannot apply to this household at all (no children, not at AOW age, no care): names only. */
  notApplicable: RuleResult[];
}

/**
 * What matters to this household first: regelingen with new money or a deadline before those
 * without; among those, a deadline first, then the highest amount; the engine's order otherwise.
 */
export function byWhatMatters(regelingen: Record<string, RegelingMeta | undefined>) {
  const weight = (r: RuleResult) => {
    const money = r.amount && r.amount.max > 0 ? 1 : 0;
    const deadline = regelingen[r.id]?.deadline ? 1 : 0;
    return { first: money || deadline ? 0 : 1, deadline: -deadline, amount: -(r.amount?.max ?? 0) };
  };
  return (a: RuleResult, b: RuleResult) => {
    const x = weight(a);
    const y = weight(b);
    return x.first - y.first || x.deadline - y.deadline || x.amount - y.amount;
  };
}

export function groupResults(results: RuleResult[], regelingen: Record<string, RegelingMeta | undefined>): ResultGroups {
  const all = results.filter((r) => regelingen[r.id]);
  const receiving = all.filter((r) => r.receiving);
  const rest = all.filter((r) => !r.receiving);
  const isHulp = (r: RuleResult) => regelingen[r.id]?.kind === 'hulp';
  const services = rest.filter((r) => isHulp(r) && r.status !== 'unlikely');
  // A desk that does not fit is listed with the regelingen that do not fit.
  const regelingenOnly = rest.filter((r) => !services.includes(r));
  const order = byWhatMatters(regelingen);
  const of = (st: RegelingStatus) => regelingenOnly.filter((r) => r.applicable && r.status === st).sort(order);
  return {
    receiving,
    likely: of('likely'),
    check: of('check'),
    services,
    unlikely: of('unlikely'),
    notApplicable: regelingenOnly.filter((r) => !r.applicable),
  };
}

/** New money per year: the likely regelingen with a yearly amount (what the household already gets never counts). */
export function newMoneyPerYear(likely: RuleResult[]): { min: number; max: number; mixedYears: boolean } | null {
  const counted = likely.filter((r) => r.amount && r.amount.per === 'year');
  const min = Math.round(counted.reduce((a, r) => a + (r.amount?.min ?? 0), 0));
  const max = Math.round(counted.reduce((a, r) => a + (r.amount?.max ?? 0), 0));
  return max > 0 ? { min, max, mixedYears: counted.some((r) => r.amount?.outdated) } : null;
}
