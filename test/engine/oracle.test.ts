/**
 * json-rules-engine as a test oracle: on generated, fully known households, every leaf our
 * evaluator decides (fact known) must match json-rules-engine's result for that leaf, and every
 * rule we decide (likely / unlikely) must match json-rules-engine's success / failure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { deriveFacts, evaluateRule } from '../../src/lib/engine/index.ts';
import { leafStatus } from '../../src/lib/engine/evaluate.ts';
import type { Facts, Rule } from '../../src/lib/engine/index.ts';
import { NORM_SETS, RULES } from '../../src/lib/engine/content.ts';
import { householdArb } from './arbitraries.ts';

interface Node {
  all?: Node[];
  any?: Node[];
  not?: Node;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
}

function compareLeaves(ours: Node, theirs: Node, facts: Facts, where: string): number {
  let n = 0;
  if (ours.all || ours.any) {
    const a = (ours.all ?? ours.any)!;
    const b = (theirs.all ?? theirs.any)!;
    a.forEach((c, i) => (n += compareLeaves(c, b[i], facts, `${where}[${i}]`)));
    return n;
  }
  if (ours.not) return compareLeaves(ours.not, theirs.not!, facts, `${where}.not`);
  const mine = leafStatus(ours as { fact: string; operator: string; value: unknown }, facts);
  if (mine === 'unknown') return 0;
  assert.equal(mine, theirs.result ? 'met' : 'notMet', `${where} (${ours.fact} ${ours.operator} ${JSON.stringify(ours.value)}, fact=${JSON.stringify(facts[ours.fact!])})`);
  return 1;
}

test('our evaluator agrees with json-rules-engine on fully known households', async () => {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const r of RULES) engine.addRule(r as never);
  let leaves = 0;
  let decided = 0;
  const samples = fc.sample(householdArb(true), { numRuns: 300, seed: 42 });
  for (const h of samples) {
    const facts = deriveFacts(h, NORM_SETS, h.referenceDate as string);
    const known = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    const out = await engine.run(known);
    const all = [...out.results, ...out.failureResults] as unknown as { name: string; result: boolean; conditions: Node }[];
    for (const rule of RULES) {
      const theirs = all.find((x) => x.name === rule.name)!;
      leaves += compareLeaves(rule.conditions as Node, theirs.conditions, facts, rule.name);
      const mine = evaluateRule(rule as Rule, facts);
      if (mine.status === 'check') continue;
      decided++;
      assert.equal(mine.status === 'likely', theirs.result, `${rule.name}: ${JSON.stringify(h)}`);
    }
  }
  assert.ok(leaves > 5000, `compared ${leaves} leaves`);
  assert.ok(decided > 2000, `compared ${decided} rule outcomes`);
});
