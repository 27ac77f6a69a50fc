import { test } from 'node:test';
import assert from 'node:assert/strict';
import { t } from '../../src/components/check/logic/strings.ts';

test('phone numbers put into right-to-left text keep their Dutch order; left-to-right text is unchanged', () => {
  const text = { x: 'اتصل بالرقم {{phone}}.' };
  assert.equal(t({ ...text, $locale: 'ar' }, 'x', { phone: '14 000' }), 'اتصل بالرقم \u206614 000\u2069.');
  assert.equal(t({ x: 'Bel {{phone}}.', $locale: 'nl-NL' }, 'x', { phone: '14 000' }), 'Bel 14 000.');
});
