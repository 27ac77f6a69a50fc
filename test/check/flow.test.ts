import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUESTIONS,
  UNKNOWN,
  firstOpen,
  nextScreen,
  previousScreen,
  progress,
  questionById,
  relevantQuestions,
  toggleOption,
  validate,
  type Answers,
} from '../../src/components/check/logic/questions.ts';
import { toHousehold } from '../../src/components/check/logic/household.ts';

const ids = (a: Answers) => relevantQuestions(a).map((q) => q.id);

test('someone living alone gets no partner or children questions', () => {
  const r = ids({ situatie: 'alleen' });
  assert.ok(!r.includes('leeftijdPartner'));
  assert.ok(!r.includes('kinderen'));
  assert.ok(!r.includes('mantelzorg'));
});

test('a couple with children gets both', () => {
  const r = ids({ situatie: 'partner-kinderen' });
  assert.ok(r.includes('leeftijdPartner'));
  assert.ok(r.includes('kinderen'));
});

test('no income question when there is no income', () => {
  assert.ok(!ids({ inkomstenbron: ['none'] }).includes('inkomen'));
  assert.ok(ids({ inkomstenbron: ['work'] }).includes('inkomen'));
});

test('years on low income is skipped for a high income and for AOW', () => {
  assert.ok(!ids({ situatie: 'alleen', inkomen: '4.000' }).includes('jarenLaag'));
  assert.ok(ids({ situatie: 'alleen', inkomen: '1.200' }).includes('jarenLaag'));
  assert.ok(ids({ situatie: 'alleen', inkomen: UNKNOWN }).includes('jarenLaag'));
  assert.ok(!ids({ situatie: 'partner', leeftijd: '70', leeftijdPartner: '68', inkomen: '1900' }).includes('jarenLaag'));
});

test('typical households need at most 10 questions', () => {
  const parent: Answers = { woonplaats: 'amersfoort', situatie: 'alleen-kinderen', kinderen: '4, 9', leeftijd: '34', inkomstenbron: ['bijstand'], inkomen: '1.450', vermogen: '300', wonen: 'rent', huur: '650', jarenLaag: '5plus', situaties: ['geen'] };
  assert.ok(ids(parent).length <= 10, String(ids(parent).length));
  const aow: Answers = { woonplaats: 'amersfoort', situatie: 'partner', leeftijd: '72', leeftijdPartner: '70', inkomstenbron: ['aow', 'pension'], inkomen: '2.100', vermogen: '5000', wonen: 'rent', situaties: ['geen'] };
  assert.ok(ids(aow).length <= 10);
  const carer: Answers = { ...parent, situatie: 'alleen', situaties: ['mantelzorg'] };
  assert.ok(ids(carer).length <= 10);
});

test('next, previous and progress follow the relevant questions', () => {
  const a: Answers = { situatie: 'alleen' };
  assert.equal(nextScreen('situatie', a), 'leeftijd');
  assert.equal(previousScreen('leeftijd', a), 'situatie');
  assert.equal(previousScreen('woonplaats', a), 'start');
  assert.equal(nextScreen('situaties', { ...a, situaties: ['geen'] }), 'summary');
  assert.deepEqual(progress('woonplaats', {}), { n: 1, total: ids({}).length });
  assert.equal(progress('leeftijd', a).n, 3);
});

test('changing an answer only asks what became relevant, then returns to the summary', () => {
  const a: Answers = { woonplaats: 'amersfoort', situatie: 'alleen', leeftijd: '40', inkomstenbron: ['work'], inkomen: '1500', vermogen: '0', wonen: 'own', jarenLaag: 'lt3', situaties: ['geen'] };
  assert.equal(firstOpen(a), null);
  assert.equal(nextScreen('leeftijd', a, 'change'), 'summary');
  const b = { ...a, situatie: 'partner' };
  assert.equal(nextScreen('situatie', b, 'change'), 'leeftijdPartner');
});

