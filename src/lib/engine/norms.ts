/**
 * Norm sets by date, and the bijstandsnorm that applies to one household.
 *
 * Past the last sourced set the engine is *provisional*: it uses the latest set, and every norm
 * becomes an interval from that amount up to the amount raised by the largest yearly indexation
 * seen in the sources (per started year), so only households near a limit lean to "check".
 * Dates before the first set, or more than two years past the last, are refused.
 */
import { hasReachedAowAge } from './aow.ts';
import { exact, type Interval } from './interval.ts';
import type { NormKey, NormSet } from './types.ts';

export type NormSelection =
  | { ok: true; set: NormSet; provisional: boolean; /** Factor range norms may rise by: [1, 1 + margin]. */ growth: Interval }
  | { ok: false; code: 'dateTooEarly' | 'dateTooLate'; params: Record<string, string> };

const sorted = (sets: readonly NormSet[]) => [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** Last day a date may be: two years after the end of the last set. */
export function lastAllowedDate(sets: readonly NormSet[]): string | undefined {
  const last = sorted(sets).at(-1);
  if (!last) return undefined;
  return `${Number(last.validUntil.slice(0, 4)) + 2}${last.validUntil.slice(4)}`;
}

export function selectNorms(sets: readonly NormSet[], date: string): NormSelection {
  const all = sorted(sets);
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return { ok: false, code: 'dateTooEarly', params: { date, first: '-' } };
  if (date < first.validFrom) return { ok: false, code: 'dateTooEarly', params: { date, first: first.validFrom } };
  const inSet = all.find((s) => s.validFrom <= date && date <= s.validUntil);
  if (inSet) return { ok: true, set: inSet, provisional: false, growth: exact(1) };
  const until = lastAllowedDate(all) as string;
  if (date > until) return { ok: false, code: 'dateTooLate', params: { date, last: last.validUntil, until } };
  return { ok: true, set: last, provisional: true, growth: indexationGrowth(last, last.validUntil, date) };
}

/**
 * How much an amount last known for a period ending `knownUntil` may have risen by `date`: one
 * possible indexation (the largest yearly one in the norm set's sources) per started year.
 */
export function indexationGrowth(set: Pick<NormSet, 'indexatie'>, knownUntil: string, date: string): Interval {
  if (date <= knownUntil) return exact(1);
  const years = Number(date.slice(0, 4)) - Number(knownUntil.slice(0, 4));
  return { lo: 1, hi: 1 + (set.indexatie.maxPerJaarProcent / 100) * Math.max(1, years) };
}

export type Band = 'under18' | '18-20' | '21-aow' | 'aow' | undefined;

export function band(age: number | undefined, referenceDate: string): Band {
  if (age === undefined) return undefined;
  if (age < 18) return 'under18';
  if (age <= 20) return '18-20';
  const r = hasReachedAowAge(age, referenceDate);
  return r === undefined ? undefined : r ? 'aow' : '21-aow';
}

/** Norm category of a household: what the reason texts call it ("een alleenstaande ouder"). */
export type NormCategory =
  | 'alleenstaande'
  | 'alleenstaande-ouder'
  | 'paar'
  | 'alleenstaande-aow'
  | 'paar-aow'
  | 'jongere-18-20'
  | 'paar-jongeren'
  | 'inrichting'
  | 'inrichting-paar'
  | 'kostendeler';

export interface HouseholdNorm {
  category: NormCategory;
  /** Bijstandsnorm per month for the whole household, excluding and including vakantietoeslag. */
  exclVT: Interval;
  inclVT: Interval;
  /** Number of kostendelers (27+) the norm counts, when a kostendelersnorm applies. */
  kostendelers?: number;
}

const mul = (i: Interval, k: number): Interval => ({ lo: i.lo * k, hi: i.hi * k });
const grow = (n: number, g: Interval): Interval => ({ lo: n * g.lo, hi: n * g.hi });

/**
 * The bijstandsnorm for this household (Participatiewet art. 20–23, 22a), or undefined when it
 * cannot be told (an age unknown, an adult under 18, the number of kostendelers unknown).
 */
export function householdNorm(input: {
  set: NormSet;
  growth: Interval;
  bands: Band[];
  childrenUnder18: number | undefined;
  institution: boolean | undefined;
  /** Kostendelers aged 27+, as an interval; undefined when unknown. */
  kostendelers: Interval | undefined;
}): HouseholdNorm | undefined {
  const { set, growth, bands, childrenUnder18, institution } = input;
  if (bands.length === 0 || bands.some((b) => b === undefined || b === 'under18')) return undefined;
  if (institution === undefined) return undefined;
  const vt = set.vakantietoeslagFactor;
  const n = set.bijstandsnormenInclVakantietoeslag;
  const single = bands.length === 1;
  const withIncl = (category: NormCategory, incl: Interval, extra: Partial<HouseholdNorm> = {}): HouseholdNorm => ({
    category,
    inclVT: incl,
    exclVT: mul(incl, vt),
    ...extra,
  });

  if (institution) {
    // Art. 23: the inrichting norm, possibly raised (lid 2); which applies is the gemeente's decision.
    const base = single ? set.inrichting.alleenstaande : set.inrichting.paar;
    const raise = single ? set.inrichting.verhoging.alleenstaande : set.inrichting.verhoging.paar;
    return withIncl(single ? 'inrichting' : 'inrichting-paar', { lo: base * growth.lo, hi: (base + raise) * growth.hi });
  }

  if (single && bands[0] === '18-20') {
    // Art. 20: the young person's norm, plus a supplement when the parents cannot contribute, at most the 21+ norm.
    const base = n['alleenstaande-18-20'];
    const cap = n['alleenstaande-21-aow'];
    return withIncl('jongere-18-20', { lo: base * growth.lo, hi: Math.min(base + set.toeslag18Tot20.bedrag, cap) * growth.hi });
  }

  const aow = bands.includes('aow');
  const young = bands.filter((b) => b === '18-20').length;
  let key: NormKey;
  let category: NormCategory;
  if (single) {
    key = aow ? 'alleenstaande-aow' : 'alleenstaande-21-aow';
    category = aow ? 'alleenstaande-aow' : childrenUnder18 === undefined ? 'alleenstaande' : childrenUnder18 > 0 ? 'alleenstaande-ouder' : 'alleenstaande';
  } else if (aow) {
    key = 'paar-aow';
    category = 'paar-aow';
  } else if (young === 0) {
    key = 'paar-21-aow';
    category = 'paar';
  } else {
    if (childrenUnder18 === undefined) return undefined;
    const kids = childrenUnder18 > 0 ? 'met-kinderen' : 'zonder-kinderen';
    key = young === 2 ? `paar-18-20-${kids}` : `paar-18-20-en-21-${kids}`;
    category = 'paar-jongeren';
  }

  // Kostendelersnorm (art. 22a) for adults from 21: norm per person = (40 + A × 30) / (A × 100) × couple norm.
  const kd = input.kostendelers;
  if (young === 0) {
    if (kd === undefined) return undefined;
    if (kd.hi > 0) {
      const adults = bands.length;
      const b = aow ? n['paar-aow'] : n['paar-21-aow'];
      const share = (k: number) => (adults * (40 + (k + adults) * 30)) / ((k + adults) * 100);
      // More kostendelers give a lower norm.
      const lo = share(Number.isFinite(kd.hi) ? kd.hi : 20) * b;
      const hi = share(kd.lo) * b;
      const own = n[key];
      return withIncl(kd.lo > 0 ? 'kostendeler' : category, { lo: Math.min(lo, own) * growth.lo, hi: Math.min(hi, own) * growth.hi }, kd.lo === kd.hi ? { kostendelers: kd.lo } : {});
    }
  }
  return withIncl(category, grow(n[key], growth));
}
