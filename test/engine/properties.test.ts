/**
 * Properties over generated households and answers: valid answers give a valid household; the
 * same household through the form, the quick form, a share link and the CLI gives identical
 * results; no two reasons on a page contradict each other; a household on bijstand is never
 * "unlikely" for kwijtschelding because of its income; more income never gives a better outcome.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parseHousehold, type EvaluationResult } from '../../src/lib/engine/index.ts';
import { toHousehold } from '../../src/components/check/logic/household.ts';
import { encodeAnswers, decodeShareLink } from '../../src/components/check/logic/share.ts';
import { sanitizeAnswers } from '../../src/components/check/logic/sanitize.ts';
import { QUESTIONS, UNKNOWN, validate, type Answers } from '../../src/components/check/logic/questions.ts';
import { DATE, ENV, evaluate } from '../helpers.ts';
import { householdArb } from './arbitraries.ts';

const PLAUSIBILITY = ['childTooOld', 'tooManySameAge', 'tooManyChildren', 'yearsAboveAge'];

/** Answers as the form allows them (every value valid for its own question). */
const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    woonplaats: fc.constantFrom('gemeente', 'elders', UNKNOWN),
    situatie: fc.constantFrom('alleen', 'partner', 'alleen-kinderen', 'partner-kinderen'),
    kinderen: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 5 }).map((a) => a.join(', ')),
    leeftijd: fc.integer({ min: 15, max: 100 }).map(String),
    leeftijdPartner: fc.oneof(fc.integer({ min: 15, max: 100 }).map(String), fc.constant(UNKNOWN)),
    inkomstenbron: fc.oneof(fc.subarray(['work', 'bijstand', 'aow', 'pension', 'uwv', 'alimentatie'], { minLength: 1 }), fc.constant(['none']), fc.constant([UNKNOWN])),
    inkomen: fc.oneof(fc.integer({ min: 0, max: 600000 }).map((c) => (c / 100).toFixed(2).replace('.', ',')), fc.constant(UNKNOWN)),
    medebewoners: fc.constantFrom('nee', '1', '2', '3plus', UNKNOWN),
    vermogen: fc.oneof(fc.integer({ min: 0, max: 60000 }).map(String), fc.constant(UNKNOWN)),
    wonen: fc.constantFrom('rent', 'own', 'lodger', 'institution', 'homeless', UNKNOWN),
    huur: fc.oneof(fc.integer({ min: 0, max: 1500 }).map(String), fc.constant(UNKNOWN)),
    ontvangt: fc.oneof(fc.subarray(['zorgtoeslag', 'huurtoeslag', 'kinderbijslag', 'kindgebonden-budget', 'individuele-inkomenstoeslag'], { minLength: 1 }), fc.constant(['geen']), fc.constant([UNKNOWN])),
    jarenLaag: fc.constantFrom('lt3', '3to5', '5plus', UNKNOWN),
    situaties: fc.oneof(fc.subarray(['mantelzorg', 'huisdier', 'kosten', 'geldzorgen', 'studie'], { minLength: 1 }), fc.constant(['geen'])),
    zorgUren: fc.constantFrom('lt8', '8plus', UNKNOWN),
    zorgDuur: fc.constantFrom('lt3m', '3mplus', UNKNOWN),
    zorgGemeente: fc.constantFrom('ja', 'nee', UNKNOWN),
    zorgVoor: fc.oneof(fc.subarray(['dementie', 'psychisch', 'lichamelijk', 'ouderdom', 'anders'], { minLength: 1 }), fc.constant([UNKNOWN])),
    vasteLasten: fc.oneof(fc.integer({ min: 0, max: 4000 }).map(String), fc.constant(UNKNOWN)),
    brutoInkomen: fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constant(UNKNOWN)),
    brutoInkomenPartner: fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constant(UNKNOWN)),
  })
  .map((a) => {
    // A gross yearly income the form accepts: at least half a year of the net (else it looks like a monthly amount).
    const net = typeof a.inkomen === 'string' && a.inkomen !== UNKNOWN ? Number(a.inkomen.replace(',', '.')) : 0;
    const gross = (g: number | string) => (g === UNKNOWN ? UNKNOWN : String(Math.max(Number(g), Math.ceil(6 * net))));
    return { ...a, brutoInkomen: gross(a.brutoInkomen), brutoInkomenPartner: gross(a.brutoInkomenPartner) } as Answers;
  });

test('answers the form accepts always give a valid household (only plausibility can object)', () => {
  fc.assert(
    fc.property(answersArb, (a) => {
      for (const q of QUESTIONS) assert.deepEqual(validate(q, a), {}, q.id);
      const r = parseHousehold(toHousehold(a, DATE, ENV));
      if (!r.ok) for (const i of r.issues) assert.ok(PLAUSIBILITY.includes(i.code), JSON.stringify(i));
    }),
    { numRuns: 400, seed: 3 },
  );
});

const strip = (r: EvaluationResult) => JSON.stringify(r.results);

