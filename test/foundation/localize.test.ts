import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatEuro, langAttr, langDir, pick, pickList } from '../../src/utils/localize.ts';
import { LRI, PDI, isolateLtr } from '../../src/utils/bidi.ts';

test('pick() uses the translation when there is one', () => {
  assert.deepEqual(pick('Huurtoeslag', 'Rent benefit', 'en'), { text: 'Rent benefit', lang: 'en', fallback: false });
});

test('pick() falls back to Dutch and says so when the translation is missing', () => {
  const t = pick('Huurtoeslag', undefined, 'en');
  assert.deepEqual(t, { text: 'Huurtoeslag', lang: 'nl', fallback: true });
  assert.deepEqual(langAttr(t, 'en'), { lang: 'nl' });
  assert.deepEqual(langAttr(pick('Huurtoeslag', 'x', 'nl'), 'nl'), {});
});

test('Dutch inside a right-to-left page is marked left to right; same language needs no mark', () => {
  assert.deepEqual(langDir('nl', 'ar'), { lang: 'nl', dir: 'ltr' });
  assert.deepEqual(langDir('nl', 'tr'), { lang: 'nl' });
  assert.deepEqual(langDir('ar', 'ar'), {});
});

test('pickList() uses a translated list only when it has an item for every Dutch item', () => {
  assert.deepEqual(pickList(['DigiD', 'Huurcontract'], ['DigiD', 'Tenancy agreement'], 'en'), { items: ['DigiD', 'Tenancy agreement'], lang: 'en' });
  assert.deepEqual(pickList(['DigiD', 'Huurcontract'], ['DigiD'], 'en'), { items: ['DigiD', 'Huurcontract'], lang: 'nl' });
  assert.deepEqual(pickList(['DigiD'], undefined, 'nl'), { items: ['DigiD'], lang: 'nl' });
});

test('in right-to-left text, phone numbers, postcodes and amounts are isolated left to right', () => {
  const ar = pick('Bel 14 000', 'اتصل بالرقم 14 000 أو 033 204 86 77، الرمز البريدي 3812 EH', 'ar').text;
  assert.ok(ar.includes(`${LRI}14 000${PDI}`), ar);
  assert.ok(ar.includes(`${LRI}033 204 86 77${PDI}`), ar);
  assert.ok(ar.includes(`${LRI}3812 EH${PDI}`), ar);
  // Left-to-right languages are left alone; isolating twice does nothing.
  assert.equal(pick('Bel 14 000', 'Call 14 000', 'en').text, 'Call 14 000');
  assert.equal(isolateLtr(isolateLtr('14 000')), `${LRI}14 000${PDI}`);
  // Plain numbers, years and amounts without spaces need no isolate.
  assert.equal(isolateLtr('1419,46 يورو في 2026'), '1419,46 يورو في 2026');
});

test('dates and amounts are written the way of each language, always with Western digits', () => {
  assert.equal(formatDate('2026-07-01', 'nl'), '1 juli 2026');
  assert.equal(formatDate('2026-07-01', 'en'), '1 July 2026');
  assert.match(formatDate('2026-07-01', 'ar'), /^1 .+ 2026$/);
  assert.match(formatDate('2026-07-01', 'uk'), /^1 липня 2026/);
  assert.equal(formatEuro(1250, 'nl').replace(/\s/g, ' '), '€ 1.250');
  assert.equal(formatEuro(125.5, 'nl').replace(/\s/g, ' '), '€ 125,50');
  assert.match(formatEuro(1419.46, 'ar'), /1,419\.46/);
  assert.match(formatEuro(1419.46, 'tr'), /1\.419,46/);
  assert.equal(formatEuro(1419.46, 'uk').replace(/\s/g, ' '), '1 419,46 €');
});
