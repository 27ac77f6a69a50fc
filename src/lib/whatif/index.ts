/**
 * "Wat als er iets verandert?": the household now and after one or two changes, evaluated by the
 * same engine, side by side (docs/whatif.md). Pure and synchronous; the engine is passed in, so this
 * runs in the browser with the already-loaded engine and in Node for the tests.
 *
 * Ranges stay ranges, but a change of a range is not the difference of two unrelated ranges: when an
 * adult's toetsingsinkomen is an estimate (a range from the net income), both situations are also
 * evaluated in a few "worlds", each with that income pinned to one value of its range (the same
 * relative place for everyone), and the changes per regeling and in all are the spread over those
 * worlds. With the gross known (or the income unknown) there is one world.
 */
import type { Household, IncomeSource, Member } from '../engine/household.ts';
import type { Quantity } from '../engine/interval.ts';
import type { EvaluationResult, Income, ParseResult } from '../engine/index.ts';
import type { BelastingValues, Range } from '../formulas/index.ts';
import { adultOf, applicantOf, applyHouseholdChanges, copyHousehold, partnerOf, type Change, type IncomeChange } from './change.ts';
import { addRange, compareSituations, type CompareOptions, type Comparison, type World } from './compare.ts';
import { WEEKS_PER_YEAR, grossForNetChange, grossFromHours, holidayFactor, netChange, netPerYearFromMonthly, type WorkTax } from './work.ts';

export type { Change, ChangeKind, IncomeChange, Who } from './change.ts';
export type { Comparison, Money, Row, RowChange, Totals, Warning, World } from './compare.ts';
export { compareSituations, moneyOf, changeOf } from './compare.ts';
export { applyHouseholdChanges } from './change.ts';
export { WEEKS_PER_YEAR, grossFromHours, grossForNetChange, holidayFactor, netChange, netPerYearFromMonthly } from './work.ts';

/** What the what-if needs from the loaded engine. */
export interface WhatIfEngine {
  evaluate(h: Household): EvaluationResult;
  parse(input: unknown): ParseResult;
  /** Each adult's toetsingsinkomen (src/lib/engine/toeslagen.ts, adultIncomes). */
  incomes(h: Household): Income[] | undefined;
  /** The income tax figures for the household's date, null when not known. */
  tax: BelastingValues | null;
}

/** How the income change was turned into money (for the notes under the table). */
export interface IncomeDetail {
  change: IncomeChange;
  /** Extra (or less) gross per year, holiday allowance included; null when not computed. */
  grossPerYear: Range | null;
  /** Extra (or less) net per year, holiday allowance included. */
  netPerYear: Range;
  holidayPercent: number;
  weeksPerYear: number;
}

export interface WhatIfResult {
  households: { before: Household; after: Household };
  before: EvaluationResult;
  after: EvaluationResult;
  comparison: Comparison;
  income: IncomeDetail | null;
  /** How many worlds were evaluated (1: no income range to pin). */
  worlds: number;
  /** The household lives on bijstand and its income changes: bijstand goes down with income, which this does not model. */
  bijstandOffset: boolean;
}

export type WhatIfOutcome =
  | { ok: true; result: WhatIfResult }
  /** incomeUnknown: the income that changes is not known; taxUnknown: no tax figures for the date; noAdult: there is no such person. */
  | { ok: false; problem: 'incomeUnknown' | 'taxUnknown' | 'noAdult' }
  | { ok: false; problem: 'invalid'; issues: Extract<ParseResult, { ok: false }>['issues'] };

export interface WhatIfOptions extends CompareOptions {
  /**
   * Worlds per income range: 0, 1/n, …, 1 of the range. Default: points at most € 50 apart (at least
   * 16, at most 48 steps). Between two points a change can differ from the nearest point by about half
   * the distance at most (the phase-outs together take less than € 0.50 of each euro) plus the € 24
   * minimum payment: a few tens of euros on amounts the page calls "ongeveer".
   */
  steps?: number;
}

/** Default spacing of the worlds over an income range, in euros, and the bounds on their number. */
export const WORLD_SPACING = 50;
export const WORLD_STEPS = { min: 16, max: 48 } as const;

