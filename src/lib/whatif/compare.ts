/**
 * Two situations side by side: per regeling the money before and after, the change per year, the
 * net change (income plus every regeling) and plain warnings where a change loses a regeling.
 * Pure; it only reads two EvaluationResults (and, for tight ranges, the same two evaluated in a few
 * "worlds": see index.ts).
 *
 * Money per regeling and situation:
 *   waarschijnlijk with an amount per year → that amount (a range stays a range)
 *   waarschijnlijk, one payment           → counted apart (not in the totals per year)
 *   waarschijnlijk, amount not known      → "bedrag onbekend" (not in the totals)
 *   bekijk of het past                    → maybe nothing, maybe the amount: not in the totals
 *   waarschijnlijk niet, niet van toepassing → nothing
 * What the household already receives counts like anything else: it is money in that situation.
 * A regeling that comes out exactly the same (status, amount and reasons) has no change.
 */
import type { EvaluationResult, RuleResult } from '../engine/types.ts';
import type { Range } from '../formulas/index.ts';

export type Money =
  | { kind: 'none' }
  | { kind: 'perYear'; range: Range }
  | { kind: 'once'; range: Range }
  | { kind: 'unknownAmount' }
  | { kind: 'uncertain' };

export function moneyOf(r: RuleResult): Money {
  if (!r.applicable || r.status === 'unlikely') return { kind: 'none' };
  if (r.status === 'check') return { kind: 'uncertain' };
  if (!r.amount) return { kind: 'unknownAmount' };
  const range = { min: r.amount.min, max: r.amount.max };
  return r.amount.per === 'once' ? { kind: 'once', range } : { kind: 'perYear', range };
}

export type RowChange =
  | { kind: 'same' }
  /** Counted in the totals. */
  | { kind: 'perYear'; range: Range }
  /** A one-off payment is won, lost or changes: shown, not counted per year. */
  | { kind: 'once' }
  /** A regeling whose amount is not known is won or lost. */
  | { kind: 'unknownAmount' }
  /** In one of the two situations we cannot say ("bekijk of het past"). */
  | { kind: 'uncertain' };

export interface Row {
  id: string;
  before: RuleResult;
  after: RuleResult;
  change: RowChange;
  /** Money before, nothing after. */
  lost: boolean;
  /** Money before, "bekijk of het past" after. */
  maybeLost: boolean;
  /** Nothing (or not sure) before, money after. */
  gained: boolean;
}

/** One consistent pair of situations. `work`: the change in net income per year (null: not known). */
export interface World {
  before: EvaluationResult;
  after: EvaluationResult;
  work: Range | null;
}

export type Warning =
  /** Money per year is lost: a regeling ends, or the decreases eat a large part of the extra income. `ids`: what goes down. */
  | { kind: 'cliff'; loss: Range; ids: string[] }
  /** Regelingen without a known amount, or one-off payments, end. */
  | { kind: 'lostOther'; ids: string[] }
  /** Regelingen that are no longer sure. */
  | { kind: 'maybeLost'; ids: string[] }
  /** More income, but less money in all. */
  | { kind: 'netNegative'; net: Range };

export interface Totals {
  work: Range | null;
  regelingen: Range;
  net: Range | null;
}

export interface Comparison extends Totals {
  rows: Row[];
  /** All decreases of counted regelingen together (≤ 0). */
  loss: Range;
  warnings: Warning[];
  /** The totals in each world (net = work + regelingen in each). */
  worlds: Totals[];
}

