/**
 * The toeslag facts: zorgtoeslag, huurtoeslag, kindgebonden budget and kinderbijslag per year for
 * this household, computed with the official formulas (src/lib/formulas, docs/formulas.md).
 *
 * The toeslagen test the gross yearly income (toetsingsinkomen). Per adult it is the gross the
 * household gave (`grossYearlyIncome`), else a sourced range derived from the net income
 * (toetsingsinkomenFromNet), else unknown: then the amount runs from nil to the maximum.
 * Each fact carries what the amount is (exact, estimate, maximum, fixed) and its period.
 */
import type { Ctx, Computed } from './facts.ts';
import { fromQuantity, type Interval } from './interval.ts';
import type { AmountKind } from './types.ts';
import {
  addRanges,
  huurtoeslagOnDate,
  kinderbijslagOnDate,
  kindgebondenBudgetOnDate,
  parameterFilesFrom,
  toetsingsinkomenFromNetOnDate,
  zorgtoeslagOnDate,
  NET_INCOME_KINDS,
  type Outcome,
  type ParameterFiles,
  type Range,
  type Validity,
} from '../formulas/index.ts';

/** A gross income no household reaches: "unknown income" runs from 0 to here. */
const UNKNOWN_INCOME_MAX = 1_000_000;

const filesCache = new WeakMap<object, ParameterFiles>();
function files(c: Ctx): ParameterFiles {
  let f = filesCache.get(c.content.parameters);
  if (!f) filesCache.set(c.content.parameters, (f = parameterFilesFrom(c.content.parameters)));
  return f;
}

/** Where each toeslag's vermogensgrens is in its parameter file (amounts in eurocent). */
const ASSET_LIMIT_KEYS = {
  zorgtoeslag: ['vermogensgrensAlleenstaande', 'vermogensgrensPartner'],
  huurtoeslag: ['vermogensgrensAlleenstaande', 'vermogensgrensPartners'],
  'kindgebonden-budget': ['vermogensgrensAlleenstaande', 'vermogensgrensPartner'],
} as const;
export type AssetLimitKind = keyof typeof ASSET_LIMIT_KEYS;

/**
 * A toeslag's vermogensgrens in euros (single, partners) on the household's date, from the
 * toeslag's own parameter files: the file valid then, or else the newest earlier file that has the
 * figure, with the period it is known for (`knownUntil`), so the caller can allow for indexation.
 */
export function toeslagAssetLimits(c: Ctx, kind: AssetLimitKind): { single: number; partner: number; knownUntil: string } | undefined {
  const [singleKey, partnerKey] = ASSET_LIMIT_KEYS[kind];
  let found: { single: number; partner: number; knownUntil: string } | undefined;
  for (const f of files(c)[kind]) {
    if (f.validFrom > c.date) break;
    const p = f.parameters as unknown as Record<string, { value: number | null } | undefined>;
    const single = p[singleKey]?.value;
    const partner = p[partnerKey]?.value;
    if (typeof single === 'number' && typeof partner === 'number') found = { single: single / 100, partner: partner / 100, knownUntil: f.validUntil };
  }
  return found;
}

const toRange = (i: Interval): Range => ({ min: i.lo, max: Number.isFinite(i.hi) ? i.hi : UNKNOWN_INCOME_MAX });

export interface Income {
  /** Has reached the AOW age (undefined: the age is not known). */
  aowAge?: boolean;
  range: Range;
  /** How sure: 'exact' (gross given), 'estimate' (from net), 'unknown'. */
  basis: 'exact' | 'estimate' | 'unknown';
}

/**
 * Toetsingsinkomen of each adult (applicant, then partner), per year: the gross the household gave,
 * else a range from the net income, else unknown. The check's "what if" pins these (src/lib/whatif).
 */
export function adultIncomes(c: Ctx): Income[] | undefined {
  const cached = c.cache.get('@adultIncomes') as unknown as { v: Income[] | undefined } | undefined;
  if (cached) return cached.v;
  let out: Income[] | undefined;
  if (c.adults && c.bands) {
    out = c.adults.map((m, i): Income => ({ ...adultIncome(c, m, i), aowAge: c.bands?.[i] === undefined ? undefined : c.bands[i] === 'aow' }));
  }
  c.cache.set('@adultIncomes', { v: out } as unknown as Computed);
  return out;
}

