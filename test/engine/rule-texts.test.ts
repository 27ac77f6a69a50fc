/**
 * The browser gets the rules with their Dutch texts and each other language's rule texts apart
 * (scripts/build/ruleTexts.ts): put back together, the rules say exactly what the rule files say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { applyRuleTexts, browserContent } from '../../src/lib/engine/browserContent.ts';
import { ruleFiles, ruleTextsOf } from '../../scripts/build/ruleTexts.ts';

type Json = Record<string, unknown>;
const originals = ruleFiles().map((f) => ({ file: f, json: JSON.parse(readFileSync(f, 'utf8')) as Json & { name: string } }));

/** The rule file as the browser needs it in one language: sources gone, texts in Dutch and that language. */
function onlyLanguages(v: unknown, keep: string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => onlyLanguages(x, keep));
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Json;
  if (typeof o.nl === 'string') return Object.fromEntries(Object.entries(o).filter(([k]) => keep.includes(k)));
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'sources').map(([k, x]) => [k, onlyLanguages(x, keep)]));
}

test('the rules chunk keeps only the Dutch texts', () => {
  for (const { file, json } of originals) {
    assert.deepEqual(browserContent(json, file), onlyLanguages(json, ['nl']), file);
  }
});

for (const locale of TRANSLATED_LOCALES) {
  test(`rules chunk + the ${locale} rule texts = every rule text in Dutch and ${locale}`, () => {
    const rules = originals.map(({ file, json }) => browserContent(json, file) as { name: string });
    const texts = ruleTextsOf(locale);
    assert.ok(Object.keys(texts).length > 10, 'rule texts found');
    applyRuleTexts(rules, texts, locale);
    rules.forEach((r, i) => assert.deepEqual(r, onlyLanguages(originals[i]!.json, ['nl', locale]), originals[i]!.file));
  });
}
