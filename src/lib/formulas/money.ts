/**
 * Exact money arithmetic for the toeslag formulas.
 *
 * Parameters are whole eurocents and percentages with at most three decimals (checked by the schema),
 * so `cents × percentage` is an exact integer in units of 1/100,000 cent ("scaled"). Sums of those stay
 * exact integers well below 2^53 (the largest product here is about 10^7 cents × 10^5), and rounding to
 * cents happens once, at the point the formula says. This avoids binary floating-point surprises such as
 * 0.65 × 265.94 = 172.86099999….
 */

/** A closed range of amounts in euros. `min === max` when the amount is exact. */
export interface Range {
  min: number;
  max: number;
}

/** Scaled units per cent. */
export const SCALE = 100_000;

/** A rate in thousandths of a percent: 13.73 % → 13730, so that cents × rate is `scaled`. */
export function rate(percent: number): number {
  return Math.round(percent * 1000);
}

/** `percent` of an amount in cents, in scaled units (exact). */
export function pctOf(cents: number, percent: number): number {
  return cents * rate(percent);
}

/** An amount in cents, in scaled units. */
export function scaled(cents: number): number {
  return cents * SCALE;
}

/** Rounds a non-negative scaled amount to cents, half a cent up. */
export function roundToCents(s: number): number {
  return Math.floor((s + SCALE / 2) / SCALE);
}

/** Rounds a non-negative scaled amount down to whole cents. */
export function floorToCents(s: number): number {
  return Math.floor(s / SCALE);
}

export function eurosToCents(euros: number): number {
  return Math.round(euros * 100);
}

export function centsToEuros(cents: number): number {
  return cents / 100;
}

/** A number or a range, as a range. Throws on negative, reversed or non-finite input (a programming error). */
export function toRange(x: number | Range, what: string): Range {
  const r = typeof x === 'number' ? { min: x, max: x } : x;
  if (!Number.isFinite(r.min) || !Number.isFinite(r.max)) throw new RangeError(`${what}: must be a finite number`);
  if (r.min < 0) throw new RangeError(`${what}: must not be negative`);
  if (r.min > r.max) throw new RangeError(`${what}: min (${r.min}) is above max (${r.max})`);
  return r;
}

/** Range of euros → range of cents. */
export function rangeToCents(r: Range): Range {
  return { min: eurosToCents(r.min), max: eurosToCents(r.max) };
}

/** The sum of ranges (for example the toetsingsinkomen of applicant and toeslagpartner). */
export function addRanges(...ranges: readonly Range[]): Range {
  let min = 0;
  let max = 0;
  for (const r of ranges) {
    min += eurosToCents(r.min);
    max += eurosToCents(r.max);
  }
  return { min: centsToEuros(min), max: centsToEuros(max) };
}

/** A yearly amount over an income range (and assets range): the two ends, since the amount falls with both. */
export interface YearlyOverRange<D> {
  perYear: Range;
  perMonth: Range;
  exact: boolean;
  /** The end with the highest amount (lowest income, lowest assets) and the one with the lowest. */
  highest: D;
  lowest: D;
}

export function yearlyOverIncome<D extends { perYear: number }>(
  income: number | Range,
  assets: number | Range | undefined,
  at: (incomeCents: number, assetsCents: number | null) => D,
  perMonth: (perYearEuros: number) => number,
): YearlyOverRange<D> {
  const i = rangeToCents(toRange(income, 'income'));
  const a = assets === undefined ? null : rangeToCents(toRange(assets, 'assets'));
  const highest = at(i.min, a?.min ?? null);
  const lowest = at(i.max, a?.max ?? null);
  return {
    perYear: { min: lowest.perYear, max: highest.perYear },
    perMonth: { min: perMonth(lowest.perYear), max: perMonth(highest.perYear) },
    exact: lowest.perYear === highest.perYear,
    highest,
    lowest,
  };
}
