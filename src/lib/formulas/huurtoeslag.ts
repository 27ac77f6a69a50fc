/**
 * Huurtoeslag, the linear method in force from 1 January 2026 (Wet op de huurtoeslag art. 5, 13, 16, 17,
 * 20, 21; Besluit op de huurtoeslag art. 7; Wet verlaging eigen bijdrage huurtoeslag art. 1).
 * Step by step as in ../shared/reference/content-facts-round2.md §2.3:
 *
 *   basishuur   = normhuur at the minimum income − korting (eenpersoons / meerpersoons) + verhoging − verlaging
 *   H           = min(rekenhuur, cap)             cap € 932.93, or € 498.20 when everyone is under 21 (no child, no disability)
 *   gross/month = 100 % × max(0, min(H, kwaliteitskortingsgrens) − basishuur)
 *               +  65 % × max(0, min(H, aftoppingsgrens) − kwaliteitskortingsgrens)
 *               +  40 % × max(0, min(H, cap) − aftoppingsgrens)          aftoppingsgrens by household size
 *   afbouw/month = max(0, rekeninkomen − minimum-inkomensijkpunt) × 27 % (eenpersoons) or 22 % / 12
 *   toeslag/month = max(0, gross − afbouw); nothing when below the Awir minimum (€ 24 a year) or assets too high.
 *
 * Rounding: the official order is not published (content-facts-round2 §2.2: "not found"). We compute the
 * whole sum exactly and round the monthly amount once, to the cent, half up; the per-year amount is
 * 12 × the monthly amount. Rounding each band first can differ by a cent (test/formulas/rounding.test.ts).
 */
import type { AwirFile, HuurtoeslagFile } from '../../schemas/parameters.ts';
import { centsToEuros, pctOf, rangeToCents, roundToCents, toRange } from './money.ts';
import type { Range } from './money.ts';
import { onDate, withAwir } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { ParameterFiles } from './parameterFiles.ts';
import type { Values } from './select.ts';

export type HuurtoeslagValues = Values<HuurtoeslagFile['parameters']> & Values<AwirFile['parameters']>;

export interface HuurtoeslagInput {
  /** Rekenhuur: kale huur per month in euros (servicekosten do not count from 2026). */
  rent: number | Range;
  /** Rekeninkomen per year in euros: toetsingsinkomen of huurder, partner and medebewoners (see huurtoeslagRekeninkomen). */
  income: number | Range;
  /** Number of people in the household, the huurder included (≥ 1). 1 = eenpersoonshuishouden. */
  persons: number;
  /** Everyone in the household is under 21, there is no child and nobody under 21 has a disability: rent counts only up to € 498.20. */
  allUnder21?: boolean;
  /** Assets on 1 January in euros, of huurder, partner and medebewoners together. Unknown: leave out. */
  assets?: number | Range;
  hasPartner?: boolean;
  /** Medebewoners other than the partner (each adds a personal asset allowance). */
  coResidents?: number;
}

export type HuurtoeslagBand = 'below-basishuur' | 'band-100' | 'band-65' | 'band-40' | 'above-cap';
export type HuurtoeslagWhy = 'no-phase-out' | 'phase-out' | 'phased-out' | 'rent-below-basishuur' | 'below-minimum-payment' | 'assets-above-limit';

export interface HuurtoeslagDetail {
  rent: number;
  income: number;
  /** Rent that counts: min(rent, cap). */
  countedRent: number;
  cap: number;
  basishuur: number;
  kwaliteitskortingsgrens: number;
  aftoppingsgrens: number;
  band: HuurtoeslagBand;
  /** Per month, unrounded sums shown to the cent. */
  band100: number;
  band65: number;
  band40: number;
  grossPerMonth: number;
  ijkpunt: number;
  phaseOutPercentage: number;
  phaseOutPerMonth: number;
  why: HuurtoeslagWhy;
  perMonth: number;
}

export interface HuurtoeslagAmount {
  perMonth: Range;
  perYear: Range;
  exact: boolean;
  /** The end with the highest amount (highest rent, lowest income, lowest assets) and the one with the lowest. */
  highest: HuurtoeslagDetail;
  lowest: HuurtoeslagDetail;
}

/** The basishuur for a household type, in cents. */
export function basishuurCents(v: HuurtoeslagValues, singlePerson: boolean): number {
  return v.normhuurMinimumInkomen - (singlePerson ? v.normhuurKortingEenpersoons : v.normhuurKortingMeerpersoons) + v.verhogingBasishuur - v.verlagingEigenBijdrage;
}

