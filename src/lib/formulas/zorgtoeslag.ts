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
import { centsToEuros, eurosToCents, pctOf, rangeToCents, roundToCents, scaled, toRange } from './money.ts';
import type { Range } from './money.ts';
import { mergeResolved, onDate } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import { PARAMETER_FILES } from './parameterFiles.ts';
import { combineValidity, resolveValues, selectParameters } from './select.ts';
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

export interface ZorgtoeslagAmount {
  perYear: Range;
  /** Monthly advance (voorschot) as paid: whole euros. */
  perMonth: Range;
  exact: boolean;
  /** The end of the range with the highest amount (lowest income, lowest assets) and the one with the lowest. */
  highest: ZorgtoeslagDetail;
  lowest: ZorgtoeslagDetail;
}

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
  const income = rangeToCents(toRange(input.income, 'income'));
  const assets = input.assets === undefined ? null : rangeToCents(toRange(input.assets, 'assets'));
  const highest = atIncome(income.min, assets?.min ?? null, input, values);
  const lowest = atIncome(income.max, assets?.max ?? null, input, values);
  const monthly = (euros: number) => Math.floor(eurosToCents(euros) / 1200);
  return {
    perYear: { min: lowest.perYear, max: highest.perYear },
    perMonth: { min: monthly(lowest.perYear), max: monthly(highest.perYear) },
    exact: lowest.perYear === highest.perYear,
    highest,
    lowest,
  };
}

/** Zorgtoeslag with the figures valid on `referenceDate` (YYYY-MM-DD). */
export function zorgtoeslagOnDate(input: ZorgtoeslagInput, referenceDate: string, files = PARAMETER_FILES): Outcome<ZorgtoeslagAmount> {
  return onDate(
    referenceDate,
    (date) => {
      const z = selectParameters(files.zorgtoeslag, date);
      const a = selectParameters(files.awir, date);
      return {
        validity: combineValidity(z, a),
        resolved: mergeResolved(resolveValues(z.file.parameters), resolveValues(a.file.parameters, 'awir.')),
      };
    },
    (v) => zorgtoeslag(input, v),
  );
}
