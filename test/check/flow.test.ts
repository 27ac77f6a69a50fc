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
import { householdIssues } from '../../src/components/check/logic/plausibility.ts';
import { sanitizeAnswers } from '../../src/components/check/logic/sanitize.ts';
import { decodeShareLink } from '../../src/components/check/logic/share.ts';
import { parseHousehold } from '../../src/lib/engine/household.ts';
import { CHECK_STRINGS, DATE, DATE_2027, ENV, envOn } from '../helpers.ts';

const ids = (a: Answers) => relevantQuestions(a, ENV).map((q) => q.id);

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

test('typical households need at most 13 questions, and the start page promises 9 to 18', () => {
  const parent: Answers = { woonplaats: 'gemeente', situatie: 'alleen-kinderen', kinderen: '4, 9', leeftijd: '34', inkomstenbron: ['bijstand'], inkomen: '1.450', medebewoners: 'nee', vermogen: '300', wonen: 'rent', huur: '650', ontvangt: ['kinderbijslag'], jarenLaag: '5plus', situaties: ['geen'] };
  assert.ok(ids(parent).length <= 13, String(ids(parent).length));
  const aow: Answers = { woonplaats: 'gemeente', situatie: 'partner', leeftijd: '72', leeftijdPartner: '70', inkomstenbron: ['aow', 'pension'], inkomen: '2.100', vermogen: '5000', wonen: 'rent', situaties: ['geen'] };
  assert.ok(ids(aow).length <= 13);
  const carer: Answers = { ...parent, situatie: 'alleen', situaties: ['mantelzorg'] };
  assert.ok(ids(carer).length <= 16);
  const fewest: Answers = { woonplaats: 'elders', situatie: 'alleen', leeftijd: '40', inkomstenbron: ['work'], inkomen: '9000', situaties: ['geen'] };
  const most: Answers = { woonplaats: 'gemeente', situatie: 'partner-kinderen', inkomstenbron: ['work'], inkomen: '1000', situaties: ['mantelzorg', 'geldzorgen'] };
  assert.ok(ids(fewest).length >= 9, String(ids(fewest)));
  assert.ok(ids(most).length <= 16, String(ids(most).length));
  // The longest path: a couple with children whose income can change a toeslag, both grosses known, care and money worries.
  const longest: Answers = { ...most, inkomen: '2.500', brutoInkomen: '30000', brutoInkomenPartner: '8000' };
  assert.equal(ids(longest).length, 18, String(ids(longest)));
  assert.match(String((CHECK_STRINGS.nl.start as unknown as { points: string[] }).points[0]), /9 tot 18 vragen/);
});

test('skip thresholds come from the rules and norms, not from the interface', () => {
  // The highest income limit of any rule is 150 % of the norm incl. holiday pay; the skip
  // threshold also allows for 8 % holiday pay counted into the typed amount.
  const single = ENV.skipIncome.single;
  assert.ok(single > 1.5 * 1587.34 && single < 1.5 * 1587.34 * 1.1, String(single));
  assert.equal(ENV.aowAge, 67);
  assert.ok(envOn(DATE_2027).skipIncome.single > single, 'a provisional year allows for indexation');
  assert.equal(envOn('2028-06-01').aowAge, 68, 'in 2028 the AOW age is 67 and 3 months, so 68 is the first whole age surely past it');
});

test('next, previous and progress follow the relevant questions', () => {
  const a: Answers = { situatie: 'alleen' };
  assert.equal(nextScreen('situatie', a, ENV), 'leeftijd');
  assert.equal(previousScreen('leeftijd', a, ENV), 'situatie');
  assert.equal(previousScreen('woonplaats', a, ENV), 'start');
  assert.equal(nextScreen('situaties', { ...a, situaties: ['geen'] }, ENV), 'summary');
  assert.deepEqual(progress('woonplaats', {}, ENV), { n: 1, total: ids({}).length });
  assert.equal(progress('leeftijd', a, ENV).n, 3);
});

