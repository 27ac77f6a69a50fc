import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TABLE, TRANSLATED_LOCALES, pluralCategories } from '../../src/i18n/locales.ts';
import { compareKeys } from '../../src/i18n/keys.ts';
import { translationMeta } from '../../src/schemas/translation.ts';
import { t } from '../../src/components/check/logic/strings.ts';

const DIR = path.resolve('src/i18n');
const read = (loc: string, ns: string): unknown => JSON.parse(readFileSync(path.join(DIR, loc, ns), 'utf8'));
const namespaces = readdirSync(path.join(DIR, DEFAULT_LOCALE)).filter((f) => f.endsWith('.json') && f !== 'meta.json');

test('the locale table: unique codes, a direction, a name and a valid BCP-47 tag per row', () => {
  assert.equal(new Set(LOCALES).size, LOCALES.length);
  assert.equal(LOCALES[0], DEFAULT_LOCALE);
  for (const row of LOCALE_TABLE) {
    assert.equal(Intl.getCanonicalLocales(row.tag).length, 1, row.code);
    assert.ok(row.name.trim(), row.code);
    assert.ok(row.dir === 'ltr' || row.dir === 'rtl', row.code);
  }
  // Plural forms come from Intl.PluralRules: Arabic six, Ukrainian four, Dutch two.
  assert.deepEqual(new Set(pluralCategories('ar')), new Set(['zero', 'one', 'two', 'few', 'many', 'other']));
  assert.deepEqual(new Set(pluralCategories('uk')), new Set(['one', 'few', 'many', 'other']));
  assert.deepEqual(new Set(pluralCategories('nl')), new Set(['one', 'other']));
});

test('every folder in src/i18n is a language of the locale table', () => {
  const dirs = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.deepEqual(dirs.filter((d) => !(LOCALES as readonly string[]).includes(d)), [], 'add a row to src/i18n/locales.ts first');
});

test('every language has every interface key of Dutch (with its own plural forms), no extra keys and no empty strings', () => {
  const report: string[] = [];
  for (const loc of TRANSLATED_LOCALES) {
    for (const ns of namespaces) {
      const file = path.join(DIR, loc, ns);
      if (!existsSync(file)) {
        report.push(`${loc}/${ns}: file missing (copy src/i18n/nl/${ns} and translate it)`);
        continue;
      }
      const diff = compareKeys(read(DEFAULT_LOCALE, ns), read(loc, ns), loc);
      if (diff.missing.length) report.push(`${loc}/${ns}: ${diff.missing.length} missing: ${diff.missing.join(', ')}`);
      if (diff.extra.length) report.push(`${loc}/${ns}: ${diff.extra.length} not in Dutch: ${diff.extra.join(', ')}`);
      if (diff.empty.length) report.push(`${loc}/${ns}: empty: ${diff.empty.join(', ')}`);
    }
  }
  const dutchEmpty = namespaces.flatMap((ns) => compareKeys(read(DEFAULT_LOCALE, ns), read(DEFAULT_LOCALE, ns), DEFAULT_LOCALE).empty.map((k) => `nl/${ns}: ${k}`));
  assert.deepEqual([...report, ...dutchEmpty], [], `\n${[...report, ...dutchEmpty].join('\n')}\n`);
});

test('every translated interface records who translated it and whether it was checked (src/i18n/<locale>/meta.json)', () => {
  for (const loc of TRANSLATED_LOCALES) {
    const file = path.join(DIR, loc, 'meta.json');
    assert.ok(existsSync(file), `${loc}/meta.json is missing`);
    const r = translationMeta.safeParse(read(loc, 'meta.json'));
    assert.ok(r.success, `${loc}/meta.json: ${r.error?.issues.map((i) => `${i.path.join('.')} › ${i.message}`).join('; ')}`);
  }
});

test('the check picks the plural form of the language (Intl.PluralRules, i18next v4 keys)', () => {
  const ar = { $locale: 'ar', n_zero: 'z', n_one: 'o', n_two: 't', n_few: 'f', n_many: 'm', n_other: 'x {{count}}' };
  assert.deepEqual([0, 1, 2, 3, 11, 100].map((count) => t(ar, 'n', { count })), ['z', 'o', 't', 'f', 'm', 'x 100']);
  const uk = { $locale: 'uk-UA', y_one: '{{count}} рік', y_few: '{{count}} роки', y_many: '{{count}} років', y_other: '{{count}} року' };
  assert.deepEqual([21, 34, 35].map((count) => t(uk, 'y', { count })), ['21 рік', '34 роки', '35 років']);
  const nl = { r_one: '{{count}} regeling', r_other: '{{count}} regelingen' };
  assert.deepEqual([0, 1, 2].map((count) => t(nl, 'r', { count })), ['0 regelingen', '1 regeling', '2 regelingen']);
  // Without plural keys the plain key is used.
  assert.equal(t({ years: '{{n}} jaar' }, 'years', { n: 34, count: 34 }), '34 jaar');
});

test('the search results line takes the plural form of the language', async () => {
  const { countText } = await import('../../src/components/search/logic/client.ts');
  const ar = JSON.parse(readFileSync(path.join(DIR, 'ar', 'search.json'), 'utf8')) as Record<string, string>;
  const forms = { zero: ar.count_zero, one: ar.count_one, two: ar.count_two, few: ar.count_few, many: ar.count_many, other: ar.count_other!, more: ar.count_more! };
  assert.equal(countText(forms, 'ar', 2, 20, 'x'), ar.count_two!.replace('{{query}}', 'x'));
  assert.equal(countText(forms, 'ar', 5, 20, 'x'), ar.count_few!.replace('{{count}}', '5').replace('{{query}}', 'x'));
  assert.equal(countText(forms, 'ar', 11, 20, 'x'), ar.count_many!.replace('{{count}}', '11').replace('{{query}}', 'x'));
});
