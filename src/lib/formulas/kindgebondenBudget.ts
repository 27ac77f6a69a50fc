/**
 * Kindgebonden budget (Wet op het kindgebonden budget art. 2–3, version 2026-01-01).
 *
 *   maximum  = n × bedrag per kind + € 724 per child aged 12–15 + € 964 per child aged 16–17
 *              + alleenstaande-ouderkop (parent without a toeslagpartner)
 *   drempel  = drempelinkomen (+ € 9,405 with a toeslagpartner)
 *   budget   = max(0, maximum − 7.6 % × max(0, toetsingsinkomen − drempel))      8.05 % from 2027
 *   nothing when the assets exceed the limit, or below the Awir minimum payment (€ 24 a year).
 *
 * Children: only those under 18 for whom kinderbijslag is received count; give their age as it is in the
 * month concerned (the amount here is the yearly rate for that situation; a birthday during the year
 * changes it from the next month).
 *
 * Rounding: the official order is not published. We round the yearly amount once to the cent (half up);
 * the monthly amount is the yearly amount / 12, rounded to the cent (half up).
 */
import type { AwirFile, KindgebondenBudgetFile } from '../../schemas/parameters.ts';
import { centsToEuros, eurosToCents, pctOf, roundToCents, scaled, yearlyOverIncome } from './money.ts';
import type { Range, YearlyOverRange } from './money.ts';
import { onDate, withAwir } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { ParameterFiles } from './parameterFiles.ts';
import type { Values } from './select.ts';

export type KindgebondenBudgetValues = Omit<Values<KindgebondenBudgetFile['parameters']>, 'verhogingBedragPerKind'> & Values<AwirFile['parameters']>;

export interface KindgebondenBudgetInput {
  /** Toetsingsinkomen per year in euros, of the parent plus the toeslagpartner's. */
  income: number | Range;
  hasPartner: boolean;
  /** Children for whom kinderbijslag is received, with their age in whole years. */
  children: readonly { age: number }[];
  /** Assets on 1 January in euros, together with the toeslagpartner. Unknown: leave out. */
  assets?: number | Range;
}

export type KindgebondenBudgetWhy = 'maximum' | 'phase-out' | 'phased-out' | 'no-children' | 'below-minimum-payment' | 'assets-above-limit';

export interface KindgebondenBudgetDetail {
  income: number;
  /** Counted children (under 18). */
  children: number;
  perChild: number;
  supplement12to15: number;
  supplement16to17: number;
  singleParentSupplement: number;
  maximum: number;
  threshold: number;
  phaseOutPercentage: number;
  phaseOut: number;
  why: KindgebondenBudgetWhy;
  perYear: number;
}

export type KindgebondenBudgetAmount = YearlyOverRange<KindgebondenBudgetDetail>;

function at(incomeCents: number, assetsCents: number | null, input: KindgebondenBudgetInput, v: KindgebondenBudgetValues): KindgebondenBudgetDetail {
  const kids = input.children.filter((c) => c.age >= 0 && c.age < 18);
  const n = kids.length;
  const n12 = kids.filter((c) => c.age >= 12 && c.age <= 15).length;
  const n16 = kids.filter((c) => c.age >= 16).length;
  const alo = n > 0 && !input.hasPartner ? v.alleenstaandeOuderkop : 0;
  const maximumCents = n * v.bedragPerKind + n12 * v.verhogingKind12Tot15 + n16 * v.verhogingKind16Tot17 + alo;
  const threshold = v.drempelinkomen + (input.hasPartner ? v.drempelVerhogingPartner : 0);
  const phaseOut = pctOf(Math.max(0, incomeCents - threshold), v.afbouwPercentage);
  const net = Math.max(0, scaled(maximumCents) - phaseOut);
  let cents = roundToCents(net);
  let why: KindgebondenBudgetWhy = n === 0 ? 'no-children' : phaseOut === 0 ? 'maximum' : net === 0 ? 'phased-out' : 'phase-out';
  const assetLimit = input.hasPartner ? v.vermogensgrensPartner : v.vermogensgrensAlleenstaande;
  if (n > 0 && assetsCents !== null && assetsCents > assetLimit) {
    cents = 0;
    why = 'assets-above-limit';
  } else if (cents > 0 && cents < v.minimumBedragPerJaar) {
    cents = 0;
    why = 'below-minimum-payment';
  }
  return {
    income: centsToEuros(incomeCents),
    children: n,
    perChild: centsToEuros(v.bedragPerKind),
    supplement12to15: centsToEuros(n12 * v.verhogingKind12Tot15),
    supplement16to17: centsToEuros(n16 * v.verhogingKind16Tot17),
    singleParentSupplement: centsToEuros(alo),
    maximum: centsToEuros(maximumCents),
    threshold: centsToEuros(threshold),
    phaseOutPercentage: v.afbouwPercentage,
    phaseOut: centsToEuros(roundToCents(phaseOut)),
    why,
    perYear: centsToEuros(cents),
  };
}

/** Kindgebonden budget for a range of incomes (and assets), with the given values. Pure; no dates. */
export function kindgebondenBudget(input: KindgebondenBudgetInput, values: KindgebondenBudgetValues): KindgebondenBudgetAmount {
  for (const c of input.children) {
    if (!Number.isInteger(c.age) || c.age < 0) throw new RangeError('children[].age: must be a whole number ≥ 0');
  }
  // Monthly: yearly / 12, to the cent, half up.
  return yearlyOverIncome(input.income, input.assets, (i, a) => at(i, a, input, values), (euros) => centsToEuros(Math.floor((eurosToCents(euros) * 2 + 12) / 24)));
}

/** Kindgebonden budget with the figures valid on `referenceDate` (YYYY-MM-DD). */
export function kindgebondenBudgetOnDate(input: KindgebondenBudgetInput, referenceDate: string, files: ParameterFiles): Outcome<KindgebondenBudgetAmount> {
  return onDate(referenceDate, withAwir(files['kindgebonden-budget'], files.awir), (v) => kindgebondenBudget(input, v));
}
