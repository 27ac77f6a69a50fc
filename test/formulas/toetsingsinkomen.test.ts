/**
 * Toetsingsinkomen from net: the law's own computation (Wet IB 2001 version 2026-01-01, premies
 * volksverzekeringen, Zvw) gives the net for a gross income; the estimate from that net must contain
 * the gross, for every income kind, at several incomes and for random households.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { netFromGross, toetsingsinkomenFromNet, toetsingsinkomenFromNetOnDate } from '../../src/lib/formulas/index.ts';
import type { NetIncomeKind, TaxSituation } from '../../src/lib/formulas/index.ts';
import { belastingValues, known, PARAMETER_FILES } from './helpers.ts';

const v = belastingValues();
const situation = (g: number, kind: NetIncomeKind, aowAge: boolean, zvwWithheld: boolean, livesAlone = false): TaxSituation => ({
  aowAge,
  workIncomeCents: kind === 'work' ? g : 0,
  zvwWithheld,
  livesAlone: aowAge && livesAlone,
  bornBefore1946: false,
});
const netYear = (gCents: number, kind: NetIncomeKind, aowAge: boolean, zvw: boolean, livesAlone = false) => netFromGross(gCents, situation(gCents, kind, aowAge, zvw, livesAlone), v).net;

test('the law, checked: income tax 2026 at a few incomes (8.10 % + premies 27.65 % = 35.75 % in schijf 1)', () => {
  // € 20,000 wages: heffing 35.75 % = 7,150; AHK 3,115; arbeidskorting 996 + 31.009 % × 8,035 = 3,487.573
  // → tax after kortingen 547.427, net € 19,452.58 (tax rounded down to the cent)
  const a = netFromGross(2_000_000, situation(2_000_000, 'work', false, false), v);
  assert.equal(a.heffing, 715000);
  assert.equal(a.algemeneHeffingskorting, 311500);
  assert.equal(a.arbeidskorting, 348757);
  assert.equal(a.net, 1_945_258);
  // € 50,000 wages: 35.75 % × 38,883 + 37.56 % × 11,117 = 13,900.67 + 4,175.55
  const b = netFromGross(5_000_000, situation(5_000_000, 'work', false, false), v);
  assert.equal(b.heffing, 1_390_067 + 417_554);
  // AHK 3,115 − 6.398 % × 20,264 = 1,818.51; arbeidskorting 5,685 − 6.51 % × 4,408 = 5,398.03
  assert.equal(b.algemeneHeffingskorting, 181_850);
  assert.equal(b.arbeidskorting, 539_803);
});

test('the law, checked: the arbeidskorting caps of art. 8.11 join up (a + b reaches € 5,300 at € 25,845, + c reaches € 5,685 at € 45,592)', () => {
  const ak = (g: number) => netFromGross(g, situation(g, 'work', false, false), v).arbeidskorting;
  assert.equal(ak(2_584_500), 530000);
  assert.equal(ak(4_559_200), 568500);
  assert.ok(ak(4_559_200 + 100_000) < 568500, 'phases out above € 45,592');
  assert.equal(ak(0), 0);
});

test('the law, checked: from the AOW age the algemene heffingskorting is the non-AOW share (≈ € 1,554 as published for 2026)', () => {
  const r = netFromGross(2_000_000, situation(2_000_000, 'aow', true, true, true), v);
  // 3,115 × 17.85 / 35.75 = 1,555.32; the Belastingdienst publishes € 1,554 (its own rounding of the shares)
  assert.ok(Math.abs(r.algemeneHeffingskorting / 100 - 1554) < 2);
  assert.equal(r.ouderenkorting, 206700);
  assert.equal(r.alleenstaandeOuderenkorting, 54000);
  assert.equal(r.heffing, Math.floor(2_000_000 * 0.1785));
  assert.equal(r.zvw, 97000);
});

test('the law, checked: kortingen are never paid out (art. 8.8) and net never exceeds gross', () => {
  const r = netFromGross(800_000, situation(800_000, 'work', false, false), v);
  assert.equal(r.kortingen, r.heffing);
  assert.equal(r.net, 800_000);
});

/** The monthly net the law gives for a gross yearly income, as the person would read it on the bank statement. */
function monthlyNetFor(gCents: number, kind: NetIncomeKind, opts: { aowAge: boolean; zvw: boolean; livesAlone: boolean; included: boolean; holidayShare: number }): number {
  if (opts.included) return Math.round(netYear(gCents, kind, opts.aowAge, opts.zvw, opts.livesAlone) / 12);
  if (kind === 'bijstand') return Math.round((netYear(gCents, kind, opts.aowAge, opts.zvw) / 12) * (1 - v.vakantietoeslagBijstandPercentage / 100));
  // Monthly pay without the holiday allowance: the yearly gross is 12 × monthly × (1 + share); the monthly
  // withholding is the yearly tax on 12 × that monthly gross, divided by 12.
  const m = Math.round(gCents / (1 + opts.holidayShare / 100));
  return Math.round(netYear(m, kind, opts.aowAge, opts.zvw, opts.livesAlone) / 12);
}

const KINDS: NetIncomeKind[] = ['work', 'bijstand', 'aow', 'pension', 'uwv'];

