import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAnswers, encodeAnswers } from '../../src/components/check/logic/share.ts';
import type { Answers } from '../../src/components/check/logic/questions.ts';

test('round trip', () => {
  const a: Answers = { woonplaats: 'gemeente', wijk: 'schothorst', situatie: 'alleen-kinderen', kinderen: '4, 9', leeftijd: '34', inkomstenbron: ['bijstand', 'alimentatie'], inkomen: '€ 1.250,50', vermogen: '?', situaties: ['huisdier'] };
  const enc = encodeAnswers(a);
  assert.ok(enc.startsWith('c1&'));
  assert.deepEqual(decodeAnswers(`#${enc}`, ['schothorst']), a);
});

test('unknown keys, options and wijken are dropped', () => {
  const d = decodeAnswers('#c1&situatie=koning&woonplaats=gemeente&wijk=nergens&evil=<script>&inkomstenbron=work.hack&leeftijd=<b>', ['schothorst']);
  assert.deepEqual(d, { woonplaats: 'gemeente', inkomstenbron: ['work'] });
});

test('not a check link', () => {
  assert.equal(decodeAnswers('#main'), null);
  assert.equal(decodeAnswers(''), null);
  assert.deepEqual(decodeAnswers('#c1'), {});
});
