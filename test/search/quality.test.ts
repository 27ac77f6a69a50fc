/**
 * Search quality: every query in quality.cases.ts (national) and in the pack's
 * tests/zoekvragen.json should have its page in the top 3.
 * Prints the hit share and the misses; fails below 95 %. Also: some pages must come first,
 * and nonsense must find nothing.
 *   node_modules/.bin/node --test test/search/quality.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearcher } from '../../src/components/search/logic/query.ts';
import type { SearchDoc, SearchHit } from '../../src/components/search/logic/types.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { loadSearchDocs } from './loadIndex.ts';
import { CASES, FIRST, NATIONAL_CASES, NONSENSE, PACK_CASES, type QualityCase } from './quality.cases.ts';

const docsByLocale = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await loadSearchDocs(l)] as const))) as Record<Locale, SearchDoc[]>;
const searchersOf = (docs: Record<Locale, SearchDoc[]>) => Object.fromEntries(LOCALES.map((l) => [l, createSearcher(docs[l], l)])) as Record<Locale, ReturnType<typeof createSearcher>>;
const searchers = searchersOf(docsByLocale);

/** The pages a result leads to: its own, and the organisation shown in it when the two were merged. */
const urlsOf = (h: SearchHit) => (h.orgMerged && h.doc.org ? [h.doc.url, h.doc.org.url] : [h.doc.url]);
const matches = (u: string, c: QualityCase) => (typeof c.url === 'string' ? u === c.url : c.url.test(u));
const leadsTo = (h: SearchHit | undefined, c: QualityCase) => !!h && urlsOf(h).some((u) => matches(u, c));
const top = (c: QualityCase, n: number) => searchers[c.locale ?? 'nl'].search(c.q, n);

test('search quality: expected page in the top 3 for at least 95 % of the queries', () => {
  const misses: string[] = [];
  const missingPages: string[] = [];
  let first = 0;
  for (const c of CASES) {
    const locale = c.locale ?? 'nl';
    if (!docsByLocale[locale].some((d) => matches(d.url, c))) missingPages.push(`${String(c.url)} (query "${c.q}")`);
    const hits = top(c, 3);
    if (leadsTo(hits[0], c)) first++;
    if (!hits.some((h) => leadsTo(h, c))) misses.push(`  [${locale}] "${c.q}" → wanted ${String(c.url)}, got ${hits.map((h) => h.doc.url).join(', ') || '(nothing)'}`);
  }
  const nl = CASES.filter((c) => (c.locale ?? 'nl') === 'nl').length;
  const share = (CASES.length - misses.length) / CASES.length;
  console.log(
    `search quality: ${CASES.length - misses.length}/${CASES.length} = ${(share * 100).toFixed(1)} % in the top 3, ` +
      `${((first / CASES.length) * 100).toFixed(1)} % first (${nl} Dutch, ${LOCALES.filter((l) => l !== 'nl').map((l) => `${CASES.filter((c) => c.locale === l).length} ${l}`).join(', ')})`,
  );
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  assert.ok(NATIONAL_CASES.length >= 58, 'the national quality set needs at least 58 queries (it only grows)');
  assert.ok(PACK_CASES.cases.length >= PACK_CASES.minimum, `${PACK_CASES.file} needs at least ${PACK_CASES.minimum} queries (it only grows)`);
  assert.deepEqual(missingPages, [], 'expected pages must exist in the index');
  assert.ok(share >= 0.95, `hit share ${(share * 100).toFixed(1)} % is below 95 %`);
});

test('hub pages and wijk pages come first for their own names', () => {
  const wrong: string[] = [];
  for (const q of FIRST) {
    const c = CASES.find((x) => x.q === q);
    assert.ok(c, `"${q}" must be a case in quality.cases.ts or ${PACK_CASES.file}`);
    const hits = top(c, 1);
    if (!leadsTo(hits[0], c)) wrong.push(`"${q}" → ${hits[0]?.doc.url ?? '(nothing)'}, wanted ${String(c.url)}`);
  }
  assert.deepEqual(wrong, []);
});

test('the ranking does not depend on the order of the index (the build and Node list entries differently)', () => {
  const reversed = searchersOf(Object.fromEntries(LOCALES.map((l) => [l, [...docsByLocale[l]].reverse()])) as Record<Locale, SearchDoc[]>);
  const differ = CASES.filter((c) => {
    const urls = (s: typeof searchers) => s[c.locale ?? 'nl'].search(c.q, 3).map((h) => h.doc.url).join(' ');
    return urls(searchers) !== urls(reversed);
  }).map((c) => c.q);
  assert.deepEqual(differ, []);
});

test('nonsense finds nothing', () => {
  const found = NONSENSE.map((c) => ({ ...c, found: searchers[c.locale ?? 'nl'].find(c.q).total })).filter((c) => c.found > 0);
  assert.deepEqual(found, []);
});
