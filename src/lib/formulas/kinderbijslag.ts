/**
 * Kinderbijslag (Algemene Kinderbijslagwet): a fixed amount per child per quarter by age band
 * (0–5, 6–11, 12–17), not income-related. The amounts change on 1 January and 1 July.
 *
 * Give each child's age on the first day of the quarter: we assume the quarter's rate follows the age at
 * its start (the SVB pays per quarter, afterwards; this rule was not checked in the law text here).
 * Children of 18 and over get no kinderbijslag.
 * Not modelled: dubbele kinderbijslag, the conditions for 16- and 17-year-olds (school or limited
 * income) and children living abroad (woonlandbeginsel); the engine decides eligibility.
 */
import type { KinderbijslagFile } from '../../schemas/parameters.ts';
import { centsToEuros } from './money.ts';
import type { Range } from './money.ts';
import { onDate } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { ParameterFiles } from './parameterFiles.ts';
import { combineValidity, isIsoDate, ParameterDateError, resolveValues, selectParameters } from './select.ts';
import type { Values } from './select.ts';

export type KinderbijslagValues = Values<KinderbijslagFile['parameters']>;

export interface KinderbijslagInput {
  children: readonly { age: number }[];
}

export type KinderbijslagBand = '0-5' | '6-11' | '12-17' | '18+';

export interface KinderbijslagAmount {
  perQuarter: Range;
  perChild: { age: number; band: KinderbijslagBand; perQuarter: number }[];
}

export function kinderbijslagBand(age: number): KinderbijslagBand {
  return age <= 5 ? '0-5' : age <= 11 ? '6-11' : age <= 17 ? '12-17' : '18+';
}

/** Kinderbijslag per quarter with the given values. Pure; no dates. */
export function kinderbijslag(input: KinderbijslagInput, v: KinderbijslagValues): KinderbijslagAmount {
  const perChild = input.children.map(({ age }) => {
    if (!Number.isInteger(age) || age < 0) throw new RangeError('children[].age: must be a whole number ≥ 0');
    const band = kinderbijslagBand(age);
    const cents = band === '0-5' ? v.bedragPerKwartaal0Tot5 : band === '6-11' ? v.bedragPerKwartaal6Tot11 : band === '12-17' ? v.bedragPerKwartaal12Tot17 : 0;
    return { age, band, perQuarter: centsToEuros(cents) };
  });
  const total = centsToEuros(perChild.reduce((s, c) => s + Math.round(c.perQuarter * 100), 0));
  return { perQuarter: { min: total, max: total }, perChild };
}

export interface KinderbijslagYear extends KinderbijslagAmount {
  /** The four quarters of the calendar year of the reference date, each at the rates valid on its first day. */
  quarters: { start: string; perQuarter: number; validFrom: string }[];
  perYear: Range;
}

/**
 * Kinderbijslag for the quarter containing `referenceDate`, and for its calendar year (each quarter at
 * its own rates, so 2026 counts two quarters at the January and two at the July amounts).
 * Ages are taken as given for every quarter. Not known when any quarter of that year is not known.
 */
export function kinderbijslagOnDate(input: KinderbijslagInput, referenceDate: string, files: ParameterFiles): Outcome<KinderbijslagYear> {
  if (!isIsoDate(referenceDate)) throw new ParameterDateError(`"${referenceDate}" is not a date (YYYY-MM-DD)`);
  return onDate(
    referenceDate,
    (date) => {
      const sel = selectParameters(files.kinderbijslag, date);
      const quarters = quarterStarts(date.slice(0, 4)).map((start) => ({ start, sel: selectParameters(files.kinderbijslag, start) }));
      const own = resolveValues(sel.file.parameters);
      const resolved = quarters.map((q) => resolveValues(q.sel.file.parameters));
      const missing = [...new Set([own, ...resolved].flatMap((r) => (r.ok ? [] : r.missing)))];
      if (!own.ok || missing.length > 0) return { validity: combineValidity(sel), resolved: { ok: false, missing } };
      const values = {
        own: own.values,
        quarters: quarters.map((q, i) => ({ start: q.start, validFrom: q.sel.validFrom, values: (resolved[i] as { ok: true; values: KinderbijslagValues }).values })),
      };
      return { validity: combineValidity(sel), resolved: { ok: true, values } };
    },
    ({ own, quarters }) => {
      const qs = quarters.map((q) => ({ start: q.start, validFrom: q.validFrom, perQuarter: kinderbijslag(input, q.values).perQuarter.min }));
      const total = centsToEuros(qs.reduce((s, q) => s + Math.round(q.perQuarter * 100), 0));
      return { ...kinderbijslag(input, own), quarters: qs, perYear: { min: total, max: total } };
    },
  );
}

function quarterStarts(year: string): string[] {
  return ['01', '04', '07', '10'].map((m) => `${year}-${m}-01`);
}
