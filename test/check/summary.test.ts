import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { summaryRows } from '../../src/components/check/logic/summaryRows.ts';
import { QUESTIONS } from '../../src/components/check/logic/questions.ts';
import { t } from '../../src/components/check/logic/strings.ts';
import { ENV } from '../helpers.ts';

const nl = JSON.parse(readFileSync(new URL('../../src/i18n/nl/check.json', import.meta.url), 'utf8'));
const en = JSON.parse(readFileSync(new URL('../../src/i18n/en/check.json', import.meta.url), 'utf8'));
const wijken = [{ id: 'zielhorst', name: { text: 'Zielhorst' }, url: '/wijken/zielhorst/' }];

test('rows show relevant answers in plain words, with the screen to change them', () => {
  const rows = summaryRows(
    { woonplaats: 'gemeente', wijk: 'zielhorst', situatie: 'alleen', leeftijdPartner: '50', leeftijd: '34', inkomen: '1250,5', vermogen: '?', situaties: ['mantelzorg'], zorgUren: '8plus' },
    nl,
    'nl',
    wijken,
    ENV,
  );
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  assert.equal(byId.wijk?.value, 'Zielhorst');
  assert.equal(byId.wijk?.screen, 'woonplaats');
  assert.equal(byId.leeftijd?.value, '34 jaar');
  assert.equal(byId.inkomen?.value.replace(/\s/g, ' '), '€ 1.250,50');
  assert.equal(byId.vermogen?.value, 'Weet ik niet');
  assert.equal(byId.zorgUren?.value, '8 uur of meer');
  assert.equal(byId.zorgUren?.screen, 'mantelzorg');
  assert.equal(byId.zorgDuur?.value, 'Niet ingevuld');
  assert.equal(byId.leeftijdPartner, undefined, 'partner question is not relevant for someone living alone');
});

test('every question, option and error has Dutch and English text', () => {
  const keys: string[] = [];
  for (const q of QUESTIONS) {
    const fields = [q, ...(q.parts ?? []), ...(q.reveal ? [q.reveal.sub] : [])];
    for (const f of fields) {
      keys.push(`q.${f.id}.title`, `q.${f.id}.summary`);
      for (const o of f.options ?? []) keys.push(`q.${f.id}.options.${o}`);
    }
  }
  for (const e of ['required', 'requiredNoUnknown', 'amountInvalid', 'amountNegative', 'amountTooHigh', 'ageInvalid', 'ageTooHigh', 'ageTooLow', 'agesInvalid', 'agesEmpty', 'agesTooMany', 'agesTooHigh']) keys.push(`errors.${e}`);
  for (const k of keys) {
    assert.notEqual(t(nl, k), k, `nl: ${k}`);
    assert.notEqual(t(en, k), k, `en: ${k}`);
  }
});

test('t() fills in variables', () => {
  assert.equal(t(nl, 'nav.progress', { n: 3, total: 9 }), 'Vraag 3 van ongeveer 9');
  assert.equal(t(en, 'nav.progress', { n: 3, total: 9 }), 'Question 3 of about 9');
});
