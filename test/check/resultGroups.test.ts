import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupResults, newMoneyPerYear } from '../../src/components/check/logic/resultGroups.ts';
import type { RuleResult } from '../../src/lib/engine/types.ts';
import type { RegelingMeta } from '../../src/components/check/logic/meta.ts';

const result = (id: string, status: RuleResult['status'], extra: Partial<RuleResult> = {}): RuleResult => ({
  id,
  status,
  applicable: true,
  receiving: false,
  reasons: [],
  amount: null,
  amountPerYear: null,
  ...extra,
});
const amount = (max: number, per: 'year' | 'once' = 'year') => ({ min: max, max, per, kind: 'estimate', outdated: false }) as unknown as RuleResult['amount'];
const meta = (kind: 'regeling' | 'hulp', deadline = false) => ({ kind, ...(deadline ? { deadline: { text: 'Binnen 6 weken' } } : {}) }) as unknown as RegelingMeta;

const regelingen: Record<string, RegelingMeta> = {
  a: meta('regeling'),
  b: meta('regeling', true),
  c: meta('regeling'),
  d: meta('regeling'),
  desk: meta('hulp'),
  deskNo: meta('hulp'),
  kids: meta('regeling'),
  got: meta('regeling'),
};

test('groups: already received apart, help desks apart, what cannot apply at all apart from "waarschijnlijk niet"', () => {
  const g = groupResults(
    [
      result('a', 'likely'),
      result('got', 'likely', { receiving: true, amount: amount(3000) }),
      result('desk', 'likely'),
      result('deskNo', 'unlikely'),
      result('kids', 'unlikely', { applicable: false }),
      result('c', 'check'),
      result('d', 'unlikely'),
      result('unknown-to-the-page', 'likely'),
    ],
    regelingen,
  );
  assert.deepEqual(g.receiving.map((r) => r.id), ['got']);
  assert.deepEqual(g.likely.map((r) => r.id), ['a']);
  assert.deepEqual(g.check.map((r) => r.id), ['c']);
  assert.deepEqual(g.services.map((r) => r.id), ['desk']);
  assert.deepEqual(g.unlikely.map((r) => r.id), ['deskNo', 'd']);
  assert.deepEqual(g.notApplicable.map((r) => r.id), ['kids']);
});

test('order: new money and deadlines first (a deadline before the highest amount), then the rest in the engine order', () => {
  const g = groupResults([result('a', 'likely'), result('c', 'likely', { amount: amount(500) }), result('d', 'likely', { amount: amount(2000) }), result('b', 'likely')], regelingen);
  assert.deepEqual(g.likely.map((r) => r.id), ['b', 'd', 'c', 'a']);
});

test('new money counts only yearly amounts of likely regelingen, never what the household already gets', () => {
  const g = groupResults([result('c', 'likely', { amount: amount(500) }), result('d', 'likely', { amount: amount(100, 'once') }), result('got', 'likely', { receiving: true, amount: amount(3000) })], regelingen);
  assert.deepEqual(newMoneyPerYear(g.likely), { min: 500, max: 500, mixedYears: false });
  assert.equal(newMoneyPerYear([]), null);
});
