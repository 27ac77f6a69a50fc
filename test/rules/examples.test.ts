/**
 * Runs every example household in test/fixtures/households/<slug>.json against the rule
 * content/regelingen/<slug>.rule.json, and fails when a rule has no fixture file with at least
 * one likely, one check and one unlikely example. To test a new rule, only add a fixture file:
 *   [{ "name": "...", "household": { ... }, "expected": "likely|check|unlikely",
 *      "applicable"?: false, "amountPerYear"?: 123, "date"?: "2027-01-05", "reasonIncludes"?: "…" }]
 * The reference date is the example's `date`, else the household's, else 2026-03-01.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluateAll, parseHousehold } from '../../src/lib/engine/index.ts';
import { checkRule } from '../../src/lib/engine/checkRule.ts';
import { CONTENT, TEMPLATES } from '../helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ruleDir = path.join(root, 'content/regelingen');
const fixtureDir = path.join(root, 'test/fixtures/households');
const ruleFiles = readdirSync(ruleDir).filter((f) => f.endsWith('.rule.json')).sort();

interface Example {
  name: string;
  household: unknown;
  expected: 'likely' | 'check' | 'unlikely';
  applicable?: boolean;
  amountPerYear?: number | null;
  date?: string;
  reasonIncludes?: string;
  rulePatch?: Record<string, unknown>;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function merged<T>(base: T, patch: Record<string, unknown> | undefined): T {
  if (!patch) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) out[k] = isPlain(v) && isPlain(out[k]) ? merged(out[k], v) : v;
  return out as T;
}

test('the engine discovers every rule file (no hand-kept list)', () => {
  assert.deepEqual(CONTENT.rules.map((r) => `${r.name}.rule.json`).sort(), ruleFiles);
});

for (const f of ruleFiles) {
  const slug = f.replace(/\.rule\.json$/, '');
  const rule = CONTENT.rules.find((r) => r.name === slug)!;

  test(`${slug}: rule file is valid, with a reason template for every outcome in nl and en`, () => {
    assert.deepEqual(checkRule(JSON.parse(readFileSync(path.join(ruleDir, f), 'utf8')), slug, { templates: TEMPLATES }), []);
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
      assert.ok(parsed.ok, `household does not parse: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
      const date = ex.date ?? parsed.household.referenceDate ?? '2026-03-01';
      const [result] = evaluateAll({ ...parsed.household, referenceDate: date }, { ...CONTENT, rules: [merged(rule, ex.rulePatch)] }, { locale: 'nl', templates: TEMPLATES.nl }).results;
      const why = result!.reasons.map((r) => `[${r.status}] ${r.text}`).join(' | ');
      assert.equal(result!.status, ex.expected, `reasons: ${why}`);
      if (ex.applicable !== undefined) assert.equal(result!.applicable, ex.applicable, why);
      assert.ok(result!.reasons.length > 0, 'every result explains itself');
      for (const r of result!.reasons) {
        assert.ok(r.text.trim().length > 0);
        assert.ok(!/\[\w+\.\w+\]|\{\{/.test(r.text), `template not filled: ${r.text}`);
      }
      if (ex.reasonIncludes) assert.ok(why.includes(ex.reasonIncludes), `expected a reason with "${ex.reasonIncludes}": ${why}`);
      if (ex.amountPerYear !== undefined) assert.equal(result!.amountPerYear, ex.amountPerYear);
    });
  }
}
