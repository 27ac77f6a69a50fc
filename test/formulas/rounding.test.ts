/**
 * Rounding. Where the official order is published we follow it; where it is not (zorgtoeslag yearly
 * amount, every huurtoeslag step, kindgebonden budget), the formulas compute exactly and round once at
 * the end, to the cent, half up. These tests pin that choice and bound what another order would change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { huurtoeslag, kindgebondenBudget, zorgtoeslag } from '../../src/lib/formulas/index.ts';
import { huurtoeslagValues, kgbValues, zorgtoeslagValues } from './helpers.ts';

const zv = zorgtoeslagValues();
const hv = huurtoeslagValues();
const kv = kgbValues();

test('not published: zorgtoeslag yearly amount. Rounding the normpremie to cents first differs by at most one cent', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 4_100_000 }), fc.boolean(), (incomeCents, partner) => {
      const ours = zorgtoeslag({ income: incomeCents / 100, hasPartner: partner }, zv).perYear.max;
      if (ours === 0) return;
      const pct = partner ? zv.normpremiePercentagePartner : zv.normpremiePercentageAlleenstaande;
      const normpremieCents = Math.round((zv.drempelinkomen * pct) / 100 + (Math.max(0, incomeCents - zv.drempelinkomen) * zv.afbouwPercentage) / 100);
      const other = (zv.standaardpremie * (partner ? 2 : 1) - normpremieCents) / 100;
      assert.ok(Math.abs(ours - other) <= 0.011, `${incomeCents}: ${ours} vs ${other}`);
    }),
    { numRuns: 2000 },
  );
});

test('published (M): the zorgtoeslag monthly advance is the yearly amount / 12 rounded down to whole euros', () => {
  const z = zorgtoeslag({ income: 35000, hasPartner: false }, zv);
  assert.equal(z.perYear.max, 827.7);
  assert.equal(z.perMonth.max, 68); // 827.70 / 12 = 68.975
});

test('not published: huurtoeslag. We round the monthly amount once; rounding every band first can differ by a cent', () => {
  // Rent € 720, income € 14,000, single: 295.68 + 0.65 × 214.82 + 0.40 × 6.98 = 295.68 + 139.633 + 2.792 = 438.105
  const h = huurtoeslag({ rent: 720, income: 14000, persons: 1 }, hv);
  assert.equal(h.perMonth.max, 438.11);
  const perBand = h.highest.band100 + h.highest.band65 + h.highest.band40;
  assert.equal(Math.round(perBand * 100) / 100, 438.1);
  fc.assert(
    fc.property(fc.integer({ min: 20_000, max: 120_000 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 6 }), (rentCents, incomeCents, persons) => {
      const x = huurtoeslag({ rent: rentCents / 100, income: incomeCents / 100, persons }, hv).highest;
      if (x.perMonth === 0) return;
      const alt = Math.max(0, Math.round((x.band100 + x.band65 + x.band40 - x.phaseOutPerMonth) * 100) / 100);
      assert.ok(Math.abs(alt - x.perMonth) <= 0.021, `${rentCents} ${incomeCents} ${persons}: ${x.perMonth} vs ${alt}`);
    }),
    { numRuns: 2000 },
  );
});

test('not published: kindgebonden budget. Yearly amount rounded once to the cent; monthly = yearly / 12 to the cent', () => {
  const k = kindgebondenBudget({ income: 50000, hasPartner: false, children: [{ age: 4 }] }, kv);
  assert.equal(k.perYear.max, 4455.94); // 5,996 − 1,540.064
  assert.equal(k.perMonth.max, 371.33); // 4,455.94 / 12 = 371.328…
});
