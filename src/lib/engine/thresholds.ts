/**
 * Thresholds the check's skip logic needs, computed from the content (never typed into the UI):
 * the income above which no rule's income limit can be met, and the AOW age, per period.
 * Used at build time (buildMeta.ts) to give the island a small table it picks from by date.
 */
import { aowAgeOn } from './aow.ts';
import { lastAllowedDate, selectNorms } from './norms.ts';
import type { Condition, EngineContent } from './types.ts';
import {
  huurtoeslagOnDate,
  kindgebondenBudgetOnDate,
  parameterFilesFrom,
  toetsingsinkomenFromNetOnDate,
  zorgtoeslagOnDate,
  type Outcome,
  type ParameterFiles,
  type Range,
} from '../formulas/index.ts';

export interface ThresholdPeriod {
  from: string;
  until: string;
  skipIncome: { single: number; couple: number };
  /** Whole years from which someone has surely reached the AOW age. */
  aowAge: number;
  /**
   * When the gross yearly income can change a toeslag amount, as a net income per month: at or below
   * `below` every toeslag is at its maximum whatever the gross is (the estimate from the net lies below
   * every phase-out); above `above` no toeslag is paid at all (null: no such limit, e.g. with children).
   * `single`: no partner and no children; `multi`: a partner or children. Null when the figures for the
   * period are not all known (then the question is always asked).
   */
  grossMatters: { single: { below: number; above: number | null }; multi: { below: number; above: number | null } } | null;
}

/** Holiday pay that may be in a typed income: 8 % on wages (the larger of the two factors in facts.ts). */
const HOLIDAY = 1.08;

/** The highest income limit of any rule, as % of the norm excl. VT. */
export function highestIncomePercent(content: EngineContent): number {
  let max = 0;
  const walk = (c: Condition) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (c.fact === 'incomePercentOfNorm' && typeof c.value === 'number') {
      const base = c.params?.base;
      max = Math.max(max, base === 'inclVT' || base === 'unclear' ? c.value / 0.95 : c.value);
    }
  };
  for (const r of content.rules) {
    walk(r.conditions);
    if (r.appliesTo) walk(r.appliesTo);
  }
  return max;
}

const cache = new WeakMap<EngineContent, ThresholdPeriod[]>();

export function thresholdPeriods(content: EngineContent): ThresholdPeriod[] {
  let periods = cache.get(content);
  if (!periods) cache.set(content, (periods = computePeriods(content)));
  return periods;
}

function computePeriods(content: EngineContent): ThresholdPeriod[] {
  const pct = highestIncomePercent(content) / 100;
  const sets = [...content.normSets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const end = lastAllowedDate(sets);
  if (!end || sets.length === 0) return [];
  const out: ThresholdPeriod[] = [];
  const files = parameterFilesFrom(content.parameters);
  // One period per norm set and calendar year (the AOW age is per year; provisional margins grow per year).
  const starts = new Set<string>(sets.map((s) => s.validFrom));
  for (let y = Number(sets[0]!.validFrom.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) starts.add(`${y}-01-01`);
  const list = [...starts].filter((d) => d >= sets[0]!.validFrom && d <= end).sort();
  list.forEach((from, i) => {
    const next = list[i + 1];
    const until = next ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : end;
    const sel = selectNorms(sets, from);
    if (!sel.ok) return;
    const n = sel.set.bijstandsnormenInclVakantietoeslag;
    const f = sel.set.vakantietoeslagFactor * sel.growth.hi * pct * HOLIDAY;
    const aow = aowAgeOn(from);
    out.push({
      from,
      until,
      skipIncome: {
        single: Math.ceil(Math.max(n['alleenstaande-21-aow'], n['alleenstaande-aow']) * f),
        couple: Math.ceil(Math.max(n['paar-21-aow'], n['paar-aow']) * f),
      },
      // Outside the AOW table the age is unknown: 999 means "never skip on age".
      aowAge: aow ? aow.years + (aow.months > 0 ? 1 : 0) : 999,
      grossMatters: grossMatters(files, from),
    });
  });
  return out;
}

/** The highest value in [lo, hi] (whole euros) for which `ok` holds, when `ok` holds at lo and is monotone (true, then false). */
function highest(ok: (x: number) => boolean, lo: number, hi: number): number {
  if (ok(hi)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** A gross income no household reaches (euros per year). */
const TOP = 1_000_000;
/** A rent above every cap (euros per month). */
const ANY_RENT = 10_000;

/**
 * From the toeslag formulas and the net → gross method, for a date: see ThresholdPeriod.grossMatters.
 * Conservative on purpose: the question is asked whenever the gross could make a difference.
 */
export function grossMatters(files: ParameterFiles, date: string): ThresholdPeriod['grossMatters'] {
  const known = <R>(o: Outcome<R>): R | null => (o.known ? o : null);
  type Amount = (income: number) => number | null;
  const zt = (hasPartner: boolean): Amount => (income) => known(zorgtoeslagOnDate({ income, hasPartner }, date, files))?.perYear.max ?? null;
  const ht = (persons: number): Amount => (income) => known(huurtoeslagOnDate({ rent: ANY_RENT, income, persons, hasPartner: persons > 1 }, date, files))?.perYear.max ?? null;
  const kgb = (hasPartner: boolean): Amount => (income) => known(kindgebondenBudgetOnDate({ income, hasPartner, children: [{ age: 16 }] }, date, files))?.perYear.max ?? null;
  const single = [zt(false), ht(1), ht(2)];
  const multi = [zt(false), zt(true), ht(2), ht(3), kgb(false), kgb(true)];
  if ([...single, ...multi].some((f) => f(0) === null)) return null;
  // Gross income up to which an amount stays at its maximum, and up to which it is paid at all.
  const flatUntil = (fs: Amount[]) => Math.min(...fs.map((f) => highest((x) => f(x) === f(0), 0, TOP)));
  const paidUntil = (fs: Amount[]) => Math.max(...fs.map((f) => highest((x) => (f(x) ?? 0) > 0, 0, TOP)));

  // The highest gross the net → gross method can give for a net per month (any income kind, holiday pay unknown).
  const kinds = [['work'], ['bijstand'], ['uwv'], ['pension'], ['work', 'uwv'], ['work', 'pension']] as const;
  const upper = (netPerMonth: number): number => {
    let max = 0;
    for (const aowAge of [false, true])
      for (const sources of aowAge ? [...kinds, ['aow'], ['aow', 'pension']] : kinds) {
        const o = toetsingsinkomenFromNetOnDate({ netPerMonth, sources: sources as readonly ('work' | 'bijstand' | 'uwv' | 'pension' | 'aow')[], aowAge }, date, files);
        const r: Range | undefined = o.known ? o.perYear : o.fallback?.perYear;
        if (!r) return TOP;
        max = Math.max(max, r.max);
      }
    return max;
  };
  // Couples: the household income may be split over two people, each with an estimate of their own.
  const upperCouple = (netPerMonth: number) => Math.max(upper(netPerMonth), 2 * upper(netPerMonth / 2));
  const below = (start: number, est: (n: number) => number) => highest((n) => est(n) < start, 0, 20_000);
  const flatSingle = flatUntil(single);
  const flatMulti = flatUntil(multi);
  return {
    // The net income is never more than the gross (12 × the monthly net without holiday pay ≤ the yearly gross).
    single: { below: below(flatSingle, upper), above: Math.ceil(paidUntil(single) / 12) },
    multi: { below: below(flatMulti, upperCouple), above: null },
  };
}
