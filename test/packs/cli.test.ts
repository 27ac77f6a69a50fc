/**
 * The household's `municipality` picks the pack in the CLI: every pack's name and place names give
 * the national regelingen plus that pack's own, never another pack's. A place without a pack gets the
 * default pack, and the output says it did not match.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { allPacks, defaultPackId } from '../../src/lib/content/packs.ts';
import { loadPackContent } from '../../src/lib/content/engineFiles.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'scripts/check-cli.ts');
const run = (municipality: string) => {
  const r = spawnSync(process.execPath, [CLI, '-'], {
    cwd: ROOT,
    encoding: 'utf8',
    input: JSON.stringify({ referenceDate: '2026-11-01', municipality, members: [{ role: 'applicant', age: 34, netMonthlyIncome: 1420, incomeSources: ['bijstand'] }, { role: 'child', age: 4 }, { role: 'child', age: 9 }], assets: 300 }),
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { gemeente: { id: string; name: string; matched: boolean }; results: { id: string; status: string; reasons: { text: string }[] }[] };
};

for (const pack of allPacks(ROOT)) {
  test(`${pack.id}: the CLI with "municipality": its name or one of its places evaluates national + ${pack.id} regelingen`, () => {
    const expected = loadPackContent(ROOT, pack).rules.map((r) => r.name).sort();
    for (const place of new Set([pack.gemeente.name, pack.gemeente.name.toUpperCase(), ...pack.gemeente.places])) {
      const out = run(place);
      assert.deepEqual(out.gemeente, { id: pack.id, name: pack.gemeente.name, matched: true }, place);
      assert.deepEqual(out.results.map((r) => r.id).sort(), expected, place);
      // Living there: no municipal regeling says "you do not live in …".
      for (const r of out.results) for (const reason of r.reasons) assert.doesNotMatch(reason.text, new RegExp(`niet in ${pack.gemeente.name}`), `${r.id}: ${reason.text}`);
    }
  });
}

test('a place without a pack gets the default pack, says it did not match, and its municipal regelingen say she does not live there', () => {
  const out = run('Nergenshuizen');
  const def = allPacks(ROOT).find((p) => p.id === defaultPackId(ROOT))!;
  assert.deepEqual(out.gemeente, { id: def.id, name: def.gemeente.name, matched: false });
  assert.ok(out.results.some((r) => r.status === 'unlikely' && r.reasons.some((x) => x.text.includes(def.gemeente.name))));
});
