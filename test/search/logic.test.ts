import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT_LOCALE, SEARCH_LANGUAGES, normalize, oneLine, queryWords, searchLanguage } from '../../src/components/search/logic/normalize.ts';
import { createSearcher, maxTypos } from '../../src/components/search/logic/query.ts';
import { syntheticDocs } from '../../src/components/search/logic/synthetic.ts';
import type { SearchDoc } from '../../src/components/search/logic/types.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/schemas/common.ts';

test('normalize removes case, diacritics and punctuation', () => {
  assert.equal(normalize('Cliëntondersteuning'), 'clientondersteuning');
  assert.equal(normalize("'t Middelpunt"), 't middelpunt');
  assert.equal(normalize('Coöperatie  Één'), 'cooperatie een');
  assert.equal(normalize('Jeugdfonds Sport & Cultuur'), 'jeugdfonds sport cultuur');
});

test('queryWords drops stop words and single letters unless nothing is left', () => {
  assert.deepEqual(queryWords('Hoe kan ik huurtoeslag aanvragen?'), ['huurtoeslag']);
  assert.deepEqual(queryWords('wat'), ['wat']);
  assert.deepEqual(queryWords('how do I apply for rent benefit', searchLanguage('en')), ['rent', 'benefit']);
});

test('language settings: one entry per locale, the content language merged into every other', () => {
  assert.equal(CONTENT_LOCALE, DEFAULT_LOCALE);
  assert.deepEqual(Object.keys(SEARCH_LANGUAGES).sort(), [...LOCALES].sort());
  const en = searchLanguage('en');
  assert.ok(en.stopWords.has('the') && en.stopWords.has('voor'), 'English pages also hold Dutch text');
  assert.ok(en.stems('carers').includes('carer'));
  assert.ok(searchLanguage('nl').stems('kinderen').includes('kinder'));
});

test('oneLine keeps one sentence and cuts long text at a word', () => {
  assert.equal(oneLine('Eerste zin is hier lang genoeg om te tonen. Tweede zin die de regel te lang maakt.', 60), 'Eerste zin is hier lang genoeg om te tonen.');
  const long = oneLine('woord '.repeat(60), 50);
  assert.ok(long.length <= 50 && long.endsWith('…'));
});

test('fewer typos for short words, at most two for long ones', () => {
  assert.deepEqual([3, 4, 5, 7, 8, 14, 30].map(maxTypos), [0, 0, 1, 1, 2, 2, 2]);
});

const docs: SearchDoc[] = [
  { type: 'regeling', title: 'Kwijtschelding gemeentelijke belastingen', summary: 'Weinig inkomen? Dan hoeft u misschien geen belasting te betalen.', url: '/kwijtschelding/', terms: ['gemeentebelasting', 'ozb', 'hondenbelasting'], words: 'aanslag' },
  { type: 'organisatie', title: 'Cliëntondersteuning Proefdorp', summary: 'Gratis hulp bij zorg.', url: '/client/', terms: [] },
  { type: 'wijk', title: 'Zielhorst', summary: 'Wijk met De Brand.', url: '/zielhorst/', terms: ['wijk'], names: ['De Brand'], place: true },
  { type: 'wijk', title: 'Hoogeind', summary: 'Een wijk.', url: '/hoogeind/', terms: ['wijk', 'wijkteam hoogeind'], place: true },
  { type: 'wijk', title: 'Kattenbroek', summary: 'Een wijk.', url: '/kattenbroek/', terms: ['wijk', 'wijkteam kattenbroek'], place: true },
  { type: 'organisatie', title: 'Wijkteam Kruiskamp', summary: 'Het wijkteam.', url: '/wijkteam-kruiskamp/', terms: ['wijkteam'] },
  { type: 'regeling', title: 'Mantelzorgwaardering', summary: 'Een bedankje voor mantelzorgers.', url: '/waardering/', terms: ['compliment'] },
  { type: 'regeling', title: 'Steun voor mantelzorgers', summary: 'Advies als u voor iemand zorgt.', url: '/steun/', terms: ['mantelzorg'] },
  { type: 'pagina', title: 'Mantelzorg in Proefdorp', summary: 'Alles voor mantelzorgers.', url: '/mantelzorg/', terms: [], names: ['Mantelzorg', 'mantelzorger'] },
  { type: 'regeling', title: 'Jeugdfonds', summary: 'Sport en cultuur voor kinderen.', url: '/jeugdfonds/', terms: ['zwemles betalen'], words: 'diploma' },
  { type: 'regeling', title: 'Dierenregeling', summary: 'Hulp bij de dierenarts.', url: '/dieren/', terms: ['kat castreren', 'hond vaccinatie'] },
  { type: 'regeling', title: 'Energietoeslag', summary: 'Geld voor de energierekening.', url: '/energie/', terms: ['energierekening te hoog'] },
  { type: 'organisatie', title: 'Sociale Gasten', summary: 'Eten met anderen.', url: '/gasten/', terms: [] },
  { type: 'regeling', title: 'Kinderbijslag', summary: 'Geld voor kinderen, elk kwartaal.', url: '/kinderbijslag/', terms: ['geld voor kinderen'] },
  { type: 'regeling', title: 'Leergeld', summary: 'Spullen voor school voor kinderen van ouders met weinig geld.', url: '/leergeld/', terms: ['schoolspullen'] },
  { type: 'regeling', title: 'Voedselbank', summary: 'Een voedselpakket als u geen geld heeft voor eten.', url: '/voedselbank/', terms: ['eten gratis'], org: { title: 'Voedselbank Proefdorp', url: '/org-voedselbank/' } },
  { type: 'organisatie', title: 'Voedselbank Proefdorp', summary: 'Geeft voedselpakketten.', url: '/org-voedselbank/', terms: ['eten gratis', 'voedselbank'] },
];

