/**
 * Zorgtoeslag (Wet op de zorgtoeslag art. 2–3, version 2026-01-01).
 *
 *   zorgtoeslag per year = standaardpremie (× 2 with a toeslagpartner) − normpremie
 *   normpremie           = pct × drempelinkomen + afbouw% × max(0, toetsingsinkomen − drempelinkomen)
 *   pct                  = 1.912 % single, 4.289 % with a toeslagpartner (2026)
 *   half of it when the toeslagpartner has no Dutch zorgverzekering (art. 2 lid 4)
 *   nothing when the assets exceed the limit (art. 3), the income exceeds the published limit,
 *   or the yearly amount is below the Awir minimum payment (€ 24).
 *
 * Rounding: the law does not prescribe an order for the yearly amount and none is published in the
 * sources we have. We compute exactly and round once, to the cent (half up), at the end. Rounding the
 * normpremie to cents first gives at most one cent difference (see test/formulas/rounding.test.ts).
 * The monthly advance is the yearly amount / 12 rounded down to whole euros (Dienst Toeslagen as
 * quoted by a public calculator, confidence M); it reproduces the published € 129 and € 246 for 2026.
 */
import type { AwirFile, ZorgtoeslagFile } from '../../schemas/parameters.ts';
import { centsToEuros, eurosToCents, pctOf, roundToCents, scaled, yearlyOverIncome } from './money.ts';
import type { Range, YearlyOverRange } from './money.ts';
import { onDate, withAwir } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { ParameterFiles } from './parameterFiles.ts';
import type { Values } from './select.ts';

export type ZorgtoeslagValues = Values<ZorgtoeslagFile['parameters']> & Values<AwirFile['parameters']>;

export interface ZorgtoeslagInput {
  /** Toetsingsinkomen per year in euros: of the applicant, plus the toeslagpartner's when there is one. */
  income: number | Range;
  hasPartner: boolean;
  /** The toeslagpartner has a Dutch zorgverzekering (default true). Only read when hasPartner. */
  partnerInsured?: boolean;
  /** Assets (rendementsgrondslag) on 1 January in euros, together with the toeslagpartner. Unknown: leave out. */
  assets?: number | Range;
}

export type ZorgtoeslagWhy = 'maximum' | 'phase-out' | 'below-minimum-payment' | 'income-above-limit' | 'assets-above-limit';

/** How one end of the range came about: enough for a "why" line. Amounts in euros. */
export interface ZorgtoeslagDetail {
  income: number;
  standaardpremie: number;
  drempelinkomen: number;
  /** pct × drempelinkomen */
  normpremieBase: number;
  /** afbouw% × the income above the drempelinkomen */
  phaseOut: number;
  normpremie: number;
  halvedForUninsuredPartner: boolean;
  why: ZorgtoeslagWhy;
  perYear: number;
}

/** `perMonth` is the monthly advance (voorschot) as paid: whole euros. */
export type ZorgtoeslagAmount = YearlyOverRange<ZorgtoeslagDetail>;

function atIncome(incomeCents: number, assetsCents: number | null, input: ZorgtoeslagInput, v: ZorgtoeslagValues): ZorgtoeslagDetail {
  const partner = input.hasPartner;
  const premie = scaled(v.standaardpremie * (partner ? 2 : 1));
  const base = pctOf(v.drempelinkomen, partner ? v.normpremiePercentagePartner : v.normpremiePercentageAlleenstaande);
  const phaseOut = pctOf(Math.max(0, incomeCents - v.drempelinkomen), v.afbouwPercentage);
  const normpremie = base + phaseOut;
  const halved = partner && input.partnerInsured === false;
  let amount = Math.max(0, premie - normpremie);
  if (halved) amount = (amount * v.partnerNietVerzekerdPercentage) / 100;
  let cents = roundToCents(amount);
  let why: ZorgtoeslagWhy = phaseOut > 0 ? 'phase-out' : 'maximum';
  const assetLimit = partner ? v.vermogensgrensPartner : v.vermogensgrensAlleenstaande;
  const incomeLimit = partner ? v.inkomensgrensPartner : v.inkomensgrensAlleenstaande;
  if (assetsCents !== null && assetsCents > assetLimit) {
    cents = 0;
    why = 'assets-above-limit';
  } else if (incomeCents > incomeLimit) {
    cents = 0;
    why = 'income-above-limit';
  } else if (cents < v.minimumBedragPerJaar) {
    cents = 0;
    why = 'below-minimum-payment';
  }
  return {
    income: centsToEuros(incomeCents),
    standaardpremie: centsToEuros(v.standaardpremie * (partner ? 2 : 1)),
    drempelinkomen: centsToEuros(v.drempelinkomen),
    normpremieBase: centsToEuros(roundToCents(base)),
    phaseOut: centsToEuros(roundToCents(phaseOut)),
    normpremie: centsToEuros(roundToCents(normpremie)),
    halvedForUninsuredPartner: halved,
    why,
    perYear: centsToEuros(cents),
  };
}

/** Zorgtoeslag for a range of incomes (and assets), with the given values. Pure; no dates. */
export function zorgtoeslag(input: ZorgtoeslagInput, values: ZorgtoeslagValues): ZorgtoeslagAmount {
  // Monthly advance: yearly / 12, rounded down to whole euros.
  return yearlyOverIncome(input.income, input.assets, (i, a) => atIncome(i, a, input, values), (euros) => Math.floor(eurosToCents(euros) / 1200));
}

/** Zorgtoeslag with the figures valid on `referenceDate` (YYYY-MM-DD). */
export function zorgtoeslagOnDate(input: ZorgtoeslagInput, referenceDate: string, files: ParameterFiles): Outcome<ZorgtoeslagAmount> {
  return onDate(referenceDate, withAwir(files.zorgtoeslag, files.awir), (v) => zorgtoeslag(input, v));
}