const round = (x: number) => Math.round(x * 100) / 100;
const netOf = (m: Member | undefined): Range | null => {
  const q = m?.netMonthlyIncome;
  if (q === null || q === undefined) return null;
  if (typeof q === 'number') return { min: q, max: q };
  const lo = Math.max(q.atLeast ?? 0, q.moreThan ?? 0);
  const hi = Math.min(q.atMost ?? Infinity, q.lessThan ?? Infinity);
  return Number.isFinite(hi) ? { min: lo, max: hi } : null;
};
const asQuantity = (r: Range): Quantity => (r.min === r.max ? round(r.min) : { atLeast: round(r.min), atMost: round(r.max) });
const union = (a: Range | null, b: Range): Range => (a ? { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) } : b);

/** Index of an adult in the engine's order (applicant, partner). */
const indexOf = (who: 'applicant' | 'partner') => (who === 'applicant' ? 0 : 1);

function workTax(h: Household, m: Member, income: Income | undefined, date: string): WorkTax {
  const src = m.incomeSources;
  const year = Number(date.slice(0, 4));
  return {
    aowAge: income?.aowAge === true,
    work: Array.isArray(src) && src.length > 0 && src.every((s) => s === 'work') ? 'all' : Array.isArray(src) && !src.includes('work') ? 'none' : 'unknown',
    livesAlone: !partnerOf(h) && (h.members ?? []).length === 1,
    // Born before 1946: surely so at this age (only changes the tax at AOW age, and only a little).
    bornBefore1946: typeof m.age === 'number' && m.age > year - 1945,
  };
}

/**
 * Applies an income change to one adult, whose current toetsingsinkomen is `gross` (a point in a
 * world, or the whole range). `setGross`: give the engine the new gross (it was known, or pinned).
 */
function applyIncome(h: Household, c: IncomeChange, gross: Range, income: Income | undefined, setGross: boolean, v: BelastingValues, date: string): { household: Household; detail: IncomeDetail } | null {
  const out = copyHousehold(h);
  const m = adultOf(out, c.who);
  if (!m) return null;
  const net = netOf(m);
  if (!net) return null;
  const tax = workTax(out, m, income, date);
  // A few points of the gross range (its ends and between): net changes are not linear in the gross.
  const points = gross.min === gross.max ? [gross.min] : Array.from({ length: 9 }, (_, i) => gross.min + ((gross.max - gross.min) * i) / 8);
  let netYear: Range | null = null;
  let extraGross: Range | null = null;
  if (c.by === 'net') {
    const n = netPerYearFromMonthly(c.netPerMonth, v);
    netYear = { min: n, max: n };
    for (const g of points) extraGross = union(extraGross, grossForNetChange(g, n, tax, v));
  } else {
    const d = grossFromHours(c.hoursPerWeek, c.hourlyWage, v);
    extraGross = { min: d, max: d };
    for (const g of points) netYear = union(netYear, netChange(g, d, tax, v));
  }
  const year = netYear as Range;
  const perMonth = { min: year.min / (12 * holidayFactor(v)), max: year.max / (12 * holidayFactor(v)) };
  m.netMonthlyIncome = asQuantity({ min: Math.max(0, net.min + perMonth.min), max: Math.max(0, net.max + perMonth.max) });
  if (setGross && extraGross) m.grossYearlyIncome = asQuantity({ min: Math.max(0, gross.min + extraGross.min), max: Math.max(0, gross.max + extraGross.max) });
  else delete m.grossYearlyIncome;
  return { household: out, detail: { change: c, grossPerYear: extraGross, netPerYear: year, holidayPercent: v.vakantiebijslagLoonPercentage, weeksPerYear: WEEKS_PER_YEAR } };
}

/** The household with every adult whose income is an estimate pinned to the point `t` (0…1) of its range. */
function pin(h: Household, incomes: readonly Income[], t: number): Household {
  const out = copyHousehold(h);
  const adults = [applicantOf(out), partnerOf(out)];
  incomes.forEach((inc, i) => {
    const m = adults[i];
    if (m && inc.basis === 'estimate') m.grossYearlyIncome = round(inc.range.min + (inc.range.max - inc.range.min) * t);
  });
  return out;
}