const s = createSearcher(docs, 'nl');
const urls = (q: string, n = 3) => s.search(q, n).map((h) => h.doc.url);
const first = (q: string) => s.search(q, 1)[0]?.doc.url;

test('search ignores diacritics and case, tolerates typos, matches prefixes while typing', () => {
  assert.equal(first('CLIENTONDERSTEUNING'), '/client/');
  assert.equal(first('cliënt'), '/client/');
  assert.equal(first('kwijtscheldnig'), '/kwijtschelding/');
  assert.equal(first('kwij'), '/kwijtschelding/');
  assert.equal(first('zielhrost'), '/zielhorst/');
  assert.deepEqual(s.search('x'), []);
  assert.deepEqual(s.search('qqqqqq'), []);
});

test('a prefix needs 3 letters and only the word being typed matches as a prefix', () => {
  assert.deepEqual(urls('kw'), []);
  assert.equal(first('kwi'), '/kwijtschelding/');
  assert.deepEqual(urls('kwij '), [], 'a word followed by a space is complete');
});

test('compounds: split against the vocabulary, both ways', () => {
  assert.equal(first('mantelzorgcompliment'), '/waardering/');
  assert.equal(first('zwemdiploma'), '/jeugdfonds/');
  assert.equal(first('gemeente belasting'), '/kwijtschelding/', 'the index word gemeentebelasting counts for its parts');
  assert.equal(first('hondebelasting'), '/kwijtschelding/', 'with a linking -e- (hond-e-belasting)');
  assert.equal(first('belasting'), '/kwijtschelding/');
});

test('whole words outrank prefixes of longer place names; a known word is not a typo of another', () => {
  assert.equal(first('hond kat'), '/dieren/');
  assert.ok(!urls('hond kat', 10).includes('/kattenbroek/'), 'kat is not Kattenbroek');
  assert.ok(!urls('aanslag te hoog', 10).includes('/hoogeind/'), 'hoog is not Hoogeind');
  assert.ok(!urls('energierekening te hoog', 10).includes('/hoogeind/'));
  assert.ok(!urls('gas te duur', 10).includes('/gasten/'), 'only the word being typed matches as a prefix');
});

test('stop words are dropped on both sides of the phrase bonus', () => {
  // Leergeld has both words too, but Kinderbijslag has the curated term "geld voor kinderen".
  assert.equal(first('geld voor kinderen'), '/kinderbijslag/');
  assert.equal(first('geld kinderen'), '/kinderbijslag/');
});

test('nonsense finds nothing', () => {
  for (const q of ['geen-bestaand-woord-xyz', 'xqzwv', 'asdfgh qwerty', 'blablabla']) assert.deepEqual(s.find(q), { hits: [], total: 0 }, q);
});

test('a regeling and the organisation that exists for it are one result, unless the query names the organisation', () => {
  const eten = s.search('eten gratis');
  assert.equal(eten[0]?.doc.url, '/voedselbank/');
  assert.equal(eten[0]?.orgMerged, true);
  assert.ok(!eten.some((h) => h.doc.url === '/org-voedselbank/'));
  const named = s.search('voedselbank proefdorp');
  assert.equal(named[0]?.doc.url, '/org-voedselbank/');
  assert.ok(named.some((h) => h.doc.url === '/voedselbank/'));
});

test('main pages come first for their names and synonyms; wijk pages for wijk queries', () => {
  assert.equal(first('mantelzorg'), '/mantelzorg/');
  assert.equal(first('mantelzorgers'), '/mantelzorg/');
  assert.equal(first('wijkteam kattenbroek'), '/kattenbroek/');
  assert.equal(first('de brand'), '/zielhorst/');
});

test('find counts every match; search returns at most the limit', () => {
  const big = createSearcher(syntheticDocs(500));
  const r = big.find('huur toeslag', 5);
  assert.equal(r.hits.length, 5);
  assert.ok(r.total > 5);
  assert.deepEqual(big.search('huur toeslag', 5), r.hits);
});

test('scores are between 0 and 1, best first', () => {
  const hits = createSearcher(syntheticDocs(500)).search('huur toeslag', 10);
  assert.ok(hits.length > 0);
  for (let i = 1; i < hits.length; i++) assert.ok((hits[i] as { score: number }).score >= (hits[i - 1] as { score: number }).score);
  assert.ok(hits.every((h) => h.score >= 0 && h.score <= 1));
});

test('English: stems and stop words of English, Dutch words still found', () => {
  const en = createSearcher(
    [
      { type: 'pagina', title: 'Carers', summary: 'Support for people who care for someone.', url: '/en/carers/', terms: [], names: ['carer', 'caregiver'] },
      { type: 'regeling', title: 'Carer recognition', summary: 'A thank-you for carers.', url: '/en/waardering/', terms: ['mantelzorgwaardering'] },
    ],
    'en',
  );
  assert.equal(en.search('carers', 1)[0]?.doc.url, '/en/carers/');
  assert.equal(en.search('the carer', 1)[0]?.doc.url, '/en/carers/');
  assert.equal(en.search('mantelzorgwaardering', 1)[0]?.doc.url, '/en/waardering/');
});
