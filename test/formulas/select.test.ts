import { PARAMETER_FILES } from './helpers.ts';
/**
 * selectParameters and the "not known" outcome. Documented choice (docs/formulas.md): for a 2027 date
 * the formulas return `known: false`, list the parameters that are not known, and give as `fallback`
 * the complete amount on the newest earlier figures (2026), with its own validity. They never mix
 * 2027 values with 2026 ones into one number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ParameterDateError,
  huurtoeslagOnDate,
  kindgebondenBudgetOnDate,
  kinderbijslagOnDate,
  selectParameters,
  toetsingsinkomenFromNetOnDate,
  zorgtoeslagOnDate,
} from '../../src/lib/formulas/index.ts';
import type { Dated, Outcome } from '../../src/lib/formulas/index.ts';

const files = [
  { validFrom: '2026-01-01', validUntil: '2026-06-30', provisional: false, n: 1 },
  { validFrom: '2026-07-01', validUntil: '2026-12-31', provisional: false, n: 2 },
  { validFrom: '2027-01-01', validUntil: '2027-12-31', provisional: true, n: 3 },
];

test('selectParameters picks the file valid on the date, with its validity', () => {
  assert.equal(selectParameters(files, '2026-01-01').file.n, 1);
  assert.equal(selectParameters(files, '2026-06-30').file.n, 1);
  assert.equal(selectParameters(files, '2026-07-01').file.n, 2);
  const s = selectParameters(files, '2027-05-05');
  assert.deepEqual({ ...s, file: s.file.n }, { file: 3, validFrom: '2027-01-01', validUntil: '2027-12-31', provisional: true, stale: false });
});

test('selectParameters does not depend on the order of the files', () => {
  assert.equal(selectParameters([...files].reverse(), '2026-08-01').file.n, 2);
});

test('selectParameters refuses dates before the first file, and non-dates', () => {
  assert.throws(() => selectParameters(files, '2025-12-31'), ParameterDateError);
  assert.throws(() => selectParameters(files, '2026-02-30'), ParameterDateError);
  assert.throws(() => selectParameters(files, 'today'), ParameterDateError);
  assert.throws(() => selectParameters([], '2026-01-01'), ParameterDateError);
  assert.throws(() => zorgtoeslagOnDate({ income: 20000, hasPartner: false }, '2025-06-01', PARAMETER_FILES), ParameterDateError);
  assert.throws(() => kinderbijslagOnDate({ children: [{ age: 1 }] }, '2025-06-01', PARAMETER_FILES), ParameterDateError);
});

test('after the last file: the newest figures, marked stale', () => {
  const s = selectParameters(files, '2028-03-01');
  assert.equal(s.file.n, 3);
  assert.equal(s.stale, true);
  const t = toetsingsinkomenFromNetOnDate({ netPerMonth: 1500, sources: ['work'], aowAge: false }, '2027-03-01', PARAMETER_FILES);
  assert.equal(t.known && t.validity.stale, true, 'no 2027 tax file: the 2026 rules, flagged stale');
});

function assertUnknownWith2026Fallback<R>(o: Outcome<R>, mustMiss: string[]) {
  assert.equal(o.known, false);
  if (o.known) return;
  assert.equal(o.validity.provisional, true);
  assert.equal(o.validity.validFrom, '2027-01-01');
  for (const m of mustMiss) assert.ok(o.missing.includes(m), `missing should list ${m}: ${o.missing.join(', ')}`);
  assert.ok(o.fallback, 'a fallback on 2026 figures');
  assert.equal(o.fallback!.known, true);
  assert.ok(o.fallback!.validity.validUntil <= '2026-12-31', 'fallback is dated 2026');
  assert.equal(o.fallback!.validity.provisional, false);
}

test('2027: zorgtoeslag is not known; fallback is the 2026 amount', () => {
  const o = zorgtoeslagOnDate({ income: 20000, hasPartner: false }, '2027-02-01', PARAMETER_FILES);
  assertUnknownWith2026Fallback(o, ['standaardpremie', 'awir.drempelinkomen']);
  assert.deepEqual(!o.known && o.fallback!.perYear, { min: 1550.45, max: 1550.45 });
});

test('2027: kindgebonden budget is not known (per-child amount needs the 2027 indexation); fallback is 2026 with 7.6 %, not a mix with 8.05 %', () => {
  const o = kindgebondenBudgetOnDate({ income: 50000, hasPartner: false, children: [{ age: 4 }] }, '2027-02-01', PARAMETER_FILES);
  assertUnknownWith2026Fallback(o, ['bedragPerKind', 'alleenstaandeOuderkop']);
  assert.ok(!o.known);
  assert.equal(o.fallback!.highest.phaseOutPercentage, 7.6);
  // 2,580 + 3,416 − 0.076 × (50,000 − 29,736) = 5,996 − 1,540.064
  assert.deepEqual(o.fallback!.perYear, { min: 4455.94, max: 4455.94 });
});

test('2027: huurtoeslag is not known (only the € 47.57 reduction is); fallback is 2026', () => {
  const o = huurtoeslagOnDate({ rent: 700, income: 25000, persons: 1 }, '2027-02-01', PARAMETER_FILES);
  assertUnknownWith2026Fallback(o, ['normhuurMinimumInkomen', 'minimumInkomensijkpuntEenpersoons']);
  assert.ok(!o.known && !o.missing.includes('verlagingEigenBijdrage'));
  assert.deepEqual(!o.known && o.fallback!.perMonth, { min: 391.41, max: 391.41 });
});

test('2027: kinderbijslag is not known; fallback is the July 2026 rates and the 2026 year', () => {
  const o = kinderbijslagOnDate({ children: [{ age: 2 }] }, '2027-02-01', PARAMETER_FILES);
  assertUnknownWith2026Fallback(o, ['bedragPerKwartaal0Tot5']);
  assert.ok(!o.known);
  assert.deepEqual(o.fallback!.perQuarter, { min: 298.4, max: 298.4 });
  assert.equal(o.fallback!.validity.validFrom, '2026-07-01');
  assert.deepEqual(o.fallback!.perYear, { min: 1186.94, max: 1186.94 });
});

test('the shipped files cover every date from 2026-01-01 to 2027-12-31 for every kind', () => {
  for (const kind of Object.keys(PARAMETER_FILES) as (keyof typeof PARAMETER_FILES)[]) {
    for (const d of ['2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31', '2027-01-01', '2027-12-31']) {
      const s = selectParameters(PARAMETER_FILES[kind] as readonly Dated[], d);
      assert.ok(s.validFrom <= d && (d <= s.validUntil || s.stale), `${kind} on ${d}`);
    }
  }
});
