/**
 * Search quality on every other municipality's site: its own index (national content plus its pack),
 * the national queries in the languages it offers and its own queries (content/gemeenten/<id>/tests/
 * zoekvragen.json) in the top 3 for at least 95 %, its "first" pages first. The pack under test
 * ($GEMEENTE, default pack) is covered by quality.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createSearcher } from '../../src/components/search/logic/query.ts';
import type { SearchHit } from '../../src/components/search/logic/types.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { allPacks, selectedPackId } from '../../src/lib/content/packs.ts';
import { loadSearchDocs } from './loadIndex.ts';
import { NATIONAL_CASES, NATIONAL_FIRST, packCases, type QualityCase } from './quality.cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const matches = (u: string, c: QualityCase) => (typeof c.url === 'string' ? u === c.url : c.url.test(u));
const leadsTo = (h: SearchHit | undefined, c: QualityCase) => !!h && (h.orgMerged && h.doc.org ? [h.doc.url, h.doc.org.url] : [h.doc.url]).some((u) => matches(u, c));

for (const pack of allPacks(ROOT).filter((p) => p.id !== selectedPackId(ROOT))) {
  test(`${pack.id}: its own and the national queries find their page in the top 3 (at least 95 %), its "first" pages first`, async () => {
    const locales = pack.gemeente.languages as Locale[];
    const searchers = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, createSearcher(await loadSearchDocs(l, ROOT, pack), l)] as const))) as Record<string, ReturnType<typeof createSearcher>>;
    const own = packCases(pack, ROOT);
    assert.ok(own.cases.length >= own.minimum && own.cases.length > 0, `${own.file ?? pack.id}: needs its own queries`);
    const cases = [...NATIONAL_CASES.filter((c) => locales.includes(c.locale ?? 'nl')), ...own.cases];
    const misses = cases.filter((c) => !searchers[c.locale ?? 'nl']!.search(c.q, 3).some((h) => leadsTo(h, c)));
    const share = (cases.length - misses.length) / cases.length;
    console.log(`${pack.id} search quality: ${cases.length - misses.length}/${cases.length} = ${(share * 100).toFixed(1)} % in the top 3`);
    if (misses.length) console.log(misses.map((c) => `  [${c.locale ?? 'nl'}] "${c.q}" → wanted ${String(c.url)}, got ${searchers[c.locale ?? 'nl']!.search(c.q, 3).map((h) => h.doc.url).join(', ')}`).join('\n'));
    assert.ok(share >= 0.95, `${pack.id}: hit share ${(share * 100).toFixed(1)} % is below 95 %`);
    const wrongFirst = [...NATIONAL_FIRST, ...own.first]
      .map((q) => cases.find((c) => c.q === q))
      .filter((c): c is QualityCase => !!c)
      .filter((c) => !leadsTo(searchers[c.locale ?? 'nl']!.search(c.q, 1)[0], c))
      .map((c) => c.q);
    assert.deepEqual(wrongFirst, []);
  });
}
