/**
 * Boundary tests: around the start and end of every phase-out and around every rent step, 2026 figures.
 * Expected amounts are worked out in the comments from the parameter files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { huurtoeslag, kindgebondenBudget, zorgtoeslag } from '../../src/lib/formulas/index.ts';
import { huurtoeslagValues, kgbValues, zorgtoeslagValues } from './helpers.ts';

const zv = zorgtoeslagValues();
const hv = huurtoeslagValues();
const kv = kgbValues();

const zt = (income: number, hasPartner = false) => zorgtoeslag({ income, hasPartner }, zv).highest;
const ht = (rent: number, income: number, persons = 1, allUnder21 = false) => huurtoeslag({ rent, income, persons, allUnder21 }, hv).highest;
const kgb = (income: number, hasPartner: boolean, ages: number[]) => kindgebondenBudget({ income, hasPartner, children: ages.map((age) => ({ age })) }, kv).highest;

test('zorgtoeslag: phase-out starts above the drempelinkomen € 29,736', () => {
  assert.deepEqual([zt(29736).perYear, zt(29736).why], [1550.45, 'maximum']);
  assert.deepEqual([zt(29737).perYear, zt(29737).why], [1550.31, 'phase-out']); // − 13.73 % × € 1
});

test('zorgtoeslag single: the last income paid (≥ € 24) is € 40,853; the published limit € 40,857 is consistent', () => {
  // 2,119 − 568.552 − 0.1373 × 11,117 = 24.084
  assert.deepEqual([zt(40853).perYear, zt(40853).why], [24.08, 'phase-out']);
  // 2,119 − 568.552 − 0.1373 × 11,118 = 23.947: below € 24
  assert.deepEqual([zt(40854).perYear, zt(40854).why], [0, 'below-minimum-payment']);
  assert.deepEqual([zt(40857).perYear, zt(40857).why], [0, 'below-minimum-payment']);
  assert.deepEqual([zt(40858).perYear, zt(40858).why], [0, 'income-above-limit']);
});

test('zorgtoeslag with partner: the last income paid is € 51,138; the published limit € 51,142 is consistent', () => {
  // 4,238 − 1,275.377 − 0.1373 × 21,402 = 24.128
  assert.equal(zt(51138, true).perYear, 24.13);
  // … × 21,403 = 23.991: below € 24
  assert.equal(zt(51139, true).perYear, 0);
  assert.equal(zt(51143, true).why, 'income-above-limit');
});

test('zorgtoeslag: assets above the limit (strictly) give nothing', () => {
  assert.equal(zorgtoeslag({ income: 20000, hasPartner: false, assets: 146011 }, zv).perYear.max, 1550.45);
  const over = zorgtoeslag({ income: 20000, hasPartner: false, assets: 146011.01 }, zv);
  assert.deepEqual([over.perYear.max, over.highest.why], [0, 'assets-above-limit']);
  assert.equal(zorgtoeslag({ income: 20000, hasPartner: true, assets: 184633 }, zv).perYear.max, 2962.62);
  assert.equal(zorgtoeslag({ income: 20000, hasPartner: true, assets: 184634 }, zv).perYear.max, 0);
});

test('huurtoeslag: rent at and just above the basishuur (€ 202.52 single)', () => {
  assert.deepEqual([ht(202.52, 15000).perMonth, ht(202.52, 15000).why, ht(202.52, 15000).band], [0, 'rent-below-basishuur', 'below-basishuur']);
  // € 0.01 a month is below the € 24 a year minimum
  assert.deepEqual([ht(202.53, 15000).perMonth, ht(202.53, 15000).why], [0, 'below-minimum-payment']);
  assert.equal(ht(204.52, 15000).perMonth, 2); // € 24 a year: paid
  assert.equal(ht(250, 15000).perMonth, 47.48);
});

test('huurtoeslag: the 100 % band ends at the kwaliteitskortingsgrens € 498.20, then 65 %', () => {
  assert.deepEqual([ht(498.2, 15000).perMonth, ht(498.2, 15000).band], [295.68, 'band-100']);
  assert.deepEqual([ht(498.21, 15000).perMonth, ht(498.21, 15000).band], [295.69, 'band-65']); // + 0.0065
  assert.equal(ht(508.2, 15000).perMonth, 302.18); // + 6.50 for € 10
});

test('huurtoeslag: the 65 % band ends at the aftoppingsgrens (€ 713.02 for 1–2 persons, € 764.14 for 3+), then 40 %', () => {
  // single: 295.68 + 0.65 × 214.82 = 435.313
  assert.deepEqual([ht(713.02, 15000).perMonth, ht(713.02, 15000).band], [435.31, 'band-65']);
  assert.deepEqual([ht(723.02, 15000).perMonth, ht(723.02, 15000).band], [439.31, 'band-40']); // + 4.00 for € 10
  // two persons: basishuur € 200.71, same aftoppingsgrens: 297.49 + 139.633 = 437.123
  assert.equal(ht(713.02, 30000, 2).perMonth, 437.12);
  assert.equal(ht(723.02, 30000, 2).perMonth, 441.12);
  // three persons: aftoppingsgrens € 764.14: 297.49 + 0.65 × 265.94 = 470.351
  assert.deepEqual([ht(764.14, 30000, 3).perMonth, ht(764.14, 30000, 3).band], [470.35, 'band-65']);
  assert.deepEqual([ht(774.14, 30000, 3).perMonth, ht(774.14, 30000, 3).band], [474.35, 'band-40']);
});

test('huurtoeslag: rent counts up to € 932.93; the part above gets nothing (and is no reason to refuse)', () => {
  assert.deepEqual([ht(932.93, 15000).perMonth, ht(932.93, 15000).band], [523.28, 'band-40']);
  assert.deepEqual([ht(1500, 15000).perMonth, ht(1500, 15000).band], [523.28, 'above-cap']);
});

test('huurtoeslag: everyone under 21 (no child): rent counts only up to € 498.20', () => {
  assert.equal(ht(498.2, 12000, 1, true).perMonth, 295.68);
  assert.deepEqual([ht(700, 12000, 1, true).perMonth, ht(700, 12000, 1, true).band], [295.68, 'above-cap']);
});

test('huurtoeslag: the afbouw starts above the minimum-inkomensijkpunt (€ 23,425 single at 27 %, € 31,500 multi at 22 %)', () => {
  assert.deepEqual([ht(700, 23425).perMonth, ht(700, 23425).why], [426.85, 'no-phase-out']);
  assert.deepEqual([ht(700, 23437).perMonth, ht(700, 23437).why], [426.58, 'phase-out']); // − 12 × 27 % / 12 = − 0.27
  assert.equal(ht(800, 31500, 3).perMonth, 484.7);
  assert.equal(ht(800, 31512, 3).perMonth, 484.48); // − 0.22
});

test('huurtoeslag: the afbouw ends where the toeslag reaches zero (meerpersoons, rent € 800)', () => {
  // 484.695 × 12 / 0.22 = 26,437.9 above € 31,500 → nothing from € 57,938; below € 24 a year from about € 57,829
  assert.ok(ht(800, 57800, 3).perMonth > 2);
  assert.equal(ht(800, 57900, 3).why, 'below-minimum-payment');
  assert.equal(ht(800, 57940, 3).why, 'phased-out');
});

test('huurtoeslag assets: € 38,479 single, € 76,958 with partner, + € 38,479 per medebewoner', () => {
  const a = (assets: number, hasPartner = false, coResidents = 0) => huurtoeslag({ rent: 700, income: 20000, persons: 2, assets, hasPartner, coResidents }, hv).perMonth.max;
  assert.ok(a(38479) > 0);
  assert.equal(a(38479.01), 0);
  assert.ok(a(76958, true) > 0);
  assert.equal(a(76959, true), 0);
  assert.ok(a(115437, true, 1) > 0);
  assert.equal(a(115438, true, 1), 0);
});

test('kindgebonden budget: phase-out starts above € 29,736 (single) and € 39,141 (with toeslagpartner)', () => {
  assert.deepEqual([kgb(29736, false, [4]).perYear, kgb(29736, false, [4]).why], [5996, 'maximum']);
  assert.deepEqual([kgb(29737, false, [4]).perYear, kgb(29737, false, [4]).why], [5995.92, 'phase-out']);
  assert.equal(kgb(39141, true, [4]).perYear, 2580);
  assert.equal(kgb(39142, true, [4]).perYear, 2579.92);
});

test('kindgebonden budget: phase-out end (single, one child of 4)', () => {
  // 5,996 − 0.076 × 78,564 = 25.136: paid
  assert.equal(kgb(108300, false, [4]).perYear, 25.14);
  // 5,996 − 0.076 × 78,594 = 22.856: below € 24
  assert.equal(kgb(108330, false, [4]).why, 'below-minimum-payment');
  // 5,996 / 0.076 = 78,894.7 above the drempel: nothing from € 108,631
  assert.equal(kgb(108631, false, [4]).why, 'phased-out');
});

test('kindgebonden budget: age supplements at 12, 16 and none from 18', () => {
  const y = (age: number) => kgb(20000, true, [age]).perYear;
  assert.deepEqual([y(11), y(12), y(15), y(16), y(17), y(18)], [2580, 3304, 3304, 3544, 3544, 0]);
  assert.equal(kgb(20000, true, [18]).why, 'no-children');
});

test('kindgebonden budget assets: € 146,011 single, € 184,633 with partner', () => {
  const k = (assets: number, hasPartner: boolean) => kindgebondenBudget({ income: 20000, hasPartner, children: [{ age: 3 }], assets }, kv).perYear.max;
  assert.equal(k(146011, false), 5996);
  assert.equal(k(146012, false), 0);
  assert.equal(k(184633, true), 2580);
  assert.equal(k(184634, true), 0);
});
