/**
 * The worked examples of ../shared/reference/content-facts-round2.md §2.1 (zorgtoeslag) and §2.3
 * (huurtoeslag), 2026 figures, to the cent; plus the kindgebonden budget and kinderbijslag amounts of
 * content-facts-addendum.md §5.2–5.3.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { huurtoeslagOnDate, kindgebondenBudgetOnDate, kinderbijslagOnDate, zorgtoeslagOnDate } from '../../src/lib/formulas/index.ts';
import { D, exactly, known, PARAMETER_FILES } from './helpers.ts';

test('§2.1 zorgtoeslag single, income ≤ € 29,736: € 1,550.45 a year, advance € 129 a month', () => {
  const z = known(zorgtoeslagOnDate({ income: 29736, hasPartner: false }, D, PARAMETER_FILES));
  exactly(z.perYear, 1550.45);
  exactly(z.perMonth, 129);
  assert.equal(z.highest.normpremie, 568.55);
  assert.equal(z.highest.why, 'maximum');
});

test('§2.1 zorgtoeslag with partner, income ≤ € 29,736: € 2,962.62 a year, advance € 246 a month', () => {
  const z = known(zorgtoeslagOnDate({ income: 20000, hasPartner: true }, D, PARAMETER_FILES));
  exactly(z.perYear, 2962.62);
  exactly(z.perMonth, 246);
  assert.equal(z.highest.normpremie, 1275.38);
});

test('§2.1 zorgtoeslag single, income € 35,000: normpremie € 1,291.30, toeslag € 827.70 (€ 68.98 a month before rounding down)', () => {
  const z = known(zorgtoeslagOnDate({ income: 35000, hasPartner: false }, D, PARAMETER_FILES));
  exactly(z.perYear, 827.7);
  assert.equal(z.highest.normpremie, 1291.3);
  assert.equal(z.highest.phaseOut, 722.75);
  exactly(z.perMonth, 68);
  assert.equal(z.highest.why, 'phase-out');
});

test('§2.3 huurtoeslag maximum, single, rent ≥ € 932.93, low income: € 523.28 a month (unrounded 523.277)', () => {
  const h = known(huurtoeslagOnDate({ rent: 1100, income: 18000, persons: 1 }, D, PARAMETER_FILES));
  exactly(h.perMonth, 523.28);
  exactly(h.perYear, 6279.36);
  assert.equal(h.highest.band100, 295.68);
  assert.equal(h.highest.band65, 139.63);
  assert.equal(h.highest.band40, 87.96);
  assert.equal(h.highest.band, 'above-cap');
  assert.equal(h.highest.countedRent, 932.93);
});

test('§2.3 huurtoeslag maximum, 3+ persons, rent ≥ € 932.93, income ≤ € 31,500: € 537.87 a month', () => {
  const h = known(huurtoeslagOnDate({ rent: 932.93, income: 31500, persons: 4 }, D, PARAMETER_FILES));
  exactly(h.perMonth, 537.87);
  assert.equal(h.highest.band, 'band-40');
  assert.equal(h.highest.why, 'no-phase-out');
});

test('§2.3 huurtoeslag single, rent € 700, income € 25,000: gross € 426.85 − afbouw € 35.44 = € 391.41 a month', () => {
  const h = known(huurtoeslagOnDate({ rent: 700, income: 25000, persons: 1 }, D, PARAMETER_FILES));
  exactly(h.perMonth, 391.41);
  assert.equal(h.highest.grossPerMonth, 426.85);
  assert.equal(h.highest.phaseOutPerMonth, 35.44);
  assert.equal(h.highest.band, 'band-65');
});

test('§2.3 huurtoeslag family 3+, rent € 800, income € 25,000: € 484.70 a month (no afbouw below € 31,500)', () => {
  const h = known(huurtoeslagOnDate({ rent: 800, income: 25000, persons: 3 }, D, PARAMETER_FILES));
  exactly(h.perMonth, 484.7);
  assert.equal(h.highest.band40, 14.34);
});

test('§2.3 huurtoeslag single at maximum rent gets nothing from about € 46,682 (and below € 24 a year just before it)', () => {
  const at = (income: number) => known(huurtoeslagOnDate({ rent: 1000, income, persons: 1 }, D, PARAMETER_FILES)).highest;
  assert.ok(at(46500).perMonth > 2);
  // € 1.84 a month = € 22.07 a year: below the Awir minimum of € 24, so not paid.
  assert.equal(at(46600).perMonth, 0);
  assert.equal(at(46600).why, 'below-minimum-payment');
  assert.equal(at(46700).perMonth, 0);
  assert.equal(at(46700).why, 'phased-out');
});

test('§2.3: the Kamerstuk 36608 nr. 6 examples (€ 355.18, € 463) used 2024 parameters; the 2026 law gives other amounts', () => {
  // The reference file says not to use them as test values; we check they are NOT what the 2026 law gives.
  assert.notEqual(known(huurtoeslagOnDate({ rent: 700, income: 25000, persons: 1 }, D, PARAMETER_FILES)).perMonth.max, 355.18);
  assert.notEqual(known(huurtoeslagOnDate({ rent: 800, income: 25000, persons: 3 }, D, PARAMETER_FILES)).perMonth.max, 463);
});

test('kindgebonden budget 2026: € 2,580 per child, € 724 (12–15), € 964 (16–17), alleenstaande-ouderkop € 3,416', () => {
  const single = known(kindgebondenBudgetOnDate({ income: 20000, hasPartner: false, children: [{ age: 3 }, { age: 13 }, { age: 17 }] }, D, PARAMETER_FILES));
  exactly(single.perYear, 3 * 2580 + 724 + 964 + 3416);
  const couple = known(kindgebondenBudgetOnDate({ income: 20000, hasPartner: true, children: [{ age: 3 }] }, D, PARAMETER_FILES));
  exactly(couple.perYear, 2580);
  exactly(couple.perMonth, 215);
});

test('kindgebonden budget 2026: 7.6 % of the income above € 29,736 (couple: + € 9,405)', () => {
  const couple = known(kindgebondenBudgetOnDate({ income: 65000, hasPartner: true, children: [{ age: 7 }, { age: 10 }] }, D, PARAMETER_FILES));
  // 5,160 − 0.076 × (65,000 − 39,141) = 5,160 − 1,965.284 = 3,194.716
  exactly(couple.perYear, 3194.72);
  assert.equal(couple.highest.threshold, 39141);
  assert.equal(couple.highest.why, 'phase-out');
});

test('kinderbijslag: € 295.07 / € 358.30 / € 421.53 per quarter from 1 January 2026, € 298.40 / € 362.35 / € 426.29 from 1 July', () => {
  const jan = known(kinderbijslagOnDate({ children: [{ age: 0 }, { age: 6 }, { age: 12 }] }, '2026-02-15', PARAMETER_FILES));
  exactly(jan.perQuarter, 295.07 + 358.3 + 421.53);
  const jul = known(kinderbijslagOnDate({ children: [{ age: 5 }, { age: 11 }, { age: 17 }] }, '2026-08-15', PARAMETER_FILES));
  exactly(jul.perQuarter, 298.4 + 362.35 + 426.29);
  // The year 2026 counts two quarters at each rate: 2 × 1,074.90 + 2 × 1,087.04.
  exactly(jan.perYear, 4323.88);
  assert.deepEqual(jan.quarters.map((q) => q.validFrom), ['2026-01-01', '2026-01-01', '2026-07-01', '2026-07-01']);
  exactly(known(kinderbijslagOnDate({ children: [{ age: 18 }] }, D, PARAMETER_FILES)).perQuarter, 0);
});
