/**
 * Answers saved or shared before the check spoke of "the municipality" (woonplaats=<its name>,
 * zorg<Name>=…) still load: read as "gemeente" and "zorgGemeente", nothing dropped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShareLink } from '../../src/components/check/logic/share.ts';
import { fitAnswers, fromEarlierVersion } from '../../src/components/check/logic/storage.ts';
import { MUNICIPALITY } from '../helpers.ts';

const oldKey = `zorg${MUNICIPALITY.replace(/[^A-Za-z]/g, '')}`;
const oldPlace = MUNICIPALITY.toLowerCase();

test('an earlier share link keeps its woonplaats and mantelzorg answers', () => {
  const d = decodeShareLink(`#c1&woonplaats=${encodeURIComponent(oldPlace)}&situatie=alleen&situaties=mantelzorg&zorgUren=8plus&${oldKey}=ja`, MUNICIPALITY);
  assert.ok(d);
  assert.deepEqual(d.unknownKeys, []);
  assert.equal(d.raw.woonplaats, 'gemeente');
  assert.equal(d.raw.zorgGemeente, 'ja');
  assert.equal(fitAnswers(d.raw, []).answers.woonplaats, 'gemeente');
});

test('earlier saved answers load without a dropped answer; today\'s answers are not changed', () => {
  const saved = { woonplaats: oldPlace, [oldKey]: 'nee', leeftijd: '40' };
  const r = fitAnswers(saved, [], MUNICIPALITY);
  assert.deepEqual(r.dropped, []);
  assert.deepEqual(r.answers, { woonplaats: 'gemeente', zorgGemeente: 'nee', leeftijd: '40' });
  assert.deepEqual(fromEarlierVersion({ woonplaats: 'elders', zorgGemeente: 'ja' }, MUNICIPALITY), { woonplaats: 'elders', zorgGemeente: 'ja' });
  // Without the municipality nothing is guessed: an unknown place stays unknown and is named.
  assert.deepEqual(fitAnswers({ woonplaats: oldPlace }, []).dropped, ['woonplaats']);
});
