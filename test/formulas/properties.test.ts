/**
 * Property tests (fast-check): more income never raises a toeslag, amounts are never negative, and a
 * range always contains the exact amount for any exact input inside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { huurtoeslag, kindgebondenBudget, kinderbijslag, zorgtoeslag } from '../../src/lib/formulas/index.ts';
import { huurtoeslagValues, kgbValues, kinderbijslagValues, zorgtoeslagValues } from './helpers.ts';

const zv = zorgtoeslagValues();
const hv = huurtoeslagValues();
const kv = kgbValues();
const kbv = kinderbijslagValues();

const euros = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const pair = (max: number) => fc.tuple(euros(max), euros(max)).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
const children = fc.array(fc.record({ age: fc.integer({ min: 0, max: 20 }) }), { maxLength: 6 });
const assetsOpt = fc.option(euros(250_000), { nil: undefined });
const RUNS = { numRuns: 1500 };

const inRange = (x: number, r: { min: number; max: number }) => r.min <= x && x <= r.max;

test('zorgtoeslag: more income (or more assets) never raises it; never negative; the range contains the exact amount', () => {
  fc.assert(
    fc.property(pair(70_000), euros(70_000), fc.boolean(), fc.option(fc.boolean(), { nil: undefined }), assetsOpt, ([lo, hi], t, hasPartner, partnerInsured, assets) => {
      const x = lo + ((hi - lo) * t) / 70_000;
      const exactAt = (income: number) => zorgtoeslag({ income, hasPartner, partnerInsured, assets }, zv);
      const r = zorgtoeslag({ income: { min: lo, max: hi }, hasPartner, partnerInsured, assets }, zv);
      assert.ok(exactAt(hi).perYear.max <= exactAt(lo).perYear.max);
      assert.ok(r.perYear.min >= 0 && r.perMonth.min >= 0);
      assert.ok(inRange(exactAt(Math.round(x * 100) / 100).perYear.max, r.perYear));
      assert.ok(inRange(exactAt(Math.round(x * 100) / 100).perMonth.max, r.perMonth));
      if (assets !== undefined) assert.ok(zorgtoeslag({ income: lo, hasPartner, assets: assets + 1000 }, zv).perYear.max <= zorgtoeslag({ income: lo, hasPartner, assets }, zv).perYear.max);
      assert.equal(r.exact, r.perYear.min === r.perYear.max);
    }),
    RUNS,
  );
});

test('huurtoeslag: more income never raises it, more rent never lowers it; never negative; ranges contain the exact amount', () => {
  fc.assert(
    fc.property(pair(80_000), pair(1_400), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 7 }), fc.boolean(), assetsOpt, ([ilo, ihi], [rlo, rhi], ti, tr, persons, allUnder21, assets) => {
      const base = { persons, allUnder21, assets };
      const r = huurtoeslag({ ...base, rent: { min: rlo, max: rhi }, income: { min: ilo, max: ihi } }, hv);
      const i = Math.round((ilo + (ihi - ilo) * ti) * 100) / 100;
      const rent = Math.round((rlo + (rhi - rlo) * tr) * 100) / 100;
      const exact = huurtoeslag({ ...base, rent, income: i }, hv);
      assert.ok(r.perMonth.min >= 0);
      assert.ok(inRange(exact.perMonth.max, r.perMonth), `${exact.perMonth.max} not in ${JSON.stringify(r.perMonth)}`);
      assert.ok(inRange(exact.perYear.max, r.perYear));
      assert.ok(huurtoeslag({ ...base, rent, income: ihi }, hv).perMonth.max <= huurtoeslag({ ...base, rent, income: ilo }, hv).perMonth.max);
      assert.ok(huurtoeslag({ ...base, rent: rlo, income: i }, hv).perMonth.max <= huurtoeslag({ ...base, rent: rhi, income: i }, hv).perMonth.max);
    }),
    RUNS,
  );
});

test('kindgebonden budget: more income never raises it, another child never lowers it; never negative; the range contains the exact amount', () => {
  fc.assert(
    fc.property(pair(150_000), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), children, fc.integer({ min: 0, max: 17 }), assetsOpt, ([lo, hi], t, hasPartner, kids, extraAge, assets) => {
      const r = kindgebondenBudget({ income: { min: lo, max: hi }, hasPartner, children: kids, assets }, kv);
      const x = Math.round((lo + (hi - lo) * t) * 100) / 100;
      const at = (income: number, c = kids) => kindgebondenBudget({ income, hasPartner, children: c, assets }, kv).perYear.max;
      assert.ok(r.perYear.min >= 0 && r.perMonth.min >= 0);
      assert.ok(inRange(at(x), r.perYear));
      assert.ok(at(hi) <= at(lo));
      // Another child never lowers the maximum; with the € 24 minimum the paid amount can only stay 0 or rise.
      assert.ok(at(x, [...kids, { age: extraAge }]) >= at(x));
    }),
    RUNS,
  );
});

test('kinderbijslag: never negative, the sum of its children, and ages of 18+ get nothing', () => {
  fc.assert(
    fc.property(children, (kids) => {
      const k = kinderbijslag({ children: kids }, kbv);
      assert.ok(k.perQuarter.min >= 0);
      const sum = kids.reduce((s, c) => s + kinderbijslag({ children: [c] }, kbv).perQuarter.min * 100, 0);
      assert.equal(Math.round(k.perQuarter.min * 100), Math.round(sum));
      for (const c of k.perChild) if (c.age >= 18) assert.equal(c.perQuarter, 0);
    }),
    RUNS,
  );
});