test('the same answers through the form, the quick form, a share link and the CLI give identical results', () => {
  const samples = fc.sample(answersArb, { numRuns: 120, seed: 11 }).filter((a) => parseHousehold(toHousehold(a, DATE, ENV)).ok);
  assert.ok(samples.length > 60);
  const cliInputs: unknown[] = [];
  for (const a of samples) {
    // The form and the quick form share toHousehold; a share link goes through the fragment and the same checks.
    const form = evaluate(toHousehold(a, DATE, ENV));
    const link = decodeShareLink(`#${encodeAnswers(a)}`)!;
    const clean = sanitizeAnswers(link.raw, ENV, DATE, []);
    assert.deepEqual(clean.dropped, [], 'nothing dropped from a link the form made');
    const shared = evaluate(toHousehold(clean.answers, DATE, ENV));
    assert.equal(strip(shared), strip(form));
    cliInputs.push(JSON.parse(JSON.stringify(toHousehold(a, DATE, ENV))));
  }
  // The CLI reads the household as JSON from stdin: the same results (a few, it starts a process each time).
  for (const h of cliInputs.slice(0, 4)) {
    const out = spawnSync(process.execPath, ['scripts/check-cli.ts', '-'], { input: JSON.stringify(h), encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    assert.equal(JSON.stringify(JSON.parse(out.stdout).results), strip(evaluate(h)));
  }
});

/** Each decided reason constrains the fact's value; on one page they must all hold at once. */
function contradictions(r: EvaluationResult): string[] {
  const byFact = new Map<string, { lo: number; loStrict: boolean; hi: number; hiStrict: boolean; bool?: string; why: string[] }>();
  for (const res of r.results)
    for (const x of res.reasons) {
      if (!x.fact || x.relation === 'unknown') continue;
      const key = x.fact;
      const c = byFact.get(key) ?? { lo: -Infinity, loStrict: false, hi: Infinity, hiStrict: false, why: [] };
      c.why.push(`${res.id}: ${x.relation} ${x.limit ?? ''}`);
      if (x.relation === 'true' || x.relation === 'false') {
        if (c.bool && c.bool !== x.relation) return [`${key}: ${c.why.join(' / ')}`];
        c.bool = x.relation;
      } else if (x.limit !== undefined) {
        const L = x.limit;
        if (x.relation === 'atMost' && (L < c.hi || (L === c.hi && !c.hiStrict))) [c.hi, c.hiStrict] = [L, false];
        if (x.relation === 'below' && L <= c.hi) [c.hi, c.hiStrict] = [L, true];
        if (x.relation === 'atLeast' && (L > c.lo || (L === c.lo && !c.loStrict))) [c.lo, c.loStrict] = [L, false];
        if (x.relation === 'above' && L >= c.lo) [c.lo, c.loStrict] = [L, true];
        if (c.lo > c.hi || (c.lo === c.hi && (c.loStrict || c.hiStrict))) return [`${key}: ${c.why.join(' / ')}`];
      }
      byFact.set(key, c);
    }
  return [];
}

test('no two reasons on one page contradict each other about the same fact', () => {
  fc.assert(
    fc.property(householdArb(false), (h) => {
      for (const locale of ['nl', 'en'] as const) assert.deepEqual(contradictions(evaluate(h, { locale })), []);
    }),
    { numRuns: 300, seed: 5 },
  );
});

test('a household on bijstand is never "unlikely" for kwijtschelding because of its income', () => {
  const arb = fc.record({
    age: fc.integer({ min: 18, max: 66 }),
    partner: fc.option(fc.integer({ min: 18, max: 66 }), { nil: undefined }),
    kids: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
    typed: fc.integer({ min: 300, max: 2200 }),
    housemates: fc.constantFrom(0, 1, 2),
    date: fc.constantFrom('2026-03-01', DATE, '2027-01-05'),
  });
  fc.assert(
    fc.property(arb, ({ age, partner, kids, typed, housemates, date }) => {
      const members = [{ role: 'applicant', age, netMonthlyIncome: typed, incomeSources: ['bijstand'] }, ...(partner ? [{ role: 'partner', age: partner, netMonthlyIncome: 0, incomeSources: ['bijstand'] }] : []), ...kids.map((k) => ({ role: 'child', age: k }))];
      const r = evaluate({ municipality: 'Amersfoort', members, housemates27Plus: housemates, incomeMayIncludeHolidayPay: true, assets: 0, housing: { type: 'rent', monthlyRent: 650 } }, { date });
      const k = r.results.find((x) => x.id === 'kwijtschelding-gemeentelijke-belastingen')!;
      assert.ok(!k.reasons.some((x) => x.fact === 'kwijtscheldingIncome' && x.status === 'notMet'), JSON.stringify(k.reasons));
      assert.notEqual(k.status, 'unlikely', JSON.stringify({ members, k }));
    }),
    { numRuns: 300, seed: 9 },
  );
});

test('more income never gives a better outcome', () => {
  const rank = { likely: 2, check: 1, unlikely: 0 } as const;
  fc.assert(
    fc.property(householdArb(false), fc.integer({ min: 1, max: 1500 }), (h, extra) => {
      const members = (h.members ?? []).map((m) => (m.role === 'applicant' ? { ...m, incomeSources: ['work' as const], netMonthlyIncome: typeof m.netMonthlyIncome === 'number' ? m.netMonthlyIncome : 1000 } : m));
      const more = members.map((m) => (m.role === 'applicant' ? { ...m, netMonthlyIncome: (m.netMonthlyIncome as number) + extra } : m));
      const a = evaluate({ ...h, members });
      const b = evaluate({ ...h, members: more });
      for (const x of a.results) {
        const y = b.results.find((z) => z.id === x.id)!;
        assert.ok(rank[y.status] <= rank[x.status], `${x.id}: ${x.status} → ${y.status}`);
      }
    }),
    { numRuns: 200, seed: 13 },
  );
});
