import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateAll, parseHousehold } from '../../src/lib/engine/index.ts';
import type { Household, RegelingStatus } from '../../src/lib/engine/index.ts';
import { NORM_SETS, RULES } from '../../src/lib/engine/content.ts';
import { householdArb } from './arbitraries.ts';

const statuses = (h: Household) => evaluateAll(h, RULES, NORM_SETS, { referenceDate: '2026-03-01' }).results.map((r) => r.status);

test('arbitrary JSON never crashes parse + evaluate', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (json) => {
      const p = parseHousehold(json);
      if (p.ok) evaluateAll(p.household, RULES, NORM_SETS, { locale: 'en' });
      else for (const e of p.errors) assert.ok(typeof e.path === 'string' && e.message);
    }),
    { numRuns: 1000 },
  );
  const nearValid = fc.record(
    {
      members: fc.array(fc.record({ role: fc.constantFrom('applicant', 'partner', 'child', 'x'), age: fc.anything(), netMonthlyIncome: fc.anything(), incomeSources: fc.anything() }, { requiredKeys: ['role'] })),
      assets: fc.anything(),
      housing: fc.anything(),
      caregiving: fc.anything(),
      referenceDate: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(nearValid, (json) => {
      const p = parseHousehold(json);
      if (p.ok) evaluateAll(p.household, RULES, NORM_SETS);
    }),
    { numRuns: 1000 },
  );
});

/** Every way to forget one known thing about a household. */
function forgetOne(h: Household): Household[] {
  const out: Household[] = [];
  for (const key of Object.keys(h) as (keyof Household)[]) {
    if (key === 'referenceDate' || key === 'members' || h[key] == null) continue;
    out.push({ ...h, [key]: null });
  }
  for (const [obj, fields] of [
    ['housing', ['type', 'monthlyRent']],
    ['caregiving', ['hoursPerWeek', 'months', 'careRecipientInAmersfoort']],
  ] as const) {
    const o = h[obj] as Record<string, unknown> | null | undefined;
    if (o) for (const f of fields) if (o[f] != null) out.push({ ...h, [obj]: { ...o, [f]: null } });
  }
  (h.members ?? []).forEach((m, i) => {
    for (const f of ['age', 'netMonthlyIncome', 'incomeSources', 'student'] as const) {
      if (m[f] == null) continue;
      const members = h.members!.map((x, j) => (j === i ? { ...x, [f]: null } : x));
      out.push({ ...h, members });
    }
  });
  return out;
}

test('removing a known fact never turns likely into unlikely', () => {
  fc.assert(
    fc.property(householdArb(true), (h) => {
      const before = statuses(h);
      for (const less of forgetOne(h)) {
        const after = statuses(less);
        before.forEach((s, i) => {
          if (s === 'likely') assert.notEqual(after[i], 'unlikely', `${RULES[i].name}: ${JSON.stringify(less)}`);
          if (s === 'unlikely') assert.notEqual(after[i], 'likely', `${RULES[i].name}: ${JSON.stringify(less)}`);
        });
      }
    }),
    { numRuns: 300 },
  );
});

test('raising income never turns a regeling from unlikely into likely', () => {
  fc.assert(
    fc.property(householdArb(false), fc.integer({ min: 1, max: 300000 }).map((c) => c / 100), fc.nat(1), (h, delta, who) => {
      const m = h.members?.[who];
      if (!m || m.role === 'child' || typeof m.netMonthlyIncome !== 'number' || m.netMonthlyIncome <= 0) return;
      const richer = { ...h, members: h.members!.map((x, j) => (j === who ? { ...x, netMonthlyIncome: (x.netMonthlyIncome as number) + delta } : x)) };
      const before = statuses(h);
      const after = statuses(richer);
      before.forEach((s: RegelingStatus, i) => {
        if (s === 'unlikely') assert.notEqual(after[i], 'likely', `${RULES[i].name}: +${delta} ${JSON.stringify(h)}`);
      });
    }),
    { numRuns: 1000 },
  );
});