test('changing an answer only asks what became relevant, then returns to the summary', () => {
  const a: Answers = { woonplaats: 'gemeente', situatie: 'alleen', leeftijd: '40', inkomstenbron: ['work'], inkomen: '1500', brutoInkomen: UNKNOWN, medebewoners: 'nee', vermogen: '0', wonen: 'own', ontvangt: ['geen'], jarenLaag: 'lt3', situaties: ['geen'] };
  assert.equal(firstOpen(a, ENV), null);
  assert.equal(nextScreen('leeftijd', a, ENV, 'change'), 'summary');
  const b = { ...a, situatie: 'partner' };
  assert.equal(nextScreen('situatie', b, ENV, 'change'), 'leeftijdPartner');
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
  assert.deepEqual(validate(q('mantelzorg'), { zorgUren: '8plus' }), { zorgDuur: 'required', zorgGemeente: 'required' });
});

test('exclusive checkbox options', () => {
  const q = questionById('situaties')!;
  assert.deepEqual(toggleOption(q, ['huisdier'], 'geen', true), ['geen']);
  assert.deepEqual(toggleOption(q, ['geen'], 'huisdier', true), ['huisdier']);
  assert.deepEqual(toggleOption(q, ['huisdier', 'kosten'], 'kosten', false), ['huisdier']);
});

test('answers map to the household contract, bucket answers as ranges', () => {
  const h = toHousehold(
    { woonplaats: 'gemeente', situatie: 'partner-kinderen', kinderen: '4 en 13', leeftijd: '40', leeftijdPartner: '38', inkomstenbron: ['work'], inkomen: '€ 2.100,50', medebewoners: '3plus', vermogen: UNKNOWN, wonen: 'rent', huur: '750', ontvangt: ['kinderbijslag', 'zorgtoeslag'], jarenLaag: '3to5', situaties: ['huisdier', 'mantelzorg'], zorgUren: '8plus', zorgDuur: '3mplus', zorgGemeente: 'ja', zorgVoor: ['dementie'] },
    DATE,
    ENV,
  );
  assert.ok(parseHousehold(h).ok, JSON.stringify(parseHousehold(h)));
  assert.equal(h.municipality, 'Amersfoort');
  assert.equal(h.members!.length, 4);
  assert.equal(h.members![0]!.netMonthlyIncome, 2100.5);
  assert.equal(h.members![1]!.netMonthlyIncome, 0);
  assert.equal(h.incomeMayIncludeHolidayPay, true);
  assert.deepEqual(h.members!.slice(2).map((m) => m.age), [4, 13]);
  assert.equal(h.assets, null);
  assert.deepEqual(h.housing, { type: 'rent', monthlyRent: 750 });
  assert.deepEqual(h.housemates27Plus, { atLeast: 3 });
  assert.deepEqual(h.yearsOnLowIncome, { atLeast: 3, lessThan: 5 });
  assert.deepEqual([...h.receiving!].sort(), ['kinderbijslag', 'zorgtoeslag']);
  assert.equal(h.hasPet, true);
  assert.equal(h.hasDebts, false);
  assert.deepEqual(h.caregiving, { givesCare: true, hoursPerWeek: { atLeast: 8 }, months: { moreThan: 3 }, careRecipientInMunicipality: true, careFor: ['dementie'] });
});

test('someone who did not tick care gives no care (not "0 hours")', () => {
  const h = toHousehold({ situatie: 'alleen', situaties: ['geen'] }, DATE, ENV);
  assert.deepEqual(h.caregiving, { givesCare: false });
  assert.equal(toHousehold({ situatie: 'alleen' }, DATE, ENV).caregiving, null);
});

test('"Ik weet het niet" and "Geen van deze" for what one already receives', () => {
  assert.equal(toHousehold({ situatie: 'alleen', ontvangt: [UNKNOWN] }, DATE, ENV).receiving, null);
  assert.deepEqual(toHousehold({ situatie: 'alleen', ontvangt: ['geen'] }, DATE, ENV).receiving, []);
  // An option that does not fit any more (children gone) is not carried.
  assert.deepEqual(toHousehold({ situatie: 'alleen', ontvangt: ['kinderbijslag', 'zorgtoeslag'] }, DATE, ENV).receiving, ['zorgtoeslag']);
});

