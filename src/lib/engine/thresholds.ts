/**
 * Thresholds the check's skip logic needs, computed from the content (never typed into the UI):
 * the income above which no rule's income limit can be met, and the AOW age, per period.
 * Used at build time (buildMeta.ts) to give the island a small table it picks from by date.
 */
import { aowAgeOn } from './aow.ts';
import { lastAllowedDate, selectNorms } from './norms.ts';
import type { Condition, EngineContent } from './types.ts';

export interface ThresholdPeriod {
  from: string;
  until: string;
  skipIncome: { single: number; couple: number };
  /** Whole years from which someone has surely reached the AOW age. */
  aowAge: number;
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

export function thresholdPeriods(content: EngineContent): ThresholdPeriod[] {
  const pct = highestIncomePercent(content) / 100;
  const sets = [...content.normSets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const end = lastAllowedDate(sets);
  if (!end || sets.length === 0) return [];
  const out: ThresholdPeriod[] = [];
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
    });
  });
  return out;
}