function adultIncome(c: Ctx, m: NonNullable<Ctx['adults']>[number], i: number): Income {
  const gross = fromQuantity(m.grossYearlyIncome);
  if (gross) return { range: toRange(gross), basis: gross.lo === gross.hi ? 'exact' : 'estimate' };
  const net = fromQuantity(m.netMonthlyIncome);
  const band = c.bands?.[i];
  if (!net || band === undefined) return { range: { min: 0, max: UNKNOWN_INCOME_MAX }, basis: 'unknown' };
  if (net.hi === 0) return { range: { min: 0, max: 0 }, basis: 'exact' };
  const src = Array.isArray(m.incomeSources) ? m.incomeSources.filter((s) => s !== 'none') : [];
  const handled = src.length > 0 && src.every((k) => (NET_INCOME_KINDS as readonly string[]).includes(k));
  // Sources unknown, or ones the method does not handle (studiefinanciering is not taxed,
  // alimentatie is): anything from the untaxed 12 × net up to the highest gross any taxed kind needs.
  const kinds: (typeof NET_INCOME_KINDS)[number][][] = handled ? [src as (typeof NET_INCOME_KINDS)[number][]] : NET_INCOME_KINDS.filter((k) => k !== 'aow' || band === 'aow').map((k) => [k]);
  let range: Range | undefined = handled ? undefined : { min: toRange(net).min * 12, max: toRange(net).max * 12 };
  for (const k of kinds) {
    const o = toetsingsinkomenFromNetOnDate(
      {
        netPerMonth: toRange(net),
        sources: k,
        aowAge: band === 'aow',
        livesAlone: c.hasPartner === false && (c.h.members ?? []).length === 1 ? true : undefined,
        holidayPayIncluded: c.h.incomeMayIncludeHolidayPay === true ? undefined : false,
      },
      c.date,
      files(c),
    );
    const est = o.known ? o : o.fallback;
    if (!est) return { range: { min: 0, max: UNKNOWN_INCOME_MAX }, basis: 'unknown' };
    range = range ? { min: Math.min(range.min, est.perYear.min), max: Math.max(range.max, est.perYear.max) } : est.perYear;
  }
  return { range: range as Range, basis: 'estimate' };
}

/** Toetsingsinkomen of the adults (applicant + partner) together, per year. */
export function toetsingsinkomen(c: Ctx): Income {
  const cached = c.cache.get('@toetsingsinkomen') as unknown as Income | undefined;
  if (cached) return cached;
  let out: Income = { range: { min: 0, max: UNKNOWN_INCOME_MAX }, basis: 'unknown' };
  const parts = adultIncomes(c);
  if (parts) {
    const range = parts.map((p) => p.range).reduce((a, b) => addRanges(a, b));
    const basis = parts.some((p) => p.basis === 'unknown') ? 'unknown' : parts.some((p) => p.basis === 'estimate') ? 'estimate' : 'exact';
    out = { range, basis };
  }
  c.cache.set('@toetsingsinkomen', out as unknown as Computed);
  return out;
}

/** The amount interval and its meta from a formula outcome (or its dated fallback when figures are not known). */
function fromOutcome<R>(o: Outcome<R>, pick: (r: R) => Range, kind: AmountKind, vars: (r: R) => Record<string, string | number | undefined>, source: { url: string; title: string }): Computed {
  const r = o.known ? o : o.fallback;
  if (!r) return { value: undefined, why: 'notKnown' };
  const range = pick(r);
  const validity: Validity = r.validity;
  const value: Interval = { lo: range.min, hi: range.max };
  return {
    value,
    // `exact`: one amount (in whole euros, as the reasons show it), so the reason names one amount, not "€ 1.550 tot € 1.550".
    why: Math.round(range.min) === Math.round(range.max) ? 'exact' : o.known ? undefined : 'olderFigures',
    vars: { min: range.min, max: range.max, ...vars(r) },
    // An estimated input that does not change the amount (every value in its range gives the same) gives an exact amount.
    amount: { kind: kind === 'exact' && range.min !== range.max ? 'estimate' : kind === 'estimate' && range.min === range.max ? 'exact' : kind, period: { from: validity.validFrom, until: validity.validUntil }, source, provisional: validity.provisional || !o.known },
  };
}

