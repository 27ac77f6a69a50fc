import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAgeList, parseAmount, parseWhole } from '../../src/components/check/logic/amount.ts';

const ok = (s: string, value: number) => assert.deepEqual(parseAmount(s), { kind: 'ok', value }, s);

test('amounts as people type them', () => {
  ok('1250', 1250);
  ok('1.250', 1250);
  ok('1250,50', 1250.5);
  ok('€ 1.250', 1250);
  ok('€1.250,50', 1250.5);
  ok('1.250,-', 1250);
  ok('1,250.50', 1250.5);
  ok('1 250', 1250);
  ok('12.5', 12.5);
  ok('0', 0);
  ok('1.250.000', 1250000);
  ok('EUR 800', 800);
  ok('800 euro', 800);
});

test('empty, negative and nonsense amounts', () => {
  assert.equal(parseAmount('').kind, 'empty');
  assert.equal(parseAmount('  ').kind, 'empty');
  assert.equal(parseAmount(undefined).kind, 'empty');
  assert.equal(parseAmount('-50').kind, 'negative');
  assert.equal(parseAmount('€ -1.250').kind, 'negative');
  assert.equal(parseAmount('abc').kind, 'invalid');
  assert.equal(parseAmount('12.34.5').kind, 'invalid');
  assert.equal(parseAmount('1,2,3').kind, 'invalid');
  assert.equal(parseAmount('12,345,6').kind, 'invalid');
});

test('whole numbers and lists of ages', () => {
  assert.deepEqual(parseWhole(' 34 '), { kind: 'ok', value: 34 });
  assert.equal(parseWhole('34,5').kind, 'invalid');
  assert.equal(parseWhole('-3').kind, 'negative');
  assert.deepEqual(parseAgeList('4, 9'), [4, 9]);
  assert.deepEqual(parseAgeList('4 en 9'), [4, 9]);
  assert.deepEqual(parseAgeList('4 and 9 and 12'), [4, 9, 12]);
  assert.deepEqual(parseAgeList('3;7'), [3, 7]);
  assert.deepEqual(parseAgeList(''), []);
  assert.equal(parseAgeList('vier'), null);
});

test('amounts and ages typed with Arabic digits or "and" in the site languages', () => {
  assert.deepEqual(parseAmount('١٬٣٠٠'), { kind: 'ok', value: 1300 });
  assert.deepEqual(parseAmount('١٢٥٠٫٥٠'), { kind: 'ok', value: 1250.5 });
  assert.deepEqual(parseWhole('٣٤'), { kind: 'ok', value: 34 });
  for (const s of ['4 و 9', '٤، ٩', '4 ve 9', '4 і 9', '4 та 9', '4 and 9', '4 en 9']) assert.deepEqual(parseAgeList(s), [4, 9], s);
  // A word that only contains "en" is still not a number.
  assert.equal(parseAgeList('4 tien'), null);
});
