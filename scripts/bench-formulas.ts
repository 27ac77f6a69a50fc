/**
 * For npm run bench: one household through the toeslag formulas, as the engine would call them
 * (an illustration of the wiring, not the engine itself). Returns the number of amounts above zero.
 */
import type { Household } from '../src/lib/engine/index.ts';
import {
  addRanges,
  huurtoeslagOnDate,
  kinderbijslagOnDate,
  kindgebondenBudgetOnDate,
  toetsingsinkomenFromNetOnDate,
  zorgtoeslagOnDate,
  NET_INCOME_KINDS,
} from '../src/lib/formulas/index.ts';
import type { NetIncomeKind, Range } from '../src/lib/formulas/index.ts';

export function runFormulas(h: Household): number {
  const date = h.referenceDate ?? '2026-03-01';
  const members = h.members ?? [];
  const adults = members.filter((m) => m.role !== 'child');
  const kids = members.filter((m) => m.role === 'child' && typeof m.age === 'number').map((m) => ({ age: m.age as number }));
  const incomes: Range[] = [];
  for (const a of adults) {
    const sources = (a.incomeSources ?? []).filter((s): s is NetIncomeKind => (NET_INCOME_KINDS as readonly string[]).includes(s));
    const net = a.netMonthlyIncome;
    if (net === null || net === undefined || sources.length === 0) {
      incomes.push({ min: 0, max: 60000 });
      continue;
    }
    const e = toetsingsinkomenFromNetOnDate({ netPerMonth: net, sources, aowAge: (a.age ?? 0) >= 67 }, date);
    incomes.push(e.known ? e.perYear : { min: 0, max: 60000 });
  }
  const income = addRanges(...incomes);
  const hasPartner = adults.length > 1;
  const assets = h.assets ?? undefined;
  let n = 0;
  const z = zorgtoeslagOnDate({ income, hasPartner, assets }, date);
  if (z.known && z.perYear.max > 0) n++;
  const rent = h.housing?.monthlyRent;
  if (h.housing?.type === 'rent' && typeof rent === 'number') {
    const t = huurtoeslagOnDate({ rent, income, persons: Math.max(1, members.length), hasPartner, assets }, date);
    if (t.known && t.perMonth.max > 0) n++;
  }
  if (kids.length > 0) {
    const k = kindgebondenBudgetOnDate({ income, hasPartner, children: kids, assets }, date);
    if (k.known && k.perYear.max > 0) n++;
    const b = kinderbijslagOnDate({ children: kids }, date);
    if (b.known && b.perQuarter.max > 0) n++;
  }
  return n;
}
