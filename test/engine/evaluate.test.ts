/** Evaluation: intervals, applicability, reasons true for this household, dates, amounts, receiving. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/lib/engine/interval.ts';
import { byId, CONTENT, DATE, DATE_2027, MUNICIPALITY, TEMPLATES, evaluate } from '../helpers.ts';

const single = (income: number, extra: Record<string, unknown> = {}, member: Record<string, unknown> = {}) => ({
  municipality: MUNICIPALITY,
  members: [{ role: 'applicant', age: 34, netMonthlyIncome: income, incomeSources: ['work'], student: false, ...member }],
  housemates27Plus: 0,
  assets: 500,
  housing: { type: 'rent', monthlyRent: 700 },
  yearsOnLowIncome: { atLeast: 5 },
  ...extra,
});
const texts = (r: { reasons: { text: string }[] }) => r.reasons.map((x) => x.text).join(' | ');

test('interval comparisons: met, not met, or unknown when the range straddles', () => {
  assert.equal(compare({ lo: 8, hi: Infinity }, 'greaterThanInclusive', 8), 'met');
  assert.equal(compare({ lo: 3, hi: Infinity }, 'greaterThan', 3), 'unknown');
  assert.equal(compare({ lo: 3, hi: Infinity, loOpen: true }, 'greaterThan', 3), 'met');
  assert.equal(compare({ lo: 0, hi: 8, hiOpen: true }, 'greaterThanInclusive', 8), 'notMet');
  assert.equal(compare({ lo: 0, hi: 3 }, 'greaterThan', 3), 'notMet');
  assert.equal(compare({ lo: 3, hi: 5, hiOpen: true }, 'greaterThanInclusive', 5), 'notMet');
  assert.equal(compare({ lo: 100, hi: 110 }, 'lessThanInclusive', 105), 'unknown');
});

test('reasons name this household\'s norm, the limit in euros and the distance', () => {
  const r = byId(evaluate(single(1520)));
  const iit = r['individuele-inkomenstoeslag']!;
  assert.equal(iit.status, 'unlikely');
  assert.match(texts(iit), /€\s1\.520 per maand\) is €\s37 hoger dan de grens van €\s1\.483 per maand: 110% van de bijstandsnorm voor een alleenstaande, zonder vakantiegeld/);
  assert.doesNotMatch(JSON.stringify(Object.values(r).map(texts)), /voor een paar|AOW-leeftijd voor|minder dan 8 uur|3 maanden of korter/, 'nothing about a couple, AOW norms or care hours to a single 34-year-old who gives no care');
});

test('regelingen that cannot apply at all are marked not applicable, with only the reason why', () => {
  const r = byId(evaluate(single(1000, { caregiving: { givesCare: false } })));
  for (const id of ['kinderbijslag', 'aio', 'mantelzorgwaardering', 'stichting-leergeld']) {
    assert.equal(r[id]!.applicable, false, id);
    assert.equal(r[id]!.status, 'unlikely');
    assert.equal(r[id]!.reasons.length, 1, `${id}: ${texts(r[id]!)}`);
  }
  assert.match(texts(r['mantelzorgwaardering']!), /U gaf niet aan dat u voor iemand zorgt/);
  assert.equal(r['bijstand']!.applicable, true);
});

test('a household on bijstand: bijstand already received, kwijtschelding likely, never a step to apply for bijstand', () => {
  const mom = {
    municipality: MUNICIPALITY,
    members: [{ role: 'applicant', age: 34, netMonthlyIncome: 1420, incomeSources: ['bijstand'], student: false }, { role: 'child', age: 8 }, { role: 'child', age: 14 }],
    incomeMayIncludeHolidayPay: true,
    assets: 300,
    housing: { type: 'rent', monthlyRent: 720 },
  };
  for (const income of [1348, 1420]) {
    const r = byId(evaluate({ ...mom, members: [{ ...mom.members[0], netMonthlyIncome: income }, ...mom.members.slice(1)] }));
    assert.equal(r['bijstand']!.receiving, true);
    assert.equal(r['kwijtschelding-gemeentelijke-belastingen']!.status, 'likely', texts(r['kwijtschelding-gemeentelijke-belastingen']!));
    assert.equal(r['individuele-inkomenstoeslag']!.status, 'check', 'years on low income not given');
  }
});

test('after the last norm set the engine is provisional; only households near a limit lean to check', () => {
  const far = evaluate(single(900), { date: DATE_2027 });
  assert.deepEqual(far.norms, { validFrom: '2026-07-01', validUntil: '2026-12-31', provisional: true });
  assert.equal(byId(far)['individuele-inkomenstoeslag']!.status, 'likely', '900 is far below 110 % of any 2027 norm within the margin');
  const near = byId(evaluate(single(1500), { date: DATE_2027 }))['individuele-inkomenstoeslag']!;
  assert.equal(near.status, 'check');
  assert.match(texts(near), /De bedragen voor 2027 zijn nog niet bekend/);
  const notProvisional = evaluate(single(1500), { date: DATE });
  assert.equal(notProvisional.norms.provisional, false);
  assert.equal(byId(notProvisional)['individuele-inkomenstoeslag']!.status, 'unlikely');
});

test('unknown norms and unknown answers are told apart in the reasons', () => {
  const noIncome = byId(evaluate(single(0, {}, { netMonthlyIncome: null })))['individuele-inkomenstoeslag']!;
  assert.match(texts(noIncome), /We weten uw inkomen niet/);
  const noAge = byId(evaluate(single(1000, {}, { age: null })))['bijstand']!;
  assert.match(texts(noAge), /We weten niet hoe oud u bent/);
});

test('amounts say what they are and for which period; null per year unless one number', () => {
  const r = byId(evaluate(single(900)));
  const iit = r['individuele-inkomenstoeslag']!;
  assert.deepEqual({ ...iit.amount, note: undefined }, { min: 500, max: 500, kind: 'fixed', per: 'year', period: { from: '2025-01-01', until: '2025-12-31' }, outdated: true, source: iit.amount!.source, note: undefined });
  assert.equal(iit.amountPerYear, 500);
  assert.equal(r['bijstand']!.amount, null);
  assert.equal(r['bijstand']!.amountPerYear, null);
});

test('what the household already receives is flagged', () => {
  const r = byId(evaluate(single(900, { receiving: ['zorgtoeslag', 'huurtoeslag'] })));
  assert.equal(r['zorgtoeslag']!.receiving, true);
  assert.equal(r['huurtoeslag']!.receiving, true);
  assert.equal(r['individuele-inkomenstoeslag']!.receiving, false);
  assert.throws(() => evaluate(single(900, { receiving: ['onbekende-regeling'] })), /unknownRegeling/);
});

test('reasons in English are English', () => {
  const r = byId(evaluate(single(1520), { locale: 'en' }));
  assert.match(texts(r['individuele-inkomenstoeslag']!), /is €37\.00 above|is €37 above/);
  assert.doesNotMatch(JSON.stringify(Object.values(r).map(texts)), /\b(Uw|niet|hoger)\b/);
});

test('every rule is evaluated for every household within the dates (no throw)', () => {
  for (const date of ['2026-01-01', DATE, DATE_2027, '2028-12-31']) assert.equal(evaluate(single(1000), { date }).results.length, CONTENT.rules.length);
});

test('the browser content keeps what the engine shows (amount notes) and drops editors\' notes and sources', async () => {
  const { browserContent } = await import('../../src/lib/engine/browserContent.ts');
  const rule = CONTENT.rules.find((r) => r.name === 'individuele-inkomenstoeslag')!;
  const b = browserContent(rule, '/content/regelingen/individuele-inkomenstoeslag.rule.json') as typeof rule;
  assert.equal(b.amount!.note.nl, rule.amount!.note.nl);
  assert.equal((b as { sources?: unknown }).sources, undefined);
  const p = CONTENT.parameters.find((x) => x.regeling === 'zorgtoeslag')!;
  const bp = browserContent(p, '/content/regelingen/zorgtoeslag/2026-01-01.json') as typeof p;
  assert.equal(bp.parameters.standaardpremie!.value, p.parameters.standaardpremie!.value);
  assert.equal((bp.parameters.standaardpremie as { source?: unknown }).source, undefined);
  assert.equal((bp as { description?: unknown }).description, undefined);
  // The browser evaluates the same with the stripped content.
  const stripped = { ...CONTENT, rules: CONTENT.rules.map((r) => browserContent(r, `/content/regelingen/${r.name}.rule.json`) as typeof r), parameters: CONTENT.parameters.map((x) => browserContent(x, `/content/regelingen/${x.regeling}/${x.validFrom}.json`) as typeof x) };
  const { evaluateAll, parseHousehold } = await import('../../src/lib/engine/index.ts');
  const h = parseHousehold(single(1300));
  assert.ok(h.ok);
  const a = evaluateAll(h.household, CONTENT, { templates: TEMPLATES.nl, referenceDate: DATE });
  const b2 = evaluateAll(h.household, stripped, { templates: TEMPLATES.nl, referenceDate: DATE });
  assert.deepEqual(b2.results.map((r) => [r.id, r.status, r.amount?.min, r.amount?.note]), a.results.map((r) => [r.id, r.status, r.amount?.min, r.amount?.note]));
});