function at(rentCents: number, incomeCents: number, assetsCents: number | null, input: HuurtoeslagInput, v: HuurtoeslagValues): HuurtoeslagDetail {
  const single = input.persons === 1;
  const basishuur = basishuurCents(v, single);
  const cap = input.allUnder21 ? v.maximaleHuurgrensJongeren : v.maximaleHuurgrens;
  const kkg = v.kwaliteitskortingsgrens;
  const aft = input.persons <= 2 ? v.aftoppingsgrensEenOfTweePersonen : v.aftoppingsgrensDrieOfMeerPersonen;
  const h = Math.min(rentCents, cap);
  const b100 = pctOf(Math.max(0, Math.min(h, kkg) - basishuur), v.percentageTotKwaliteitskortingsgrens);
  const b65 = pctOf(Math.max(0, Math.min(h, aft) - kkg), v.percentageTotAftoppingsgrens);
  const b40 = pctOf(Math.max(0, Math.min(h, cap) - aft), v.percentageBovenAftoppingsgrens);
  const gross = b100 + b65 + b40;
  const ijkpunt = single ? v.minimumInkomensijkpuntEenpersoons : v.minimumInkomensijkpuntMeerpersoons;
  const afbouwPct = single ? v.afbouwPercentageEenpersoons : v.afbouwPercentageMeerpersoons;
  // Per year, to keep the division by 12 exact until the single rounding at the end.
  const phaseOutYear = pctOf(Math.max(0, incomeCents - ijkpunt), afbouwPct);
  const netYear = Math.max(0, 12 * gross - phaseOutYear);
  let perMonth = roundToCents(netYear / 12);
  const band: HuurtoeslagBand =
    rentCents > cap ? 'above-cap' : rentCents <= basishuur ? 'below-basishuur' : rentCents <= kkg ? 'band-100' : rentCents <= aft ? 'band-65' : 'band-40';
  let why: HuurtoeslagWhy = gross === 0 ? 'rent-below-basishuur' : phaseOutYear === 0 ? 'no-phase-out' : netYear === 0 ? 'phased-out' : 'phase-out';
  const assetLimit =
    (input.hasPartner ? v.vermogensgrensPartners : v.vermogensgrensAlleenstaande) + (input.coResidents ?? 0) * v.vermogensgrensPerMedebewoner;
  if (assetsCents !== null && assetsCents > assetLimit) {
    perMonth = 0;
    why = 'assets-above-limit';
  } else if (perMonth > 0 && perMonth * 12 < v.minimumBedragPerJaar) {
    perMonth = 0;
    why = 'below-minimum-payment';
  }
  return {
    rent: centsToEuros(rentCents),
    income: centsToEuros(incomeCents),
    countedRent: centsToEuros(h),
    cap: centsToEuros(cap),
    basishuur: centsToEuros(basishuur),
    kwaliteitskortingsgrens: centsToEuros(kkg),
    aftoppingsgrens: centsToEuros(aft),
    band,
    band100: centsToEuros(roundToCents(b100)),
    band65: centsToEuros(roundToCents(b65)),
    band40: centsToEuros(roundToCents(b40)),
    grossPerMonth: centsToEuros(roundToCents(gross)),
    ijkpunt: centsToEuros(ijkpunt),
    phaseOutPercentage: afbouwPct,
    phaseOutPerMonth: centsToEuros(roundToCents(phaseOutYear / 12)),
    why,
    perMonth: centsToEuros(perMonth),
  };
}

/** Huurtoeslag for ranges of rent and income (and assets), with the given values. Pure; no dates. */
export function huurtoeslag(input: HuurtoeslagInput, values: HuurtoeslagValues): HuurtoeslagAmount {
  if (!Number.isInteger(input.persons) || input.persons < 1) throw new RangeError('persons: must be a whole number ≥ 1');
  const rent = rangeToCents(toRange(input.rent, 'rent'));
  const income = rangeToCents(toRange(input.income, 'income'));
  const assets = input.assets === undefined ? null : rangeToCents(toRange(input.assets, 'assets'));
  const highest = at(rent.max, income.min, assets?.min ?? null, input, values);
  const lowest = at(rent.min, income.max, assets?.max ?? null, input, values);
  const year = (m: number) => centsToEuros(Math.round(m * 100) * 12);
  return {
    perMonth: { min: lowest.perMonth, max: highest.perMonth },
    perYear: { min: year(lowest.perMonth), max: year(highest.perMonth) },
    exact: lowest.perMonth === highest.perMonth,
    highest,
    lowest,
  };
}

export interface RekeninkomenPart {
  /** Toetsingsinkomen per year in euros. */
  income: number | Range;
  /** A child of the huurder under 23: only the part above the vrijstelling counts. */
  childUnder23?: boolean;
}

/** Rekeninkomen for the huurtoeslag: the sum of everyone's toetsingsinkomen (children under 23 above their allowance). */
export function huurtoeslagRekeninkomen(parts: readonly RekeninkomenPart[], values: Pick<HuurtoeslagValues, 'vrijstellingInkomenKindOnder23'>): Range {
  let min = 0;
  let max = 0;
  for (const p of parts) {
    const r = rangeToCents(toRange(p.income, 'income'));
    const free = p.childUnder23 ? values.vrijstellingInkomenKindOnder23 : 0;
    min += Math.max(0, r.min - free);
    max += Math.max(0, r.max - free);
  }
  return { min: centsToEuros(min), max: centsToEuros(max) };
}

/** Huurtoeslag with the figures valid on `referenceDate` (YYYY-MM-DD). */
export function huurtoeslagOnDate(input: HuurtoeslagInput, referenceDate: string, files: ParameterFiles): Outcome<HuurtoeslagAmount> {
  return onDate(referenceDate, withAwir(files.huurtoeslag, files.awir), (v) => huurtoeslag(input, v));
}

