/**
 * More or less work, in money: from hours and an hourly wage to gross and net per year, and from a
 * net amount per month to the gross change the toeslagen see. Uses the income tax of the date
 * (src/lib/formulas/inkomstenbelasting.ts, the law's own computation; docs/formulas.md).
 *
 *   extra gross per year (hours) = hours per week × gross hourly wage × 52 weeks × (1 + holiday allowance)
 *   extra net per year (amount)  = 12 × the net per month × (1 + holiday allowance)
 *   holiday allowance            = 8 % of the wage (vakantiebijslag, Wet minimumloon en
 *                                  minimumvakantiebijslag art. 15; a cao can give more)
 *   net change                   = net(gross + extra) − net(gross), the extra counted as wages
 *                                  (arbeidskorting), for the adult whose work changes
 *
 * The Zvw contribution is left out on both sides: employers pay it on wages, and on other income it is
 * the same before and after. The monthly net for the engine (without holiday pay, like the check asks)
 * is the yearly net change / (12 × (1 + holiday allowance)).
 */
import { netFromGross, type BelastingValues, type Range } from '../formulas/index.ts';

/** Weeks of work per year for an hourly wage. */
export const WEEKS_PER_YEAR = 52;

/** How the adult's current income is taxed. `work`: which part of it is wages (arbeidskorting). */
export interface WorkTax {
  aowAge: boolean;
  /** 'all': all current income is wages; 'none': none is; 'unknown': somewhere in between. */
  work: 'all' | 'none' | 'unknown';
  livesAlone: boolean;
  bornBefore1946: boolean;
}

const cents = (euros: number) => Math.round(euros * 100);

/** The holiday allowance on wages, as a factor (1.08). */
export function holidayFactor(v: BelastingValues): number {
  return 1 + v.vakantiebijslagLoonPercentage / 100;
}

/** Extra gross per year for more (or, negative, fewer) hours per week, holiday allowance included. */
export function grossFromHours(hoursPerWeek: number, hourlyWage: number, v: BelastingValues): number {
  return Math.round(hoursPerWeek * hourlyWage * WEEKS_PER_YEAR * holidayFactor(v) * 100) / 100;
}

/** Extra net per year for a net change per month without holiday pay. */
export function netPerYearFromMonthly(netPerMonth: number, v: BelastingValues): number {
  return Math.round(netPerMonth * 12 * holidayFactor(v) * 100) / 100;
}

function netCents(grossCents: number, workCents: number, s: WorkTax, v: BelastingValues): number {
  return netFromGross(grossCents, { aowAge: s.aowAge, workIncomeCents: workCents, zvwWithheld: false, livesAlone: s.livesAlone, bornBefore1946: s.bornBefore1946 }, v).net;
}

/** The wage shares of the current gross to try: all, none, or both when not known. */
function workShares(s: WorkTax): number[] {
  return s.work === 'all' ? [1] : s.work === 'none' ? [0] : [0, 1];
}

/**
 * Net change per year when the gross goes from `gross` to `gross + extra` (the extra is wages; a
 * negative extra is less wages, at most the current gross). A range when the wage share is unknown.
 */
export function netChange(gross: number, extra: number, s: WorkTax, v: BelastingValues): Range {
  const g = cents(gross);
  const d = Math.max(-g, cents(extra));
  let min = Infinity;
  let max = -Infinity;
  for (const share of workShares(s)) {
    const work = Math.round(g * share);
    // Fewer hours come out of the wages when there are any.
    const after = netCents(g + d, Math.max(0, work + d), s, v) - netCents(g, work, s, v);
    min = Math.min(min, after);
    max = Math.max(max, after);
  }
  return { min: min / 100, max: max / 100 };
}

/**
 * The change in gross per year whose net change is `netPerYear` (signed), for an adult with this gross:
 * the inverse of netChange, found by bisection (the net rises strictly with the gross). A range when the
 * wage share is unknown.
 */
export function grossForNetChange(gross: number, netPerYear: number, s: WorkTax, v: BelastingValues): Range {
  const g = cents(gross);
  const target = cents(netPerYear);
  if (target === 0) return { min: 0, max: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (const share of workShares(s)) {
    const work = Math.round(g * share);
    const base = netCents(g, work, s, v);
    const delta = (d: number) => netCents(g + d, Math.max(0, work + d), s, v) - base;
    let lo: number;
    let hi: number;
    if (target >= 0) {
      lo = 0;
      hi = Math.max(100, target * 3);
      while (delta(hi) < target) hi *= 2;
    } else {
      lo = -g;
      hi = 0;
      if (delta(lo) >= target) {
        // Less than the whole income: the gross cannot go below zero.
        min = Math.min(min, -g / 100);
        max = Math.max(max, -g / 100);
        continue;
      }
    }
    // Smallest d with delta(d) >= target.
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (delta(mid) >= target) hi = mid;
      else lo = mid;
    }
    min = Math.min(min, hi / 100);
    max = Math.max(max, hi / 100);
  }
  return { min, max };
}