test('validation gives kind error keys and keeps answers', () => {
  const q = (id: string) => questionById(id)!;
  assert.deepEqual(validate(q('leeftijd'), { leeftijd: '130' }), { leeftijd: 'ageTooHigh' });
  assert.deepEqual(validate(q('leeftijd'), {}), { leeftijd: 'required' });
  assert.deepEqual(validate(q('inkomen'), { inkomen: '-100' }), { inkomen: 'amountNegative' });
  assert.deepEqual(validate(q('inkomen'), { inkomen: '€ 1.250' }), {});
  assert.deepEqual(validate(q('inkomen'), { inkomen: UNKNOWN }), {});
  assert.deepEqual(validate(q('kinderen'), { kinderen: Array.from({ length: 30 }, () => '3').join(', ') }), { kinderen: 'agesTooMany' });
  assert.deepEqual(validate(q('wonen'), { wonen: 'rent', huur: 'veel' }), { huur: 'amountInvalid' });
  assert.deepEqual(validate(q('mantelzorg'), { zorgUren: '8plus' }), { zorgDuur: 'required', zorgAmersfoort: 'required' });
});

test('exclusive checkbox options', () => {
  const q = questionById('situaties')!;
  assert.deepEqual(toggleOption(q, ['huisdier'], 'geen', true), ['geen']);
  assert.deepEqual(toggleOption(q, ['geen'], 'huisdier', true), ['huisdier']);
  assert.deepEqual(toggleOption(q, ['huisdier', 'kosten'], 'kosten', false), ['huisdier']);
});

test('answers map to the engine household', () => {
  const h = toHousehold(
    { woonplaats: 'amersfoort', situatie: 'partner-kinderen', kinderen: '4 en 13', leeftijd: '40', leeftijdPartner: '38', inkomstenbron: ['work'], inkomen: '€ 2.100,50', vermogen: UNKNOWN, wonen: 'rent', huur: '750', jarenLaag: '5plus', situaties: ['huisdier'] },
    '2026-11-23',
  );
  assert.equal(h.municipality, 'amersfoort');
  assert.equal(h.members.length, 4);
  assert.equal(h.members[0]!.netMonthlyIncome, 2100.5);
  assert.equal(h.members[1]!.netMonthlyIncome, 0);
  assert.deepEqual(h.members.slice(2).map((m) => m.age), [4, 13]);
  assert.equal(h.assets, null);
  assert.deepEqual(h.housing, { type: 'rent', monthlyRent: 750 });
  assert.equal(h.yearsOnLowIncome, 5);
  assert.equal(h.hasPet, true);
  assert.equal(h.hasDebts, false);
  assert.equal(h.caregiving.hoursPerWeek, 0);
});

test('answers to questions that became irrelevant are ignored, not lost', () => {
  const a: Answers = { situatie: 'alleen', leeftijdPartner: '50', kinderen: '3' };
  const h = toHousehold(a, '2026-11-23');
  assert.equal(h.members.length, 1);
  assert.equal(a.leeftijdPartner, '50');
});

test('everything unknown gives nulls', () => {
  const h = toHousehold({ woonplaats: UNKNOWN, inkomstenbron: [UNKNOWN], inkomen: UNKNOWN, wonen: UNKNOWN }, '2026-11-23');
  assert.equal(h.municipality, null);
  assert.equal(h.members[0]!.incomeSources, null);
  assert.equal(h.members[0]!.netMonthlyIncome, null);
  assert.equal(h.housing.type, null);
  assert.equal(h.hasPet, null);
});

test('every question has an id once', () => {
  assert.equal(new Set(QUESTIONS.map((q) => q.id)).size, QUESTIONS.length);
});

test('a couple with two kinds of income has the income split over both partners; the sum stays the same', () => {
  const base = { situatie: 'partner', leeftijd: '40', leeftijdPartner: '40', inkomen: '2.001' };
  const one = toHousehold({ ...base, inkomstenbron: ['uwv'] }, '2026-11-23');
  assert.deepEqual(one.members.map((m) => m.netMonthlyIncome), [2001, 0]);
  const two = toHousehold({ ...base, inkomstenbron: ['uwv', 'work'] }, '2026-11-23');
  assert.deepEqual(two.members.map((m) => m.netMonthlyIncome), [1000.5, 1000.5]);
  const single = toHousehold({ ...base, situatie: 'alleen', inkomstenbron: ['uwv', 'work'] }, '2026-11-23');
  assert.deepEqual(single.members.map((m) => m.netMonthlyIncome), [2001]);
});
