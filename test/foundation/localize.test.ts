import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatEuro, langAttr, pick } from '../../src/utils/localize.ts';

test('pick() uses the translation when there is one', () => {
  assert.deepEqual(pick('Huurtoeslag', 'Rent benefit', 'en'), { text: 'Rent benefit', lang: 'en', fallback: false });
});

test('pick() falls back to Dutch and says so when the translation is missing', () => {
  const t = pick('Huurtoeslag', undefined, 'en');
  assert.deepEqual(t, { text: 'Huurtoeslag', lang: 'nl', fallback: true });
  assert.deepEqual(langAttr(t, 'en'), { lang: 'nl' });
  assert.deepEqual(langAttr(pick('Huurtoeslag', 'x', 'nl'), 'nl'), {});
});

test('dates and amounts are written the Dutch or English way', () => {
  assert.equal(formatDate('2026-07-01', 'nl'), '1 juli 2026');
  assert.equal(formatDate('2026-07-01', 'en'), '1 July 2026');
  assert.equal(formatEuro(1250, 'nl').replace(/\s/g, ' '), '€ 1.250');
  assert.equal(formatEuro(125.5, 'nl').replace(/\s/g, ' '), '€ 125,50');
});
