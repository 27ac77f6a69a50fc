/**
 * Runs every example household in test/fixtures/households/<slug>.json against the rule
 * content/regelingen/<slug>.rule.json, and fails when a rule has no fixture file with at least
 * one likely, one check and one unlikely example. To test a new rule, only add a fixture file:
 *   [{ "name": "...", "household": { ... }, "expected": "likely|check|unlikely", "amountPerYear"?: 123 }]
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluateAll, parseHousehold } from '../../src/lib/engine/index.ts';
import type { NormSet, Rule } from '../../src/lib/engine/index.ts';
import { NORM_SETS, RULES } from '../../src/lib/engine/content.ts';
import { checkRule } from '../../src/lib/engine/checkRule.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ruleDir = path.join(root, 'content/regelingen');
const fixtureDir = path.join(root, 'test/fixtures/households');
const normDir = path.join(root, 'content/normen');

const ruleFiles = readdirSync(ruleDir).filter((f) => f.endsWith('.rule.json')).sort();
const normSets = readdirSync(normDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(normDir, f), 'utf8')) as NormSet);

interface Example {
  name: string;
  household: unknown;
  expected: 'likely' | 'check' | 'unlikely';
  amountPerYear?: number | null;
}

test('src/lib/engine/content.ts bundles every rule file and norm set', () => {
  assert.deepEqual(RULES.map((r) => `${r.name}.rule.json`).sort(), ruleFiles);
  assert.deepEqual(NORM_SETS.map((n) => n.validFrom).sort(), normSets.map((n) => n.validFrom).sort());
});

for (const f of ruleFiles) {
  const slug = f.replace(/\.rule\.json$/, '');
  const rule = JSON.parse(readFileSync(path.join(ruleDir, f), 'utf8')) as Rule;

  test(`${slug}: rule file is valid`, () => {
    assert.deepEqual(checkRule(rule, slug), []);
  });

  test(`${slug}: has example households for likely, check and unlikely`, () => {
    const file = path.join(fixtureDir, `${slug}.json`);
    assert.ok(existsSync(file), `missing test/fixtures/households/${slug}.json`);
    const examples = JSON.parse(readFileSync(file, 'utf8')) as Example[];
    for (const s of ['likely', 'check', 'unlikely']) {
      assert.ok(examples.some((e) => e.expected === s), `test/fixtures/households/${slug}.json needs an example with expected "${s}"`);
    }
  });

  const file = path.join(fixtureDir, `${slug}.json`);
  if (!existsSync(file)) continue;
  const examples = JSON.parse(readFileSync(file, 'utf8')) as Example[];
  for (const ex of examples) {
    test(`${slug}: ${ex.name} → ${ex.expected}`, () => {
      const parsed = parseHousehold(ex.household);
      assert.ok(parsed.ok, `household does not parse: ${JSON.stringify(!parsed.ok && parsed.errors)}`);
      const [result] = evaluateAll(parsed.household, [rule], normSets, { locale: 'nl', referenceDate: '2026-03-01' }).results;
      assert.equal(result.status, ex.expected, `reasons: ${result.reasons.map((r) => `[${r.status}] ${r.text}`).join(' | ')}`);
      assert.ok(result.reasons.length > 0, 'every result explains itself');
      for (const r of result.reasons) assert.ok(r.text.trim().length > 0);
      if (ex.amountPerYear !== undefined) assert.equal(result.amountPerYear, ex.amountPerYear);
    });
  }
}
