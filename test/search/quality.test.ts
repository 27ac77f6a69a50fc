/**
 * Search quality: every query in quality.cases.ts must have its page in the top 3.
 * Prints the hit share; fails below 90 %.
 *   node_modules/.bin/node --test "test/search/*.test.ts"
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearcher } from '../../src/components/search/logic/query.ts';
import { loadSearchDocs } from './loadIndex.ts';
import { CASES } from './quality.cases.ts';

test('search quality: expected page in the top 3 for at least 90 % of the queries', async () => {
  const docsByLocale = { nl: await loadSearchDocs('nl'), en: await loadSearchDocs('en') };
  const searchers = { nl: createSearcher(docsByLocale.nl), en: createSearcher(docsByLocale.en) };
  const misses: string[] = [];
  const missingPages: string[] = [];
  for (const c of CASES) {
    const locale = c.locale ?? 'nl';
    if (!docsByLocale[locale].some((d) => d.url === c.url)) missingPages.push(`${c.url} (query "${c.q}")`);
    const top = searchers[locale].search(c.q, 3).map((h) => h.doc.url);
    if (!top.includes(c.url)) misses.push(`  [${locale}] "${c.q}" → wanted ${c.url}, got ${top.join(', ') || '(nothing)'}`);
  }
  const nl = CASES.filter((c) => (c.locale ?? 'nl') === 'nl').length;
  const share = (CASES.length - misses.length) / CASES.length;
  console.log(`search quality: ${CASES.length - misses.length}/${CASES.length} = ${(share * 100).toFixed(1)} % in the top 3 (${nl} Dutch, ${CASES.length - nl} English queries)`);
  if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
  assert.ok(CASES.length >= 60, 'the quality set needs at least 60 queries');
  assert.deepEqual(missingPages, [], 'expected pages must exist in the index');
  assert.ok(share >= 0.9, `hit share ${(share * 100).toFixed(1)} % is below 90 %`);
});
