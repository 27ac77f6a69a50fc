import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('src/i18n');
const locales = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function keys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const plainKey = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

test('Dutch and English exist', () => {
  assert.ok(locales.includes('nl') && locales.includes('en'));
});

for (const ns of readdirSync(path.join(DIR, 'nl')).filter((f) => f.endsWith('.json'))) {
  test(`every locale has every key of nl/${ns}, and no empty strings`, () => {
    const nl = JSON.parse(readFileSync(path.join(DIR, 'nl', ns), 'utf8'));
    const nlKeys = new Set(keys(nl).map(plainKey));
    for (const loc of locales.filter((l) => l !== 'nl')) {
      const other = JSON.parse(readFileSync(path.join(DIR, loc, ns), 'utf8'));
      const otherKeys = new Set(keys(other).map(plainKey));
      const missing = [...nlKeys].filter((k) => !otherKeys.has(k));
      const extra = [...otherKeys].filter((k) => !nlKeys.has(k));
      assert.deepEqual(missing, [], `${loc}/${ns} misses keys`);
      assert.deepEqual(extra, [], `${loc}/${ns} has keys Dutch does not have`);
    }
    for (const loc of locales) {
      const raw = readFileSync(path.join(DIR, loc, ns), 'utf8');
      assert.doesNotMatch(raw, /:\s*""/, `${loc}/${ns} has an empty string`);
    }
  });
}