const assetsRange = (c: Ctx): Range | undefined => {
  const a = fromQuantity(c.h.assets);
  return a ? toRange(a) : undefined;
};

function kindFor(income: Income): AmountKind {
  return income.basis === 'unknown' ? 'maximum' : income.basis === 'estimate' ? 'estimate' : 'exact';
}

const SOURCES = {
  zorgtoeslag: { url: 'https://wetten.overheid.nl/BWBR0018451/2026-01-01', title: 'Wet op de zorgtoeslag en Regeling standaardpremie 2026' },
  huurtoeslag: { url: 'https://wetten.overheid.nl/BWBR0008659/2026-01-01', title: 'Wet op de huurtoeslag, versie 1 januari 2026' },
  kgb: { url: 'https://wetten.overheid.nl/BWBR0022751/2026-07-01', title: 'Wet op het kindgebonden budget, versie 1 juli 2026' },
  kinderbijslag: { url: 'https://wetten.overheid.nl/BWBR0002368/2026-07-01', title: 'Algemene Kinderbijslagwet, bedragen 2026' },
};

export function zorgtoeslagFact(c: Ctx): Computed {
  if (!c.complete || c.hasPartner === undefined) return { value: undefined, why: 'household' };
  const income = toetsingsinkomen(c);
  return fromOutcome(
    zorgtoeslagOnDate({ income: income.range, hasPartner: c.hasPartner, assets: assetsRange(c) }, c.date, files(c)),
    (r) => r.perYear,
    kindFor(income),
    (r) => ({ why: r.lowest.why, incomeMin: income.range.min, incomeMax: income.range.max }),
    SOURCES.zorgtoeslag,
  );
}

export function huurtoeslagFact(c: Ctx): Computed {
  if (!c.complete || c.hasPartner === undefined || !c.bands) return { value: undefined, why: 'household' };
  if (c.h.housing?.type !== 'rent') return { value: undefined, why: 'notRenting' };
  const rent = fromQuantity(c.h.housing.monthlyRent);
  const income = toetsingsinkomen(c);
  const persons = (c.h.members ?? []).length + (fromQuantity(c.h.housemates27Plus)?.lo ?? 0);
  const allUnder21 = (c.h.members ?? []).every((m) => typeof m.age === 'number' && m.age < 21) && (c.children ?? []).length === 0;
  const kind = rent && rent.lo === rent.hi ? kindFor(income) : 'maximum';
  return fromOutcome(
    huurtoeslagOnDate({ rent: rent ? toRange(rent) : { min: 0, max: 10_000 }, income: income.range, persons: Math.max(1, persons), allUnder21, assets: assetsRange(c), hasPartner: c.hasPartner }, c.date, files(c)),
    (r) => r.perYear,
    kind,
    (r) => ({ why: r.lowest.why, band: r.highest.band }),
    SOURCES.huurtoeslag,
  );
}

export function kindgebondenBudgetFact(c: Ctx): Computed {
  if (!c.complete || c.hasPartner === undefined || !c.childAges || c.childAges.some((a) => a === undefined)) return { value: undefined, why: 'household' };
  const income = toetsingsinkomen(c);
  return fromOutcome(
    kindgebondenBudgetOnDate({ income: income.range, hasPartner: c.hasPartner, children: (c.childAges as number[]).map((age) => ({ age })), assets: assetsRange(c) }, c.date, files(c)),
    (r) => r.perYear,
    kindFor(income),
    (r) => ({ why: r.lowest.why }),
    SOURCES.kgb,
  );
}

export function kinderbijslagFact(c: Ctx): Computed {
  if (!c.childAges || c.childAges.some((a) => a === undefined)) return { value: undefined, why: 'household' };
  return fromOutcome(
    kinderbijslagOnDate({ children: (c.childAges as number[]).map((age) => ({ age })) }, c.date, files(c)),
    (r) => r.perYear,
    'fixed',
    () => ({}),
    SOURCES.kinderbijslag,
  );
}