test('plausibility: the same message as the contract, on the question it belongs to', () => {
  const issues = householdIssues({ situatie: 'alleen', leeftijd: '25', jarenLaag: '5plus' }, DATE, ENV);
  assert.equal(issues.length, 0, 'five years or more at 25 is possible');
  const kids = householdIssues({ situatie: 'alleen-kinderen', kinderen: '20', leeftijd: '25' }, DATE, ENV);
  assert.equal(kids.length, 1);
  assert.equal(kids[0]!.issue.code, 'childTooOld');
  assert.ok(kids[0]!.questions.includes('kinderen') && kids[0]!.questions.includes('leeftijd'));
  const same = householdIssues({ situatie: 'alleen-kinderen', kinderen: Array.from({ length: 6 }, () => '0').join(', '), leeftijd: '30' }, DATE, ENV);
  assert.equal(same[0]!.issue.code, 'tooManySameAge');
  assert.deepEqual(same[0]!.questions, ['kinderen']);
});

test('answers to questions that became irrelevant are ignored, not lost', () => {
  const a: Answers = { situatie: 'alleen', leeftijdPartner: '50', kinderen: '3' };
  const h = toHousehold(a, '2026-11-23', ENV);
  assert.equal(h.members!.length, 1);
  assert.equal(a.leeftijdPartner, '50');
});

test('everything unknown gives nulls', () => {
  const h = toHousehold({ woonplaats: UNKNOWN, inkomstenbron: [UNKNOWN], inkomen: UNKNOWN, wonen: UNKNOWN }, '2026-11-23', ENV);
  assert.equal(h.municipality, null);
  assert.equal(h.members![0]!.incomeSources, null);
  assert.equal(h.members![0]!.netMonthlyIncome, null);
  assert.equal(h.housing!.type, null);
  assert.equal(h.hasPet, null);
  assert.equal(h.housemates27Plus, undefined, 'not asked: absent');
});

test('every question has an id once', () => {
  assert.equal(new Set(QUESTIONS.map((q) => q.id)).size, QUESTIONS.length);
});

test('a couple with two kinds of income has the income split over both partners; the sum stays the same', () => {
  const base = { situatie: 'partner', leeftijd: '40', leeftijdPartner: '40', inkomen: '2.001' };
  const one = toHousehold({ ...base, inkomstenbron: ['uwv'] }, '2026-11-23', ENV);
  assert.deepEqual(one.members!.map((m) => m.netMonthlyIncome), [2001, 0]);
  const two = toHousehold({ ...base, inkomstenbron: ['uwv', 'work'] }, '2026-11-23', ENV);
  assert.deepEqual(two.members!.map((m) => m.netMonthlyIncome), [1000.5, 1000.5]);
  const single = toHousehold({ ...base, situatie: 'alleen', inkomstenbron: ['uwv', 'work'] }, '2026-11-23', ENV);
  assert.deepEqual(single.members!.map((m) => m.netMonthlyIncome), [2001]);
});

test('a share link with an impossible value: that answer is dropped and named, the rest is kept', () => {
  const link = decodeShareLink('#c1&woonplaats=elders&situatie=alleen&leeftijd=999&inkomstenbron=work&inkomen=1500&bogus=1')!;
  assert.deepEqual(link.unknownKeys, ['bogus']);
  const clean = sanitizeAnswers(link.raw, ENV, DATE, [], householdIssues);
  assert.deepEqual(clean.dropped, ['leeftijd']);
  assert.deepEqual(clean.answers, { woonplaats: 'elders', situatie: 'alleen', inkomstenbron: ['work'], inkomen: '1500' });
  const kids = sanitizeAnswers(decodeShareLink('#c1&situatie=alleen-kinderen&kinderen=20&leeftijd=25')!.raw, ENV, DATE, [], householdIssues);
  assert.deepEqual(kids.dropped, ['kinderen'], 'the contract refuses a child of 20 for a parent of 25: the children answer goes');
  assert.equal(kids.answers.leeftijd, '25');
});
