/**
 * Every language a site offers (its gemeente.yaml `languages`) has all content translated: the same per-entry coverage the
 * content report (`npm run content:report`, sections "Vertaling …") prints must show 0 missing
 * fields everywhere. On failure the message lists, per language, each translation file and the
 * fields it still lacks (or that the file is missing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllContent } from '../../src/lib/content/validate.ts';
import { contentCoverage, describeGap } from '../../src/lib/content/coverage.ts';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { allPacks } from '../../src/lib/content/packs.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

for (const pack of allPacks(root)) {
  const content = await loadAllContent(root, [], pack);
  // Each site is translated into the languages its gemeente.yaml offers.
  const locales = TRANSLATED_LOCALES.filter((l) => pack.gemeente.languages.includes(l));

  test(`${pack.id}: every language of the site has 0 missing content fields (regelingen, organisaties, wijken, paginas)`, () => {
    assert.deepEqual(content.problems, []);
    const report = locales.flatMap((l) => {
      const entries = contentCoverage(content, l);
      assert.ok(entries.length > 0, `${l}: no entries counted`);
      const gaps = entries.filter((e) => e.missing.length > 0);
      if (gaps.length === 0) return [];
      const fields = gaps.reduce((n, e) => n + e.missing.length, 0);
      return [`${l}: ${fields} fields missing in ${gaps.length} of ${entries.length} entries`, ...gaps.map((e) => `  - ${describeGap(e)}`)];
    });
    assert.ok(report.length === 0, `Missing content translations per language:\n${report.join('\n')}`);
  });

  test(`${pack.id}: every rule text (because, reasons, amount notes) is written in every language of the site`, () => {
    const files = pack.dirs.flatMap((d) => (existsSync(path.join(d, 'regelingen')) ? readdirSync(path.join(d, 'regelingen')) : []).filter((f) => f.endsWith('.rule.json')).map((f) => path.join(d, 'regelingen', f)));
    assert.ok(files.length > 5);
    const missing: string[] = [];
    let texts = 0;
    const walk = (v: unknown, where: string): void => {
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
      if (typeof v !== 'object' || v === null) return;
      const o = v as Record<string, unknown>;
      // A Text: an object with the Dutch source string (src/lib/engine/types.ts).
      if (typeof o.nl === 'string') {
        texts++;
        const absent = locales.filter((l) => typeof o[l] !== 'string' || (o[l] as string).trim() === '');
        if (absent.length > 0) missing.push(`${where}: ${absent.join(', ')}`);
        return;
      }
      for (const [k, x] of Object.entries(o)) walk(x, `${where} › ${k}`);
    };
    for (const f of files) walk(JSON.parse(readFileSync(f, 'utf8')), path.relative(root, f));
    assert.ok(texts > 10, `only ${texts} rule texts found`);
    assert.deepEqual(missing, [], `Rule texts without a translation:\n${missing.join('\n')}`);
  });
}
