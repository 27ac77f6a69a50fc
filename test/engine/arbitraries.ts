/** fast-check generators for households, shared by the property and oracle tests. */
import fc from 'fast-check';
import type { Household } from '../../src/lib/engine/index.ts';

const opt = <T>(arb: fc.Arbitrary<T>, known: boolean) => (known ? arb : fc.option(arb, { nil: null }));
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);

export function householdArb(fullyKnown = false): fc.Arbitrary<Household> {
  const k = fullyKnown;
  const sources = fc.subarray(['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const, { minLength: 1, maxLength: 2 });
  const adult = (role: 'applicant' | 'partner') =>
    fc.record({
      role: fc.constant(role),
      age: opt(fc.integer({ min: 16, max: 95 }), k),
      netMonthlyIncome: opt(fc.oneof(money(4000), fc.constant(0), fc.constantFrom(1331.43, 1401.5, 1464.57, 2002.13, 2092.23)), k),
      incomeSources: opt(sources.map((s) => [...s]), k),
      student: opt(fc.boolean(), k),
    });
  const child = fc.record({ role: fc.constant('child' as const), age: opt(fc.integer({ min: 0, max: 25 }), k) });
  return fc.record({
    referenceDate: fc.constantFrom('2026-01-01', '2026-03-15', '2026-06-30', '2026-07-01', '2026-11-23'),
    municipality: opt(fc.constantFrom('Amersfoort', 'Hoogland', 'Leusden', 'Utrecht'), k),
    members: fc
      .tuple(adult('applicant'), fc.option(adult('partner'), { nil: undefined }), fc.array(child, { maxLength: 4 }))
      .map(([a, p, c]) => [a, ...(p ? [p] : []), ...c]),
    assets: opt(fc.oneof(money(200000), fc.constantFrom(0, 8000, 8001, 16000, 38479, 146011)), k),
    housing: opt(fc.record({ type: fc.constantFrom('rent', 'own', 'lodger', 'institution', 'homeless' as const), monthlyRent: opt(money(1500), k) }), k),
    yearsOnLowIncome: opt(fc.integer({ min: 0, max: 20 }), k),
    hasDebts: opt(fc.boolean(), k),
    caregiving: opt(fc.record({ hoursPerWeek: opt(fc.integer({ min: 0, max: 40 }), k), months: opt(fc.integer({ min: 0, max: 24 }), k), careRecipientInAmersfoort: opt(fc.boolean(), k) }), k),
    hasPet: opt(fc.boolean(), k),
    hasSpecialCosts: opt(fc.boolean(), k),
    monthlyFixedCosts: opt(money(3000), k),
  }) as fc.Arbitrary<Household>;
}
