/**
 * json-rules-engine as a test oracle: on generated, fully known households (exact numbers), every
 * leaf our evaluator decides must match json-rules-engine's result for that leaf, and every rule
 * we decide (likely / unlikely) must match json-rules-engine's success / failure.
 * Facts reach json-rules-engine as dynamic facts with the leaf's params; a threshold that is a
 * range (a source that does not say with or without holiday pay) is not compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { buildContext, factDef, getFact, FACT_NAMES, evaluateLeaf, evaluateRule, type Ctx } from '../../src/lib/engine/index.ts';
import { isExact, isInterval } from '../../src/lib/engine/interval.ts';
import type { Condition, LeafCondition } from '../../src/lib/engine/types.ts';
import { CONTENT, TEMPLATES } from '../helpers.ts';
import { householdArb } from './arbitraries.ts';

interface Node {
  all?: Node[];
  any?: Node[];
  not?: Node;
  fact?: string;
  operator?: string;
  value?: unknown;
  params?: Record<string, unknown>;
  result?: boolean;
}

/** The value json-rules-engine compares, with an inclVT threshold folded into the fact (t/0.95 ⇔ value×0.95). */
function plainFact(c: Ctx, name: string, params: Record<string, unknown> = {}): unknown {
  const v = getFact(c, name, params).value;
  if (!isInterval(v)) return v;
  if (!isExact(v)) return undefined;
  if (name === 'incomePercentOfNorm' && params.base) {
    const t = factDef(name)!.threshold!(100, params, c);
    if (!isExact(t)) return undefined;
    return (v.lo * 100) / t.lo;
  }
  return v.lo;
}

function compareLeaves(ours: Condition, theirs: Node, c: Ctx, where: string): number {
  if ('all' in ours || 'any' in ours) {
    const a = ('all' in ours ? ours.all : ours.any) as Condition[];
    const b = (theirs.all ?? theirs.any)!;
    let n = 0;
    a.forEach((x, i) => (n += compareLeaves(x, b[i]!, c, `${where}[${i}]`)));
    return n;
  }
  if ('not' in ours) return compareLeaves(ours.not, theirs.not!, c, `${where}.not`);
  const leaf = ours as LeafCondition;
  if (plainFact(c, leaf.fact, leaf.params) === undefined) return 0;
  const mine = evaluateLeaf(leaf, c).raw;
  if (mine === 'unknown') return 0;
  assert.equal(mine, theirs.result ? 'met' : 'notMet', `${where} (${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)})`);
  return 1;
}

/** Every leaf we decide can also be given to json-rules-engine (no range threshold). */
function comparable(node: Condition, c: Ctx): boolean {
  if ('all' in node) return node.all.every((x) => comparable(x, c));
  if ('any' in node) return node.any.every((x) => comparable(x, c));
  if ('not' in node) return comparable(node.not, c);
  const leaf = node as LeafCondition;
  return evaluateLeaf(leaf, c).raw === 'unknown' || plainFact(c, leaf.fact, leaf.params) !== undefined;
}

test('our evaluator agrees with json-rules-engine on fully known households', async () => {
  let leaves = 0;
  let decided = 0;
  const samples = fc.sample(householdArb(true), { numRuns: 250, seed: 42 });
  for (const h of samples) {
    const c = buildContext(h, CONTENT, h.referenceDate as string);
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const name of FACT_NAMES) engine.addFact(name, (params: Record<string, unknown>) => plainFact(c, name, params ?? {}) as never);
    for (const r of CONTENT.rules) {
      const all = [...(r.appliesTo ? [r.appliesTo] : []), r.conditions];
      engine.addRule({ name: r.name, conditions: { all } as never, event: { type: 'eligible', params: { regeling: r.name } } });
    }
    const out = await engine.run({});
    const results = [...out.results, ...out.failureResults] as unknown as { name: string; result: boolean; conditions: Node }[];
    for (const rule of CONTENT.rules) {
      const theirs = results.find((x) => x.name === rule.name)!;
      const parts = theirs.conditions.all!;
      if (rule.appliesTo) leaves += compareLeaves(rule.appliesTo, parts[0]!, c, `${rule.name}.appliesTo`);
      leaves += compareLeaves(rule.conditions, parts[rule.appliesTo ? 1 : 0]!, c, rule.name);
      const mine = evaluateRule(rule, c, { locale: 'nl', templates: TEMPLATES.nl });
      if (mine.status === 'check' || !comparable(rule.conditions, c) || (rule.appliesTo && !comparable(rule.appliesTo, c))) continue;
      decided++;
      assert.equal(mine.status === 'likely', theirs.result, `${rule.name}: ${JSON.stringify(h)}`);
    }
  }
  assert.ok(leaves > 4000, `compared ${leaves} leaves`);
  assert.ok(decided > 2000, `compared ${decided} rule outcomes`);
});
