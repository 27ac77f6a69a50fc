/**
 * Session storage that cannot break the check (issue 14 §6): a format version, anything
 * unreadable or from another version discarded, answers of the wrong type dropped and named;
 * fuzzed with random and mutated values through to the engine. (The browser side is fuzzed in
 * e2e/check-fuzz.spec.ts.)
 */
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUESTIONS, type Answers } from '../../src/components/check/logic/questions.ts';
import { toHousehold } from '../../src/components/check/logic/household.ts';
import { STORAGE_KEY, STORAGE_VERSION, load, fitAnswers, save } from '../../src/components/check/logic/storage.ts';
import { parseHousehold } from '../../src/lib/engine/index.ts';
import { ENV, evaluate as evaluateHousehold } from '../helpers.ts';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
const storage = new MemoryStorage();
(globalThis as { sessionStorage?: unknown }).sessionStorage = storage;
beforeEach(() => storage.data.clear());

const WIJKEN = ['schothorst-noord', 'vathorst-centrum'];
const VALID: Answers = {
  woonplaats: 'gemeente',
  wijk: 'schothorst-noord',
  situatie: 'alleen-kinderen',
  kinderen: '4, 9',
  leeftijd: '34',
  inkomstenbron: ['bijstand'],
  inkomen: '1300',
  vermogen: '?',
  wonen: 'rent',
  huur: '650',
  jarenLaag: '5plus',
  situaties: ['huisdier', 'mantelzorg'],
  zorgUren: '8plus',
  zorgDuur: '3mplus',
  zorgGemeente: 'ja',
};
const put = (v: string) => storage.setItem(STORAGE_KEY, v);
const evaluate = (a: Answers) => {
  const h = toHousehold(a, '2026-03-01', ENV);
  const parsed = parseHousehold(h);
  // Only the contract's plausibility checks may object (the form asks again); never a type error.
  if (!parsed.ok) {
    assert.ok(parsed.issues.every((i) => ['childTooOld', 'tooManySameAge', 'tooManyChildren', 'yearsAboveAge'].includes(i.code)), JSON.stringify(parsed.issues));
    return null;
  }
  return evaluateHousehold(h, { date: '2026-03-01' });
};

test('what is saved carries the format version and loads back the same', () => {
  save({ answers: VALID, screen: 'results' });
  assert.equal(JSON.parse(storage.getItem(STORAGE_KEY)!).version, STORAGE_VERSION);
  assert.deepEqual(load(WIJKEN), { saved: { answers: VALID, screen: 'results' }, problem: null });
});

test('nothing saved: no answers and no message', () => {
  assert.deepEqual(load(WIJKEN), { saved: null, problem: null });
});

test('unreadable, another shape or another version: discarded and cleared, with the "unreadable" message', () => {
  for (const raw of ['{', 'null', '42', '"x"', '[]', '{}', 'undefined', '{"answers":[]}', `{"version":${STORAGE_VERSION},"answers":null}`, `{"version":${STORAGE_VERSION + 1},"answers":{}}`, '{"version":"1","answers":{}}']) {
    put(raw);
    assert.deepEqual(load(WIJKEN), { saved: null, problem: { kind: 'unreadable' } }, raw);
    assert.equal(storage.getItem(STORAGE_KEY), null, `${raw} is removed`);
  }
});

test('the value that used to stop the check (no version, a number for leeftijd) is discarded with the message', () => {
  put(JSON.stringify({ answers: { ...VALID, leeftijd: 40 }, screen: 'results' }));
  assert.deepEqual(load(WIJKEN).problem, { kind: 'unreadable' });
});

test('an answer of the wrong type or with an unknown option is dropped and named; the rest is kept', () => {
  put(JSON.stringify({ version: STORAGE_VERSION, answers: { ...VALID, leeftijd: 40, situaties: 'huisdier', wonen: 'kasteel', wijk: 'atlantis', inkomstenbron: ['bijstand', 7], onbekend: 'x' }, screen: 'results' }));
  const { saved, problem } = load(WIJKEN);
  assert.deepEqual(problem, { kind: 'dropped', ids: ['wijk', 'leeftijd', 'inkomstenbron', 'wonen', 'situaties'] });
  assert.equal(saved!.answers.situatie, 'alleen-kinderen');
  assert.equal(saved!.answers.huur, '650');
  assert.equal('onbekend' in saved!.answers, false);
  assert.equal('leeftijd' in saved!.answers, false);
});

test('a screen that is not text falls back to the start', () => {
  put(JSON.stringify({ version: STORAGE_VERSION, answers: VALID, screen: { x: 1 } }));
  assert.equal(load(WIJKEN).saved!.screen, 'start');
});

// Values a stored answer could have after corruption or tampering.
const junk = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom('?', '', 'amersfoort', 'rent', '5plus', '__proto__', 'constructor', '-1', '1e309', 'NaN', '0x10', '€ -5', '4,,9', '1'.repeat(300)),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('huisdier', 'geen', '?', 'work'), fc.integer())),
);
const fieldIds = QUESTIONS.flatMap((q) => [q.id, ...(q.parts ?? []).map((p) => p.id), ...(q.reveal ? [q.reveal.sub.id] : [])]);

test('fuzz: random stored values never throw, and what loads has the right types and runs through the engine', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.dictionary(fc.constantFrom(...fieldIds, 'x', '__proto__'), junk).map((answers) => JSON.stringify({ version: STORAGE_VERSION, answers, screen: 'results' })),
      ),
      (raw) => {
        put(raw);
        const { saved } = load(WIJKEN);
        if (!saved) return;
        for (const [id, v] of Object.entries(saved.answers)) {
          assert.ok(fieldIds.includes(id), id);
          assert.ok(typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')), `${id}: ${JSON.stringify(v)}`);
        }
        evaluate(saved.answers);
      },
    ),
    { numRuns: 2000, seed: 1414 },
  );
});

test('fuzz: a valid saved state with one or more answers mutated keeps every valid answer and names every dropped one', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...Object.keys(VALID)), junk, { minKeys: 1, maxKeys: 5 }), (mutation) => {
      const answers = { ...VALID, ...mutation };
      const { answers: kept, dropped } = fitAnswers(JSON.parse(JSON.stringify(answers)), WIJKEN);
      for (const id of Object.keys(answers)) {
        if (answers[id] === undefined) continue;
        assert.ok(id in kept !== dropped.includes(id), `${id} is either kept or named`);
      }
      for (const id of Object.keys(VALID)) if (!(id in mutation)) assert.deepEqual(kept[id], VALID[id], `${id} untouched`);
      evaluate(kept);
    }),
    { numRuns: 2000, seed: 141414 },
  );
});