/** The change in net income per year that is not from work: a partner's income coming or going (without holiday pay). */
function householdIncomeChange(before: Household, changes: readonly Change[]): Range | null {
  let total: Range = { min: 0, max: 0 };
  for (const c of changes) {
    if (c.kind === 'partnerIn') {
      if (partnerOf(before)) continue;
      if (c.netPerMonth == null) return null;
      total = addRange(total, { min: 12 * c.netPerMonth, max: 12 * c.netPerMonth });
    } else if (c.kind === 'partnerOut') {
      if (!partnerOf(before)) continue;
      const a = netOf(applicantOf(before));
      const p = netOf(partnerOf(before));
      if (c.netPerMonth == null || !a || !p) return null;
      total = addRange(total, { min: 12 * (c.netPerMonth - a.max - p.max), max: 12 * (c.netPerMonth - a.min - p.min) });
    }
  }
  return total;
}

/** Compares the household now with the household after the changes. */
export function whatIf(base: Household, changes: readonly Change[], engine: WhatIfEngine, options: WhatIfOptions = {}): WhatIfOutcome {
  const date = base.referenceDate ?? '';
  const incomeChange = changes.find((c): c is IncomeChange => c.kind === 'income');
  const after0 = applyHouseholdChanges(base, changes);
  for (const h of [base, after0]) {
    const p = engine.parse(h);
    if (!p.ok) return { ok: false, problem: 'invalid', issues: p.issues };
  }
  const baseIncomes = engine.incomes(base) ?? [];
  const afterIncomes = engine.incomes(after0) ?? [];
  const v = engine.tax;
  let plainAfter = after0;
  let detail: IncomeDetail | null = null;
  const who = incomeChange ? indexOf(incomeChange.who) : -1;
  if (incomeChange) {
    if (!adultOf(after0, incomeChange.who)) return { ok: false, problem: 'noAdult' };
    if (!v) return { ok: false, problem: 'taxUnknown' };
    const inc = afterIncomes[who];
    if (!inc || inc.basis === 'unknown' || !netOf(adultOf(after0, incomeChange.who))) return { ok: false, problem: 'incomeUnknown' };
    const applied = applyIncome(after0, incomeChange, inc.range, inc, inc.basis === 'exact', v, date);
    if (!applied) return { ok: false, problem: 'incomeUnknown' };
    plainAfter = applied.household;
    detail = applied.detail;
  }
  const p = engine.parse(plainAfter);
  if (!p.ok) return { ok: false, problem: 'invalid', issues: p.issues };

  const otherIncome = householdIncomeChange(base, changes);
  const workOf = (d: IncomeDetail | null): Range | null => (otherIncome ? (d ? addRange(otherIncome, d.netPerYear) : otherIncome) : null);
  const shown: World = { before: engine.evaluate(base), after: engine.evaluate(plainAfter), work: workOf(detail) };

  // Worlds: only when some income is an estimate, and none is unknown (then a range is all we can say).
  const all = [...baseIncomes, ...afterIncomes];
  const needWorlds = all.some((i) => i.basis === 'estimate') && !all.some((i) => i.basis === 'unknown');
  const worlds: World[] = [];
  if (needWorlds) {
    const width = Math.max(...all.filter((i) => i.basis === 'estimate').map((i) => i.range.max - i.range.min));
    const steps = Math.max(1, options.steps ?? Math.min(WORLD_STEPS.max, Math.max(WORLD_STEPS.min, Math.ceil(width / WORLD_SPACING))));
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const before = pin(base, baseIncomes, t);
      let after = pin(after0, afterIncomes, t);
      let d: IncomeDetail | null = null;
      if (incomeChange && v) {
        const m = adultOf(after, incomeChange.who);
        const g = typeof m?.grossYearlyIncome === 'number' ? m.grossYearlyIncome : (afterIncomes[who]?.range.min ?? 0);
        const applied = applyIncome(after, incomeChange, { min: g, max: g }, afterIncomes[who], true, v, date);
        if (!applied) continue;
        after = applied.household;
        d = applied.detail;
      }
      worlds.push({ before: engine.evaluate(before), after: engine.evaluate(after), work: workOf(d) });
    }
  }
  const comparison = compareSituations(shown, worlds, options);
  const bijstand = !!incomeChange && (base.members ?? []).some((m) => m.role !== 'child' && (m.incomeSources as IncomeSource[] | null | undefined)?.includes('bijstand'));
  return {
    ok: true,
    result: {
      households: { before: base, after: plainAfter },
      before: shown.before,
      after: shown.after,
      comparison,
      income: detail,
      worlds: Math.max(1, worlds.length),
      bijstandOffset: bijstand,
    },
  };
}
