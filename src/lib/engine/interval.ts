/**
 * Intervals: how the engine carries numbers it knows only partly ("8 uur of meer", an income that
 * may or may not include holiday pay, a norm that is not yet published). A comparison with a
 * threshold is met, not met, or unknown when the interval straddles the threshold.
 * Pure; no rounding except where a caller asks for it.
 */

export interface Interval {
  lo: number;
  hi: number;
  /** The bound itself is excluded: (lo, … and …, hi). */
  loOpen?: boolean;
  hiOpen?: boolean;
}

/** A quantity as the household contract carries it: a number, or bounds of a range. */
export type Quantity = number | { atLeast?: number; moreThan?: number; atMost?: number; lessThan?: number };

export const exact = (x: number): Interval => ({ lo: x, hi: x });

export function isInterval(v: unknown): v is Interval {
  return typeof v === 'object' && v !== null && typeof (v as Interval).lo === 'number' && typeof (v as Interval).hi === 'number';
}

export const isExact = (i: Interval): boolean => i.lo === i.hi && !i.loOpen && !i.hiOpen;

/** A quantity from the household as an interval; `floor` is the lowest possible value (0 for amounts). */
export function fromQuantity(q: Quantity | null | undefined, floor = 0): Interval | undefined {
  if (q === null || q === undefined) return undefined;
  if (typeof q === 'number') return Number.isFinite(q) ? exact(q) : undefined;
  const out: Interval = { lo: floor, hi: Infinity };
  if (q.atLeast !== undefined) out.lo = q.atLeast;
  if (q.moreThan !== undefined && (q.atLeast === undefined || q.moreThan >= q.atLeast)) {
    out.lo = q.moreThan;
    out.loOpen = true;
  }
  if (q.atMost !== undefined) out.hi = q.atMost;
  if (q.lessThan !== undefined && (q.atMost === undefined || q.lessThan <= q.atMost)) {
    out.hi = q.lessThan;
    out.hiOpen = true;
  }
  return out;
}

export type Tri = 'met' | 'notMet' | 'unknown';

/** value ≤ t, value < t, value ≥ t, value > t for every value in the interval? */
export function compare(v: Interval, op: 'lessThanInclusive' | 'lessThan' | 'greaterThanInclusive' | 'greaterThan', t: number): Tri {
  switch (op) {
    case 'lessThanInclusive':
      if (v.hi <= t) return 'met';
      if (v.lo > t || (v.loOpen && v.lo >= t)) return 'notMet';
      return 'unknown';
    case 'lessThan':
      if (v.hi < t || (v.hiOpen && v.hi <= t)) return 'met';
      if (v.lo >= t) return 'notMet';
      return 'unknown';
    case 'greaterThanInclusive':
      if (v.lo >= t) return 'met';
      if (v.hi < t || (v.hiOpen && v.hi <= t)) return 'notMet';
      return 'unknown';
    case 'greaterThan':
      if (v.lo > t || (v.loOpen && v.lo >= t)) return 'met';
      if (v.hi <= t) return 'notMet';
      return 'unknown';
  }
}

/** Does every value of `a` lie at or below every value of `b`? (both intervals) */
export function compareIntervals(a: Interval, op: 'lessThanInclusive' | 'greaterThan', b: Interval): Tri {
  if (op === 'lessThanInclusive') {
    if (a.hi <= b.lo) return 'met';
    if (a.lo > b.hi) return 'notMet';
    return 'unknown';
  }
  if (a.lo > b.hi) return 'met';
  if (a.hi <= b.lo) return 'notMet';
  return 'unknown';
}

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi, loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen });
export const sub = (a: Interval, b: Interval): Interval => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });
/** Scale by a non-negative factor. */
export const scale = (a: Interval, k: number): Interval => ({ lo: a.lo * k, hi: a.hi * k, loOpen: a.loOpen, hiOpen: a.hiOpen });
/** a / b for positive b. */
export const div = (a: Interval, b: Interval): Interval => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });
export const max0 = (a: Interval): Interval => ({ lo: Math.max(0, a.lo), hi: Math.max(0, a.hi) });
export const sum = (xs: Interval[]): Interval => xs.reduce(add, exact(0));
export const hull = (a: Interval, b: Interval): Interval => ({ lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) });
/** Round both bounds to 6 decimals to remove floating-point noise. */
export const clean = (a: Interval): Interval => ({ ...a, lo: Math.round(a.lo * 1e6) / 1e6, hi: Math.round(a.hi * 1e6) / 1e6 });
