/** fast-check generators for households (by the contract), shared by the property and oracle tests. */
import fc from 'fast-check';
import type { Household } from '../../src/lib/engine/index.ts';
import { CONTENT } from '../helpers.ts';

/** Where a household may live: the pack's municipality, one of its other places, and two places outside it (fictitious). */
const { name, places } = CONTENT.municipality;
const PLACES = [...new Set([name, places[places.length - 1] ?? name])].concat(['Proefdorp', 'Elders']);

const opt = <T>(arb: fc.Arbitrary<T>, known: boolean) => (known ? arb : fc.option(arb, { nil: null }));
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
/** A number or a range, as bucket answers send them. */
const qty = (max: number, exactOnly: boolean) =>
  exactOnly
    ? fc.integer({ min: 0, max })
    : fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }).map((n) => ({ atLeast: n })), fc.integer({ min: 1, max }).map((n) => ({ lessThan: n })));

export function householdArb(fullyKnown = false): fc.Arbitrary<Household> {
  const k = fullyKnown;
  const sources = fc.subarray(['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const, { minLength: 1, maxLength: 2 });
  const adult = (role: 'applicant' | 'partner') =>
    fc.record({
      role: fc.constant(role),
      age: opt(fc.integer({ min: 18, max: 95 }), k),
      netMonthlyIncome: opt(fc.oneof(money(4000), fc.constant(0), fc.constantFrom(1331.43, 1348.49, 1401.5, 1419.46, 1464.57, 1483.34, 2002.13, 2092.23)), k),
      incomeSources: opt(sources.map((s) => [...s]), k),
      student: opt(fc.boolean(), k),
    });
  // Children are at most 12 years younger than the youngest plausible parent (18): ages 0–6 keep every household plausible.
  const child = fc.record({ role: fc.constant('child' as const), age: opt(fc.integer({ min: 0, max: 6 }), k) });
  return fc.record({
    referenceDate: fc.constantFrom('2026-01-01', '2026-03-15', '2026-06-30', '2026-07-01', '2026-11-23', '2027-01-05', '2027-09-01'),
    municipality: opt(fc.constantFrom(...PLACES), k),
    members: fc.tuple(adult('applicant'), fc.option(adult('partner'), { nil: undefined }), fc.array(child, { maxLength: 4 })).map(([a, p, c]) => [a, ...(p ? [p] : []), ...c]),
    incomeMayIncludeHolidayPay: k ? fc.constant(false) : fc.option(fc.boolean(), { nil: undefined }),
    housemates27Plus: k ? fc.constant(0) : fc.option(qty(3, false), { nil: undefined }),
    assets: opt(fc.oneof(money(200000), fc.constantFrom(0, 1331, 8000, 8001, 16000, 38479, 146011)), k),
    housing: opt(fc.record({ type: fc.constantFrom('rent', 'own', 'lodger', 'institution', 'homeless' as const), monthlyRent: opt(money(1500), k) }), k),
    yearsOnLowIncome: opt(qty(17, k), k),
    hasDebts: opt(fc.boolean(), k),
    caregiving: opt(fc.record({ givesCare: opt(fc.boolean(), k), hoursPerWeek: opt(qty(40, k), k), months: opt(qty(24, k), k), careRecipientInMunicipality: opt(fc.boolean(), k) }), k),
    hasPet: opt(fc.boolean(), k),
    hasSpecialCosts: opt(fc.boolean(), k),
    monthlyFixedCosts: opt(money(3000), k),
    receiving: opt(fc.subarray(['zorgtoeslag', 'huurtoeslag', 'kinderbijslag', 'kwijtschelding-gemeentelijke-belastingen']), k),
  }) as fc.Arbitrary<Household>;
}