test('several incomes per kind: the estimate from the law\'s net contains the true gross', () => {
  for (const kind of KINDS) {
    for (const g of [9_000, 15_000, 21_000, 27_000, 33_000, 40_000, 50_000, 65_000, 85_000]) {
      const aowAge = kind === 'aow' || kind === 'pension';
      const zvw = aowAge;
      for (const included of [true, false]) {
        const share = kind === 'work' ? 8 : 4;
        const n = monthlyNetFor(g * 100, kind, { aowAge, zvw, livesAlone: true, included, holidayShare: share });
        const known = toetsingsinkomenFromNet({ netPerMonth: n / 100, sources: [kind], aowAge, livesAlone: true, holidayPayIncluded: included }, v);
        const unknown = toetsingsinkomenFromNet({ netPerMonth: n / 100, sources: [kind], aowAge }, v);
        for (const e of [known, unknown]) {
          assert.ok(e.perYear.min <= g && g <= e.perYear.max, `${kind} € ${g} (included ${included}): ${JSON.stringify(e.perYear)}`);
        }
        assert.ok(known.beforeMargin.min <= g + 1 && g - 1 <= known.beforeMargin.max, `${kind} € ${g}: the method itself (before the margin) is exact: ${JSON.stringify(known.beforeMargin)}`);
      }
    }
  }
});

test('property: for random situations the range contains the gross the law started from', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9_000_000 }),
      fc.constantFrom(...KINDS),
      fc.boolean(),
      fc.boolean(),
      fc.option(fc.boolean(), { nil: undefined }),
      fc.integer({ min: 0, max: 8 }),
      fc.boolean(),
      (g, kind, aowRandom, livesAlone, included, share, zvwRandom) => {
        const aowAge = kind === 'aow' ? true : kind === 'work' || kind === 'uwv' || kind === 'bijstand' ? false : aowRandom;
        const zvw = kind === 'aow' || kind === 'pension' ? true : kind === 'work' ? false : zvwRandom;
        const holidayShare = kind === 'work' ? 8 : share;
        const isIncluded = included ?? zvwRandom;
        const n = monthlyNetFor(g, kind, { aowAge, zvw, livesAlone, included: isIncluded, holidayShare });
        const e = toetsingsinkomenFromNet({ netPerMonth: n / 100, sources: [kind], aowAge, livesAlone: aowAge ? livesAlone : undefined, holidayPayIncluded: included }, v);
        assert.ok(e.perYear.min * 100 <= g && g <= e.perYear.max * 100, `${kind} ${g}: ${JSON.stringify(e)}`);
      },
    ),
    { numRuns: 1500 },
  );
});

test('property: more net never gives a lower range; a net range gives the union of its ends', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 700_000 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...KINDS), fc.boolean(), (n, d, kind, aowAge) => {
      const a = toetsingsinkomenFromNet({ netPerMonth: n / 100, sources: [kind], aowAge }, v);
      const b = toetsingsinkomenFromNet({ netPerMonth: (n + d) / 100, sources: [kind], aowAge }, v);
      assert.ok(a.perYear.min <= b.perYear.min && a.perYear.max <= b.perYear.max);
      const r = toetsingsinkomenFromNet({ netPerMonth: { min: n / 100, max: (n + d) / 100 }, sources: [kind], aowAge }, v);
      assert.deepEqual(r.perYear, { min: a.perYear.min, max: b.perYear.max });
    }),
    { numRuns: 500 },
  );
});

test('mixed sources (AOW + pension, work + UWV) give a range that contains each single-source reading', () => {
  const n = 1900;
  const aowPension = toetsingsinkomenFromNet({ netPerMonth: n, sources: ['aow', 'pension'], aowAge: true }, v);
  const aow = toetsingsinkomenFromNet({ netPerMonth: n, sources: ['aow'], aowAge: true }, v);
  assert.deepEqual(aowPension.perYear, aow.perYear, 'both withhold Zvw and have the same holiday bound');
  const mixed = toetsingsinkomenFromNet({ netPerMonth: n, sources: ['work', 'uwv'], aowAge: false }, v);
  for (const s of ['work', 'uwv'] as const) {
    const single = toetsingsinkomenFromNet({ netPerMonth: n, sources: [s], aowAge: false }, v);
    assert.ok(mixed.perYear.min <= single.perYear.min && single.perYear.max <= mixed.perYear.max, s);
  }
});

test('stated error margin: 2 % of the gross (at least € 150) on each side; a known situation is otherwise exact', () => {
  const e = toetsingsinkomenFromNet({ netPerMonth: 2000, sources: ['work'], aowAge: false, holidayPayIncluded: true }, v);
  assert.equal(e.beforeMargin.min, e.beforeMargin.max);
  const g = e.beforeMargin.min;
  assert.ok(Math.abs(e.perYear.min - g * 0.98) < 0.02 && Math.abs(e.perYear.max - g * 1.02) < 0.02);
  const small = toetsingsinkomenFromNet({ netPerMonth: 200, sources: ['work'], aowAge: false, holidayPayIncluded: true }, v);
  assert.equal(Math.round((small.perYear.max - small.beforeMargin.max) * 100), 15000);
  assert.deepEqual(toetsingsinkomenFromNet({ netPerMonth: 0, sources: ['bijstand'], aowAge: false }, v).perYear, { min: 0, max: 150 });
});

test('on a date: the 2026 tax rules, and bad input is refused', () => {
  const e = known(toetsingsinkomenFromNetOnDate({ netPerMonth: 1500, sources: ['work'], aowAge: false }, '2026-05-01', PARAMETER_FILES));
  assert.equal(e.kind, 'estimate');
  assert.equal(e.validity.validFrom, '2026-01-01');
  assert.throws(() => toetsingsinkomenFromNet({ netPerMonth: 1500, sources: [], aowAge: false }, v), RangeError);
  assert.throws(() => toetsingsinkomenFromNet({ netPerMonth: -1, sources: ['work'], aowAge: false }, v), RangeError);
});
