import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, oneLine, queryWords } from '../../src/components/search/logic/normalize.ts';
import { createSearcher } from '../../src/components/search/logic/query.ts';
import { syntheticDocs } from '../../src/components/search/logic/synthetic.ts';
import type { SearchDoc } from '../../src/components/search/logic/types.ts';

test('normalize removes case, diacritics and punctuation', () => {
  assert.equal(normalize('Cliëntondersteuning'), 'clientondersteuning');
  assert.equal(normalize("'t Middelpunt"), 't middelpunt');
  assert.equal(normalize('Coöperatie  Één'), 'cooperatie een');
  assert.equal(normalize('Jeugdfonds Sport & Cultuur'), 'jeugdfonds sport cultuur');
});

test('queryWords drops stop words and single letters unless nothing is left', () => {
  assert.deepEqual(queryWords('Hoe kan ik huurtoeslag aanvragen?'), ['huurtoeslag']);
  assert.deepEqual(queryWords('wat'), ['wat']);
});

test('oneLine keeps one sentence and cuts long text at a word', () => {
  assert.equal(oneLine('Eerste zin is hier lang genoeg om te tonen. Tweede zin die de regel te lang maakt.', 60), 'Eerste zin is hier lang genoeg om te tonen.');
  const long = oneLine('woord '.repeat(60), 50);
  assert.ok(long.length <= 50 && long.endsWith('…'));
});

const docs: SearchDoc[] = [
  { type: 'regeling', title: 'Kwijtschelding gemeentelijke belastingen', summary: 'Weinig inkomen? Dan hoeft u misschien geen belasting te betalen.', url: '/a/', terms: ['gemeentebelasting', 'ozb'] },
  { type: 'organisatie', title: 'Cliëntondersteuning Amersfoort', summary: 'Gratis hulp bij zorg.', url: '/b/', terms: [] },
  { type: 'wijk', title: 'Zielhorst', summary: 'Wijk met De Brand.', url: '/c/', terms: ['de brand'] },
];

test('search ignores diacritics and case, tolerates typos, matches prefixes and compound parts', () => {
  const s = createSearcher(docs);
  const first = (q: string) => s.search(q, 1)[0]?.doc.url;
  assert.equal(first('CLIENTONDERSTEUNING'), '/b/');
  assert.equal(first('cliënt'), '/b/');
  assert.equal(first('kwijtscheldnig'), '/a/');
  assert.equal(first('kwij'), '/a/');
  assert.equal(first('belasting'), '/a/');
  assert.equal(first('zielhrost'), '/c/');
  assert.deepEqual(s.search('x'), []);
  assert.deepEqual(s.search('qqqqqq'), []);
});

test('scores are between 0 and 1, best first', () => {
  const hits = createSearcher(syntheticDocs(500)).search('huur toeslag', 10);
  assert.ok(hits.length > 0);
  for (let i = 1; i < hits.length; i++) assert.ok((hits[i] as { score: number }).score >= (hits[i - 1] as { score: number }).score);
  assert.ok(hits.every((h) => h.score >= 0 && h.score <= 1));
});
