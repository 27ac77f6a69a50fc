import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { householdSchema, parseHousehold } from '../../src/lib/engine/household.ts';
import { z } from 'astro/zod';

const paths = (input: unknown) => {
  const r = parseHousehold(input);
  assert.equal(r.ok, false);
  return r.ok ? [] : r.errors.map((e) => e.path);
};

test('the issue example parses', () => {
  const r = parseHousehold({
    referenceDate: '2026-11-23',
    municipality: 'Amersfoort',
    members: [
      { role: 'applicant', age: 34, netMonthlyIncome: 1250, incomeSources: ['bijstand'], student: false },
      { role: 'partner', age: 36, netMonthlyIncome: 0 },
      { role: 'child', age: 8 },
    ],
    assets: 2000,
    housing: { type: 'rent', monthlyRent: 780 },
    yearsOnLowIncome: 6,
    hasDebts: true,
    caregiving: { hoursPerWeek: 10, months: 6, careRecipientInAmersfoort: true },
  });
  assert.ok(r.ok);
});

test('null and absent mean unknown', () => {
  assert.ok(parseHousehold({}).ok);
  assert.ok(parseHousehold({ members: null, assets: null, housing: { type: null }, caregiving: null }).ok);
});

test('bad input names the field, in Dutch', () => {
  assert.deepEqual(paths({ members: [{ role: 'applicant', age: 250 }] }), ['members[0].age']);
  assert.deepEqual(paths({ members: [{ role: 'applicant', netMonthlyIncome: -5 }] }), ['members[0].netMonthlyIncome']);
  assert.deepEqual(paths({ members: [{ role: 'applicant' }, { role: 'baas' }] }), ['members[1].role']);
  assert.deepEqual(paths({ members: [{ age: 3 }] }), ['members[0].role']);
  assert.deepEqual(paths({ assets: '2000' }), ['assets']);
  assert.deepEqual(paths({ housing: { type: 'castle' } }), ['housing.type']);
  assert.deepEqual(paths({ referenceDate: '2026-02-30' }), ['referenceDate']);
  assert.deepEqual(paths({ hasDebts: 'ja' }), ['hasDebts']);
  assert.deepEqual(paths({ members: [{ role: 'applicant', incomeSources: ['lottery'] }] }), ['members[0].incomeSources[0]']);
  assert.deepEqual(paths({ petName: 'Rex' }), ['petName']);
  assert.deepEqual(paths({ members: [{ role: 'applicant' }, { role: 'applicant' }] }), ['members']);
  assert.deepEqual(paths([]), ['(huishouden)']);
  assert.deepEqual(paths('x'), ['(huishouden)']);
  const r = parseHousehold({ members: [{ role: 'applicant', age: 250 }] });
  assert.ok(!r.ok && /leeftijd/i.test(r.errors[0].message));
});

test('Zod schema and hand-written parser accept the same input', () => {
  const member = fc.record(
    {
      role: fc.oneof(fc.constantFrom('applicant', 'partner', 'child'), fc.constant('boss'), fc.constant(null)),
      age: fc.oneof(fc.integer({ min: -5, max: 130 }), fc.double(), fc.constant(null), fc.constant('3')),
      netMonthlyIncome: fc.oneof(fc.double({ min: -100, max: 5000 }), fc.constant(null)),
      incomeSources: fc.oneof(fc.array(fc.constantFrom('work', 'uwv', 'bijstand', 'x')), fc.constant(null)),
      student: fc.oneof(fc.boolean(), fc.constant(null), fc.constant(1)),
    },
    { requiredKeys: [] },
  );
  const household = fc.record(
    {
      referenceDate: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-01', 'x'), fc.constant(null)),
      municipality: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      members: fc.oneof(fc.array(member, { maxLength: 4 }), fc.constant(null)),
      assets: fc.oneof(fc.double({ min: -10, max: 2e7 }), fc.constant(null)),
      housing: fc.oneof(fc.record({ type: fc.constantFrom('rent', 'own', 'tent'), monthlyRent: fc.double({ min: -1, max: 2000 }) }, { requiredKeys: [] }), fc.constant(null)),
      hasDebts: fc.oneof(fc.boolean(), fc.constant('yes')),
      yearsOnLowIncome: fc.integer({ min: -1, max: 200 }),
      extra: fc.integer(),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(household, (h) => {
      assert.equal(parseHousehold(h).ok, householdSchema.safeParse(h).success, JSON.stringify(h));
    }),
    { numRuns: 2000 },
  );
});

test('JSON Schema can be generated from the Zod schema', () => {
  const schema = z.toJSONSchema(householdSchema, { io: 'input' }) as { properties: Record<string, unknown> };
  assert.ok(schema.properties.members);
  assert.ok(schema.properties.hasPet);
});