export interface CompareOptions {
  /** Which regelingen to compare (default: all). */
  include?: (id: string) => boolean;
  /**
   * A decrease of at least this share of the extra income is a cliff even when nothing ends entirely
   * (default 0.5: half of every extra euro gone).
   */
  heavyLossShare?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;
export const addRange = (a: Range, b: Range): Range => ({ min: round(a.min + b.min), max: round(a.max + b.max) });
const union = (a: Range | null, b: Range): Range => (a ? { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : b);
const ZERO: Range = { min: 0, max: 0 };

function sameResult(a: RuleResult, b: RuleResult): boolean {
  if (a.status !== b.status || a.applicable !== b.applicable || a.receiving !== b.receiving) return false;
  const x = a.amount;
  const y = b.amount;
  if (!!x !== !!y) return false;
  if (x && y && (x.min !== y.min || x.max !== y.max || x.kind !== y.kind || x.per !== y.per)) return false;
  return a.reasons.length === b.reasons.length && a.reasons.every((r, i) => r.text === b.reasons[i]?.text && r.status === b.reasons[i]?.status);
}

const valueOf = (m: Money): Range | null => (m.kind === 'none' ? ZERO : m.kind === 'perYear' ? m.range : null);

/** The change of one regeling in one world. */
export function changeOf(before: RuleResult, after: RuleResult): RowChange {
  if (sameResult(before, after)) return { kind: 'same' };
  const b = moneyOf(before);
  const a = moneyOf(after);
  if (b.kind === 'uncertain' || a.kind === 'uncertain') return { kind: 'uncertain' };
  // Both "waarschijnlijk" with no known amount: no change we can name.
  if (b.kind === 'unknownAmount' && a.kind === 'unknownAmount') return { kind: 'same' };
  if (b.kind === 'unknownAmount' || a.kind === 'unknownAmount') return { kind: 'unknownAmount' };
  if (b.kind === 'once' || a.kind === 'once') return { kind: 'once' };
  const vb = valueOf(b) as Range;
  const va = valueOf(a) as Range;
  if (vb.min === va.min && vb.max === va.max) return { kind: 'same' };
  // Within one world the amounts are as exact as the engine can make them; a range stays a range.
  return { kind: 'perYear', range: { min: round(va.min - vb.max), max: round(va.max - vb.min) } };
}

const RANK: Record<RowChange['kind'], number> = { perYear: 0, once: 1, unknownAmount: 1, uncertain: 2, same: 3 };

/**
 * Compares the situations. `shown` is the pair the page shows (statuses and amounts); `worlds` are
 * pairs with the uncertain incomes pinned to one value each (index.ts), so that a change of a range is
 * not the difference of two unrelated ranges. With no worlds, `shown` is the only one.
 */
export function compareSituations(shown: World, worlds: readonly World[] = [], options: CompareOptions = {}): Comparison {
  const include = options.include ?? (() => true);
  const all = worlds.length ? worlds : [shown];
  const afterById = (w: World) => new Map(w.after.results.map((r) => [r.id, r]));
  const worldAfter = all.map(afterById);
  const shownAfter = afterById(shown);

  const rows: Row[] = [];
  const perWorld: Range[][] = all.map(() => []);
  for (const before of shown.before.results) {
    if (!include(before.id)) continue;
    const after = shownAfter.get(before.id);
    if (!after) continue;
    // The row's change over every world: a kind that is not a number in one world is that kind for all.
    const changes = all.map((w, k) => {
      const b = w.before.results.find((r) => r.id === before.id);
      const a = worldAfter[k]?.get(before.id);
      return b && a ? changeOf(b, a) : ({ kind: 'uncertain' } as RowChange);
    });
    let change: RowChange;
    if (changes.every((c) => c.kind === 'same')) change = { kind: 'same' };
    else if (changes.some((c) => c.kind === 'uncertain')) change = { kind: 'uncertain' };
    else if (changes.some((c) => c.kind === 'unknownAmount')) change = { kind: 'unknownAmount' };
    else if (changes.some((c) => c.kind === 'once')) change = { kind: 'once' };
    else {
      let range: Range | null = null;
      changes.forEach((c, k) => {
        const r = c.kind === 'perYear' ? c.range : ZERO;
        perWorld[k]?.push(r);
        range = union(range, r);
      });
      change = { kind: 'perYear', range: range as unknown as Range };
    }
    const mb = moneyOf(before);
    const ma = moneyOf(after);
    const hasMoney = (m: Money) => (m.kind === 'perYear' && m.range.max > 0) || m.kind === 'once' || m.kind === 'unknownAmount';
    rows.push({
      id: before.id,
      before,
      after,
      change,
      lost: hasMoney(mb) && ma.kind === 'none',
      maybeLost: hasMoney(mb) && ma.kind === 'uncertain',
      gained: (mb.kind === 'none' || mb.kind === 'uncertain') && hasMoney(ma),
    });
  }

  // Totals per world: net = work + the counted changes, in each world; over the worlds, the widest.
  const worldTotals: Totals[] = all.map((w, k) => {
    const regelingen = (perWorld[k] ?? []).reduce(addRange, ZERO);
    return { work: w.work, regelingen, net: w.work ? addRange(w.work, regelingen) : null };
  });
  const worldLoss: Range[] = all.map((_, k) =>
    (perWorld[k] ?? []).reduce((acc, r) => addRange(acc, { min: Math.min(0, r.min), max: Math.min(0, r.max) }), ZERO),
  );
  const spread = (pick: (t: Totals) => Range | null): Range | null => {
    let out: Range | null = null;
    for (const t of worldTotals) {
      const r = pick(t);
      if (!r) return null;
      out = union(out, r);
    }
    return out;
  };
  const work = spread((t) => t.work);
  const regelingen = spread((t) => t.regelingen) ?? ZERO;
  const net = spread((t) => t.net);
  const loss = worldLoss.reduce<Range | null>((a, r) => union(a, r), null) ?? ZERO;

  rows.sort((a, b) => {
    const lost = Number(b.lost) - Number(a.lost);
    if (lost) return lost;
    const rank = RANK[a.change.kind] - RANK[b.change.kind];
    if (rank) return rank;
    if (a.change.kind === 'perYear' && b.change.kind === 'perYear') return a.change.range.min + a.change.range.max - (b.change.range.min + b.change.range.max);
    return 0;
  });

  const warnings: Warning[] = [];
  const incomeUp = !!work && work.min > 0;
  const decreased = rows.filter((r) => r.change.kind === 'perYear' && r.change.range.max < 0);
  const heavy = incomeUp && !!work && -loss.max >= (options.heavyLossShare ?? 0.5) * work.min;
  if (decreased.length > 0 && loss.max < 0 && (rows.some((r) => r.lost) || heavy)) warnings.push({ kind: 'cliff', loss, ids: decreased.map((r) => r.id) });
  const lostOther = rows.filter((r) => r.lost && (r.change.kind === 'unknownAmount' || r.change.kind === 'once'));
  if (lostOther.length) warnings.push({ kind: 'lostOther', ids: lostOther.map((r) => r.id) });
  const maybe = rows.filter((r) => r.maybeLost);
  if (maybe.length) warnings.push({ kind: 'maybeLost', ids: maybe.map((r) => r.id) });
  if (incomeUp && net && net.max < 0) warnings.push({ kind: 'netNegative', net });

  return { rows, work, regelingen, net, loss, warnings, worlds: worldTotals };
}
