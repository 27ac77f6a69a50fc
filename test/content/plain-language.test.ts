import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlainLanguage, countWords, splitSentences } from './plain-language.ts';

test('splitSentences: paragraphs, list items and full stops split sentences; decimals do not', () => {
  const text = 'Dit is zin een. Dit is zin twee!\n\nLijst:\n- punt een;\n- punt twee kost 1.464,57 euro.';
  assert.deepEqual(splitSentences(text), ['Dit is zin een.', 'Dit is zin twee!', 'Lijst:', 'punt een;', 'punt twee kost 1.464,57 euro.']);
});

test('countWords ignores loose punctuation', () => {
  assert.equal(countWords('U krijgt - als het klopt - 85 euro.'), 7);
});

test('a short, plain sentence passes', () => {
  assert.deepEqual(checkPlainLanguage('U krijgt 85 euro per jaar. Bel de gemeente: 14 000.'), []);
});

test('a sentence over 20 words is flagged', () => {
  const long = 'U kunt deze regeling krijgen als u in Proefdorp woont en al heel lang een laag inkomen heeft zonder kans op meer werk.';
  const issues = checkPlainLanguage(long);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].kind, 'long-sentence');
});

test('exactly 20 words is allowed', () => {
  const twenty = Array.from({ length: 20 }, () => 'woord').join(' ') + '.';
  assert.deepEqual(checkPlainLanguage(twenty), []);
});

test('officialese words are flagged, whole words only and case-insensitive', () => {
  const issues = checkPlainLanguage('Middels dit formulier vraagt u het aan. Teneinde snel te helpen bellen wij.');
  assert.deepEqual(issues.map((i) => i.detail), ['ambtelijk woord "middels"', 'ambtelijk woord "teneinde"']);
  assert.deepEqual(checkPlainLanguage('De conformiteit is goed.'), []);
});

test('multi-word officialese is found', () => {
  const issues = checkPlainLanguage('Dit geld is ten behoeve van uw kind.');
  assert.equal(issues.length, 1);
  assert.equal(issues[0].kind, 'officialese');
});
