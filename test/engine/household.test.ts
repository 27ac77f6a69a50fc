/** The household contract: one Zod schema → type, JSON Schema, parser, plausibility, messages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { householdSchema, parseHousehold, type IssueCode } from '../../src/lib/engine/household.ts';
import { issueText } from '../../src/lib/engine/householdErrors.ts';
import { HOUSEHOLD_STRINGS, MUNICIPALITY } from '../helpers.ts';
import { householdArb } from './arbitraries.ts';

const issues = (input: unknown) => {
  const r = parseHousehold(input);
  assert.equal(r.ok, false, JSON.stringify(input));
  return r.ok ? [] : r.issues;
};
const paths = (input: unknown) => issues(input).map((e) => e.path);

test('the issue example parses, with ranges for bucket answers', () => {
  const r = parseHousehold({
    referenceDate: '2026-11-23',
    municipality: MUNICIPALITY,
    members: [
      { role: 'applicant', age: 34, netMonthlyIncome: 1250, incomeSources: ['bijstand'], student: false },
      { role: 'partner', age: 36, netMonthlyIncome: 0 },
      { role: 'child', age: 8 },
    ],
    incomeMayIncludeHolidayPay: true,
    housemates27Plus: { atLeast: 3 },
    assets: 2000,
    housing: { type: 'rent', monthlyRent: 780 },
    yearsOnLowIncome: { atLeast: 5 },
    hasDebts: true,
    caregiving: { givesCare: true, hoursPerWeek: { atLeast: 8 }, months: { moreThan: 3 }, careRecipientInMunicipality: true, careFor: ['dementie'] },
    receiving: ['kinderbijslag'],
  });
  assert.ok(r.ok, JSON.stringify(r));
});

test('null and absent mean unknown', () => {
  assert.ok(parseHousehold({}).ok);
  assert.ok(parseHousehold({ members: null, assets: null, housing: { type: null }, caregiving: null, receiving: null }).ok);
});

test('bad input names the field with a stable code', () => {
  assert.deepEqual(paths({ members: [{ role: 'applicant', age: 250 }] }), ['members[0].age']);
  assert.deepEqual(paths({ members: [{ role: 'applicant', netMonthlyIncome: -5 }] }), ['members[0].netMonthlyIncome']);
  assert.deepEqual(paths({ members: [{ role: 'applicant' }, { role: 'baas' }] }), ['members[1].role']);
  assert.deepEqual(issues({ members: [{ age: 3 }] }).map((i) => i.code), ['roleMissing']);
  assert.deepEqual(paths({ assets: '2000' }), ['assets']);
  assert.deepEqual(paths({ housing: { type: 'castle' } }), ['housing.type']);
  assert.deepEqual(paths({ referenceDate: '2026-02-30' }), ['referenceDate']);
  assert.deepEqual(paths({ hasDebts: 'ja' }), ['hasDebts']);
  assert.deepEqual(paths({ members: [{ role: 'applicant', incomeSources: ['lottery'] }] }), ['members[0].incomeSources[0]']);
  assert.deepEqual(paths({ petName: 'Rex' }), ['petName']);
  assert.deepEqual(paths({ members: [{ role: 'applicant' }, { role: 'applicant' }] }), ['members']);
  assert.deepEqual(paths({ yearsOnLowIncome: { atLeast: 5, lessThan: 3 } }), ['yearsOnLowIncome']);
  assert.deepEqual(paths({ caregiving: { hoursPerWeek: { atLeast: 200 } } }), ['caregiving.hoursPerWeek']);
  assert.deepEqual(paths({ receiving: ['Bijstand!'] }), ['receiving[0]']);
  assert.deepEqual(paths([]), ['']);
  assert.deepEqual(paths('x'), ['']);
});

test('plausibility: impossible households are refused, with the field named', () => {
  assert.deepEqual(issues({ members: [{ role: 'applicant', age: 25 }], yearsOnLowIncome: 100 }).map((i) => [i.path, i.code]), [['yearsOnLowIncome', 'yearsAboveAge']]);
  assert.deepEqual(issues({ members: [{ role: 'applicant', age: 25 }, { role: 'child', age: 20 }] }).map((i) => [i.path, i.code]), [['members[1].age', 'childTooOld']]);
  const twenty = { members: [{ role: 'applicant', age: 30 }, ...Array.from({ length: 20 }, () => ({ role: 'child', age: 0 }))] };
  assert.deepEqual(issues(twenty).map((i) => i.code).sort(), ['tooManyChildren', 'tooManySameAge']);
  assert.deepEqual(paths({ members: [{ role: 'applicant', netMonthlyIncome: 5_000_000 }] }), ['members[0].netMonthlyIncome']);
  assert.ok(parseHousehold({ members: [{ role: 'applicant', age: 40 }, ...Array.from({ length: 4 }, () => ({ role: 'child', age: 3 }))] }).ok, 'quadruplets are possible');
  assert.ok(parseHousehold({ members: [{ role: 'applicant', age: 25 }], yearsOnLowIncome: { atLeast: 5 } }).ok);
  assert.ok(parseHousehold({ members: [{ role: 'applicant', age: 52 }, { role: 'partner', age: 30 }, { role: 'child', age: 35 }] }).ok, 'the older partner counts as parent');
});

test('every issue code has a message in Dutch and English, filled with the field', () => {
  const src = readFileSync(new URL('../../src/lib/engine/household.ts', import.meta.url), 'utf8');
  const codes = [...src.slice(src.indexOf('export type IssueCode'), src.indexOf(';', src.indexOf('export type IssueCode'))).matchAll(/'(\w+)'/g)].map((m) => m[1] as IssueCode);
  assert.ok(codes.length > 15);
  for (const locale of ['nl', 'en'] as const) {
    for (const code of codes) {
      const text = issueText({ path: 'members[0].age', code, params: { max: 120, allowed: 'a, b', field: 'x', value: 'v', years: 100, age: 25, parentAge: 25, gap: 12, count: 6, date: '2030-01-01', first: '2026-01-01', last: '2026-12-31', until: '2028-12-31' } }, HOUSEHOLD_STRINGS[locale], locale);
      assert.ok(text !== code && !text.includes('{{'), `${locale} ${code}: ${text}`);
    }
  }
  assert.equal(issueText({ path: 'members[0].age', code: 'tooHigh', params: { max: 120 } }, HOUSEHOLD_STRINGS.nl, 'nl'), 'De leeftijd kan niet hoger zijn dan 120. Klopt het getal?');
});

test('the JSON Schema comes from the same schema and lists every field', () => {
  const schema = z.toJSONSchema(householdSchema, { io: 'input' }) as { properties: Record<string, unknown> };
  for (const k of ['referenceDate', 'members', 'incomeMayIncludeHolidayPay', 'housemates27Plus', 'assets', 'housing', 'yearsOnLowIncome', 'caregiving', 'receiving', 'usesChildcare']) {
    assert.ok(k in schema.properties, k);
  }
});

test('generated households are valid by the contract', () => {
  fc.assert(
    fc.property(householdArb(false), (h) => {
      const r = parseHousehold(JSON.parse(JSON.stringify(h)));
      assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
    }),
    { numRuns: 500, seed: 7 },
  );
});
