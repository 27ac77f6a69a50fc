/**
 * Runs every example household in <landelijk or pack>/voorbeelden/<slug>.json against the rule
 * <same folder>/regelingen/<slug>.rule.json, for EVERY municipality pack (national rules with each
 * pack's content), and fails when a rule has no example file with at least one likely, one check and
 * one unlikely example. To test a new rule, only add an example file beside it:
 *   [{ "name": "...", "household": { ... }, "expected": "likely|check|unlikely",
 *      "applicable"?: false, "amountPerYear"?: 123, "date"?: "2027-01-05", "reasonIncludes"?: "…" }]
 * "{{gemeente}}" in an example stands for the pack's municipality (national examples name none).
 * The reference date is the example's `date`, else the household's, else 2026-03-01.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluateAll, parseHousehold } from '../../src/lib/engine/index.ts';
import { checkRule } from '../../src/lib/engine/checkRule.ts';
import { allPacks } from '../../src/lib/content/packs.ts';
import { loadPackContent } from '../../src/lib/content/engineFiles.ts';
import { fillTokens, contentTokens } from '../../src/lib/content/tokens.ts';
import { TEMPLATES } from '../helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rel = (f: string) => path.relative(root, f);

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

for (const pack of allPacks(root)) {
  const CONTENT = loadPackContent(root, pack);
  const tokens = contentTokens(pack.gemeente);
  const ruleFiles = pack.dirs.flatMap((d) => (existsSync(path.join(d, 'regelingen')) ? readdirSync(path.join(d, 'regelingen')) : []).filter((f) => f.endsWith('.rule.json')).map((f) => path.join(d, 'regelingen', f)));
  const national = (f: string) => f.startsWith(pack.nationalDir + path.sep);
  // National rules are tested once in full (rule file, example set) and with every pack's content.
  const first = pack.id === allPacks(root)[0]!.id;

  test(`${pack.id}: the engine discovers every rule file (no hand-kept list)`, () => {
    assert.deepEqual(CONTENT.rules.map((r) => `${r.name}.rule.json`).sort(), ruleFiles.map((f) => path.basename(f)).sort());
  });

  for (const ruleFile of ruleFiles) {
    const slug = path.basename(ruleFile).replace(/\.rule\.json$/, '');
    const rule = CONTENT.rules.find((r) => r.name === slug)!;
    const file = path.join(path.dirname(path.dirname(ruleFile)), 'voorbeelden', `${slug}.json`);
    const label = national(ruleFile) ? `${slug} (${pack.id})` : `${pack.id}/${slug}`;

    if (!national(ruleFile) || first) {
      test(`${label}: rule file is valid, with a reason template for every outcome in nl and en`, () => {
        assert.deepEqual(checkRule(JSON.parse(readFileSync(ruleFile, 'utf8')), slug, { templates: TEMPLATES }), []);
      });

      test(`${label}: has example households for likely, check and unlikely`, () => {
        assert.ok(existsSync(file), `missing ${rel(file)}`);
        const examples = JSON.parse(readFileSync(file, 'utf8')) as Example[];
        for (const s of ['likely', 'check', 'unlikely']) {
          assert.ok(examples.some((e) => e.expected === s), `${rel(file)} needs an example with expected "${s}"`);
        }
      });
    }

    if (!existsSync(file)) continue;
    const examples = JSON.parse(fillTokens(readFileSync(file, 'utf8'), tokens)) as Example[];
    for (const ex of examples) {
      test(`${label}: ${ex.name} → ${ex.expected}`, () => {
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
        if (ex.reasonIncludes) assert.ok(why.includes(fillTokens(ex.reasonIncludes, tokens)), `expected a reason with "${ex.reasonIncludes}": ${why}`);
        if (ex.amountPerYear !== undefined) assert.equal(result!.amountPerYear, ex.amountPerYear);
      });
    }
  }
}
