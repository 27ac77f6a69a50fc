/**
 * The gross yearly income question and the "what if" form between the answers and the engine:
 * answers → household (toHousehold), the share link, outside values made safe, form → changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShareLink, encodeAnswers } from '../../src/components/check/logic/share.ts';
import { toHousehold } from '../../src/components/check/logic/household.ts';
import { UNKNOWN, relevantQuestions, type Answers } from '../../src/components/check/logic/questions.ts';
import { fitWhatIf } from '../../src/components/check/logic/whatifFields.ts';
import { toChanges, validateWhatIf } from '../../src/components/check/logic/whatif.ts';
import { parseHousehold, taxYearOn } from '../../src/lib/engine/index.ts';
import { CONTENT, DATE, DATE_2027, ENV, envOn } from '../helpers.ts';

const SINGLE: Answers = { woonplaats: 'gemeente', situatie: 'alleen', leeftijd: '30', inkomstenbron: ['work'], inkomen: '1750', brutoInkomen: '24.000', medebewoners: 'nee', vermogen: '2000', wonen: 'rent', huur: '800', ontvangt: ['geen'], jarenLaag: 'lt3', situaties: ['geen'] };
const COUPLE: Answers = { ...SINGLE, situatie: 'partner', leeftijdPartner: '31', inkomen: '2500', brutoInkomen: '30000', brutoInkomenPartner: '8000' };

test('the gross yearly income goes into the household per adult and passes the contract', () => {
  const h = toHousehold(SINGLE, DATE, ENV);
  assert.equal(h.members?.[0]?.grossYearlyIncome, 24000);
  assert.ok(parseHousehold(h).ok);
  const c = toHousehold(COUPLE, DATE, ENV);
  assert.deepEqual(c.members?.filter((m) => m.role !== 'child').map((m) => m.grossYearlyIncome), [30000, 8000]);
  assert.ok(parseHousehold(c).ok);
  // One partner's gross next to a guessed split of the net would count income twice or not at all: not used.
  const half = toHousehold({ ...COUPLE, brutoInkomenPartner: UNKNOWN }, DATE, ENV);
  assert.deepEqual(half.members?.map((m) => m.grossYearlyIncome), [undefined, undefined]);
  const unknown = toHousehold({ ...SINGLE, brutoInkomen: UNKNOWN }, DATE, ENV);
  assert.equal(unknown.members?.[0]?.grossYearlyIncome, undefined);
});

test('the share link carries the gross answers and the what-if; outside values are made safe', () => {
  const whatIf = { wiVerandering: ['inkomen'], wiRichting: 'meer', wiHoe: 'uren', wiUren: '8', wiUurloon: '14,50' };
  const enc = encodeAnswers(COUPLE, whatIf);
  const d = decodeShareLink(`#${enc}`);
  assert.ok(d);
  assert.equal(d.raw.brutoInkomen, '30000');
  assert.equal(d.raw.brutoInkomenPartner, '8000');
  assert.deepEqual(fitWhatIf(d.whatIf).values, whatIf);
  // Without a what-if the link has none.
  assert.equal(decodeShareLink(`#${encodeAnswers(COUPLE)}`)?.whatIf, null);
  // Unknown options, script and long text are dropped and named.
  const bad = fitWhatIf({ wiVerandering: ['inkomen', 'koning'], wiRichting: '<b>', wiUren: '8'.repeat(50), wiUurloon: '14,50', evil: 'x' });
  assert.deepEqual(bad.values, { wiUurloon: '14,50' });
  assert.deepEqual(bad.dropped.sort(), ['wiRichting', 'wiUren', 'wiVerandering']);
});

test('the what-if form: errors for what is missing, then the changes it means', () => {
  assert.deepEqual(Object.keys(validateWhatIf({}, SINGLE)), ['wiVerandering']);
  const v = { wiVerandering: ['inkomen'], wiRichting: 'minder', wiHoe: 'bedrag', wiBedrag: '200' };
  assert.deepEqual(validateWhatIf(v, SINGLE), {});
  assert.deepEqual(toChanges(v, SINGLE), [{ kind: 'income', who: 'applicant', by: 'net', netPerMonth: -200 }]);
  // Less than nothing cannot come in.
  assert.ok('wiBedrag' in validateWhatIf({ ...v, wiBedrag: '5000' }, SINGLE));
  const hours = { wiVerandering: ['inkomen'], wiRichting: 'meer', wiHoe: 'uren', wiUren: '8,5', wiUurloon: '14,50' };
  assert.deepEqual(toChanges(hours, SINGLE), [{ kind: 'income', who: 'applicant', by: 'hours', hoursPerWeek: 8.5, hourlyWage: 14.5 }]);
  assert.ok('wiVerandering' in validateWhatIf({ wiVerandering: ['inkomen', 'huur', 'partnerErbij'] }, SINGLE));
});

test('hours are converted with the tax rules of a known year, and the page names that year', () => {
  assert.equal(taxYearOn(CONTENT, DATE), '2026');
  // Past the last tax file the last known figures are used: the page must not call them "of 2027".
  assert.equal(taxYearOn(CONTENT, DATE_2027), '2026');
});

test('the gross question is asked only where it can change a toeslag (2026 figures), and always past the known figures', () => {
  const asked = (a: Answers, env = ENV) => relevantQuestions(a, env).some((q) => q.id === 'brutoInkomen');
  const father: Answers = { woonplaats: 'gemeente', situatie: 'alleen-kinderen', kinderen: '5, 11', leeftijd: '41', inkomstenbron: ['work'], inkomen: '1350' };
  // Every toeslag is at its maximum for any gross his net can come from.
  assert.equal(asked(father), false);
  assert.equal(asked({ ...father, inkomen: '2600' }), true);
  assert.equal(asked({ ...father, inkomen: UNKNOWN }), true);
  assert.equal(asked({ ...father, inkomstenbron: ['none'] }), false);
  // A single person far above every toeslag: not asked.
  assert.equal(asked({ ...SINGLE, inkomen: '9000' }), false);
  assert.equal(asked(SINGLE), true);
  // Without every 2027 figure the check cannot tell: it asks.
  assert.equal(asked(father, envOn(DATE_2027)), true);
  // The partner's gross only once the applicant's is given.
  assert.equal(relevantQuestions(COUPLE, ENV).some((q) => q.id === 'brutoInkomenPartner'), true);
  assert.equal(relevantQuestions({ ...COUPLE, brutoInkomen: UNKNOWN }, ENV).some((q) => q.id === 'brutoInkomenPartner'), false);
});
