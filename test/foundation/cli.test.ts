/** The check CLI's language flag: --lang <code> from the locale table, --en kept as a short form. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { selectedPack } from '../../src/lib/content/packs.ts';

const CLI = path.resolve('scripts/check-cli.ts');
const HOUSEHOLD = JSON.stringify({
  referenceDate: '2026-07-01',
  // The pack id (lowercase) also picks the pack, as the municipality's name does.
  municipality: selectedPack(path.resolve('.')).id,
  members: [{ role: 'applicant', age: 34, netMonthlyIncome: 1300, incomeSources: ['bijstand'] }, { role: 'child', age: 4 }],
});
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, '-', ...args], { input: HOUSEHOLD, encoding: 'utf8' });

test('--lang and --en choose the language of the reasons; the statuses do not change', () => {
  const nl = JSON.parse(run().stdout);
  const en = JSON.parse(run('--en').stdout);
  const en2 = JSON.parse(run('--lang', 'en').stdout);
  const ar = JSON.parse(run('--lang=ar').stdout);
  assert.deepEqual(en, en2);
  const statuses = (r: { results: { id: string; status: string }[] }) => r.results.map((x) => `${x.id}:${x.status}`);
  assert.deepEqual(statuses(en), statuses(nl));
  assert.deepEqual(statuses(ar), statuses(nl));
  const firstReason = (r: { results: { reasons: { text: string; lang?: string }[] }[] }) => r.results.flatMap((x) => x.reasons)[0]!;
  assert.notEqual(firstReason(en).text, firstReason(nl).text);
  // The reason templates of each language (src/i18n/<locale>/reasons.json): Arabic in Arabic, for the same fact.
  assert.match(firstReason(ar).text, /\p{Script=Arabic}/u);
  assert.equal((firstReason(ar) as { fact?: string }).fact, (firstReason(nl) as { fact?: string }).fact);
});

test('an unknown language is refused with the list of languages', () => {
  const r = run('--lang', 'xx');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Onbekende taal "xx"\. Kies uit: nl, en, ar, tr, uk/);
});
