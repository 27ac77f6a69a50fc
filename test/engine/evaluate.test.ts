import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCondition, evaluateRule, amountFor, evaluateAll } from '../../src/lib/engine/index.ts';
import type { Condition, Rule, Facts } from '../../src/lib/engine/index.ts';
import { NORM_SETS, RULES } from '../../src/lib/engine/content.ts';

const T = (s: string) => ({ nl: `nl ${s}`, en: `en ${s}` });
const leaf = (fact: string, operator: string, value: unknown, extra: object = {}): Condition =>
  ({ fact, operator, value, reason: { met: T(`${fact} met`), notMet: T(`${fact} notMet`), unknown: T(`${fact} unknown`) }, ...extra }) as Condition;
const A = leaf('a', 'equal', true);
const B = leaf('b', 'greaterThanInclusive', 5);
const facts = (a: boolean | undefined, b: number | undefined): Facts => ({ a, b });

test('leaf: met, notMet, unknown', () => {
  assert.equal(evaluateCondition(A, facts(true, 0)), 'met');
  assert.equal(evaluateCondition(A, facts(false, 0)), 'notMet');
  assert.equal(evaluateCondition(A, facts(undefined, 0)), 'unknown');
});

test('all / any / not are three-valued', () => {
  const all = { all: [A, B] };
  const any = { any: [A, B] };
  const cases: [boolean | undefined, number | undefined, string, string][] = [
    [true, 5, 'met', 'met'],
    [true, 4, 'notMet', 'met'],
    [false, undefined, 'notMet', 'unknown'],
    [true, undefined, 'unknown', 'met'],
    [undefined, undefined, 'unknown', 'unknown'],
    [false, 1, 'notMet', 'notMet'],
  ];
  for (const [a, b, eAll, eAny] of cases) {
    assert.equal(evaluateCondition(all, facts(a, b)), eAll, `all ${a} ${b}`);
    assert.equal(evaluateCondition(any, facts(a, b)), eAny, `any ${a} ${b}`);
  }
  assert.equal(evaluateCondition({ not: A }, facts(true, 0)), 'notMet');
  assert.equal(evaluateCondition({ not: A }, facts(false, 0)), 'met');
  assert.equal(evaluateCondition({ not: A }, facts(undefined, 0)), 'unknown', 'unknown inside not stays unknown');
  assert.equal(evaluateCondition({ not: { all: [A, B] } }, facts(true, undefined)), 'unknown');
});

test('ifNotMet "unknown": the condition can only confirm', () => {
  const c = leaf('b', 'lessThanInclusive', 100, { ifNotMet: 'unknown' });
  assert.equal(evaluateCondition(c, { b: 100 }), 'met');
  assert.equal(evaluateCondition(c, { b: 101 }), 'unknown');
});

test('operators follow json-rules-engine', () => {
  const s = (operator: string, fv: unknown, v: unknown) => evaluateCondition(leaf('x', operator, v), { x: fv as never });
  assert.equal(s('in', 'rent', ['rent', 'own']), 'met');
  assert.equal(s('notIn', 'rent', ['own']), 'met');
  assert.equal(s('lessThan', 4, 5), 'met');
  assert.equal(s('lessThan', 5, 5), 'notMet');
  assert.equal(s('greaterThan', 6, 5), 'met');
  assert.equal(s('notEqual', 'a', 'b'), 'met');
  assert.equal(s('lessThan', 'abc', 5), 'notMet');
});

const rule = (conditions: Rule['conditions'], extra: Partial<Rule> = {}): Rule => ({
  name: 'x',
  conditions,
  event: { type: 'eligible', params: { regeling: 'x' } },
  ...extra,
});

test('evaluateRule: status and reasons explain the outcome', () => {
  const r = rule({ all: [A, B] });
  const likely = evaluateRule(r, facts(true, 9));
  assert.equal(likely.status, 'likely');
  assert.deepEqual(likely.reasons.map((x) => x.text), ['nl a met', 'nl b met']);
  const unlikely = evaluateRule(r, facts(false, undefined), { locale: 'en' });
  assert.equal(unlikely.status, 'unlikely');
  assert.deepEqual(unlikely.reasons, [{ status: 'notMet', text: 'en a notMet' }], 'only the failing condition explains an unlikely');
  const check = evaluateRule(r, facts(true, undefined));
  assert.equal(check.status, 'check');
  assert.deepEqual(check.reasons.map((x) => x.status), ['met', 'unknown']);
});

test('a rule without conditions is open to everyone and says so', () => {
  const r = evaluateRule(rule({ all: [] }, { noConditionsReason: T('open') }), {});
  assert.equal(r.status, 'likely');
  assert.deepEqual(r.reasons, [{ status: 'met', text: 'nl open' }]);
});

test('amount: first matching case, perUnit facts, unknown gives null, unlikely gives null', () => {
  const amount = {
    cases: [
      { when: { fact: 'a', operator: 'equal', value: true }, perYear: 100, perUnit: [{ fact: 'b', amount: 10 }] },
      { perYear: 5 },
    ],
    period: '2026',
    kind: 'fixed',
    note: T('n'),
    source: { url: 'https://example.org', title: 't' },
  } as Rule['amount'];
  assert.equal(amountFor(amount, facts(true, 3)), 130);
  assert.equal(amountFor(amount, facts(false, 3)), 5);
  assert.equal(amountFor(amount, facts(undefined, 3)), null);
  assert.equal(amountFor(amount, facts(true, undefined)), null);
  assert.equal(evaluateRule(rule({ all: [A] }, { amount }), facts(false, 3)).amountPerYear, null);
});

test('evaluateAll: the issue example gives a result for every rule, in order', () => {
  const out = evaluateAll(
    {
      referenceDate: '2026-11-23',
      municipality: 'Amersfoort',
      members: [
        { role: 'applicant', age: 34, netMonthlyIncome: 1250, incomeSources: ['bijstand'], student: false },
        { role: 'partner', age: 36, netMonthlyIncome: 0 },
        { role: 'child', age: 8 },
      ],
      assets: 2000,
      housing: { type: 'rent', monthlyRent: 780 },
      yearsOnLowIncome: 6,
      hasDebts: true,
      caregiving: { hoursPerWeek: 10, months: 6, careRecipientInAmersfoort: true },
    },
    RULES,
    NORM_SETS,
    { locale: 'nl' },
  );
  assert.equal(out.referenceDate, '2026-11-23');
  assert.deepEqual(out.results.map((r) => r.id), RULES.map((r) => r.name));
  const by = Object.fromEntries(out.results.map((r) => [r.id, r]));
  assert.equal(by['individuele-inkomenstoeslag'].status, 'likely');
  assert.equal(by['individuele-inkomenstoeslag'].amountPerYear, 716);
  assert.equal(by['schuldhulpverlening'].status, 'likely');
  assert.equal(by['gratis-identiteitskaart-kinderen'].status, 'unlikely');
  assert.equal(by['dierenregeling'].status, 'check');
  assert.equal(by['mantelzorgwaardering'].status, 'likely');
});

test('evaluateAll: no reference date uses options, then today', () => {
  assert.equal(evaluateAll({}, RULES, NORM_SETS, { referenceDate: '2026-02-02' }).referenceDate, '2026-02-02');
  assert.match(evaluateAll({}, RULES, NORM_SETS).referenceDate, /^\d{4}-\d{2}-\d{2}$/);
});

test('an empty household never gives unlikely', () => {
  for (const r of evaluateAll({}, RULES, NORM_SETS, { referenceDate: '2026-03-01' }).results) assert.equal(r.status, 'check', r.id);
});
