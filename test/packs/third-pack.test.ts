/**
 * Proof that a municipality is content: a fictitious third pack (test/packs/third-pack.ts) in a
 * temporary content folder, beside a copy of the national content, is validated, evaluated by the
 * engine and the CLI, and built into a site, without any code change. The real content/ and dist/
 * are never touched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FILES, NAME, PACK_ID, PHONE } from './third-pack.ts';
import { CONTENT_ENV } from '../../src/lib/content/contentDir.ts';
import { validateAllPacks } from '../../src/lib/content/validate.ts';
import { loadPackContent } from '../../src/lib/content/engineFiles.ts';
import { loadPack } from '../../src/lib/content/packs.ts';
import { evaluateAll, parseHousehold } from '../../src/lib/engine/index.ts';
import { TEMPLATES } from '../helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'hulpwijzer-third-pack-'));
const content = path.join(tmp, 'content');
cpSync(path.join(ROOT, 'content', 'landelijk'), path.join(content, 'landelijk'), { recursive: true });
for (const [rel, body] of Object.entries(FILES)) {
  const f = path.join(content, 'gemeenten', PACK_ID, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, body);
}
writeFileSync(path.join(content, 'gemeenten', 'standaard.yaml'), `gemeente: ${PACK_ID}\n`);
const env = { ...process.env, [CONTENT_ENV]: content, GEMEENTE: PACK_ID };
// The validator and the engine read the folder from $HULPWIJZER_CONTENT, as the build does.
process.env[CONTENT_ENV] = content;

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test('the fictitious pack and the national content validate with no problems', async () => {
  assert.deepEqual(await validateAllPacks(ROOT), []);
});

test('the engine evaluates the national regelingen plus the pack\'s own, and nothing of another municipality', () => {
  const c = loadPackContent(ROOT, loadPack(ROOT, PACK_ID));
  assert.equal(c.municipality.name, NAME);
  const names = c.rules.map((r) => r.name);
  assert.ok(names.includes('meedoenpas'));
  for (const national of ['huurtoeslag', 'zorgtoeslag', 'kindgebonden-budget', 'bijstand']) assert.ok(names.includes(national), national);
  // Exactly the national rules plus this pack's one.
  const national = readdirSync(path.join(content, 'landelijk', 'regelingen')).filter((f) => f.endsWith('.rule.json')).map((f) => f.replace('.rule.json', ''));
  assert.deepEqual([...names].sort(), [...national, 'meedoenpas'].sort());
  const h = parseHousehold({ referenceDate: '2026-11-01', municipality: 'Nergenshuizen-Dorp', members: [{ role: 'applicant', age: 40, netMonthlyIncome: 1100 }] });
  assert.ok(h.ok);
  const r = evaluateAll(h.household, c, { locale: 'nl', templates: TEMPLATES.nl });
  const pas = r.results.find((x) => x.id === 'meedoenpas')!;
  assert.equal(pas.status, 'likely');
});

test('the CLI picks the pack from the household\'s municipality', () => {
  const run = (municipality: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-cli.ts'), '-'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      input: JSON.stringify({ referenceDate: '2026-11-01', municipality, members: [{ role: 'applicant', age: 40, netMonthlyIncome: 1100 }] }),
    });
  const r = run(NAME);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { gemeente: { id: string; matched: boolean }; results: { id: string; status: string }[] };
  assert.deepEqual(out.gemeente, { id: PACK_ID, name: NAME, matched: true });
  assert.equal(out.results.find((x) => x.id === 'meedoenpas')?.status, 'likely');
});

test('GEMEENTE=<pack> builds a complete site for it: its name, phone, pages and check', { timeout: 600_000 }, () => {
  const out = path.join(tmp, 'dist');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'test/security/hostile.astro.config.mjs', '--outDir', out], {
    cwd: ROOT,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', HULPWIJZER_CACHE_DIR: path.join(tmp, 'cache') },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
  const home = page('');
  assert.match(home, new RegExp(`<title>Hulpwijzer ${NAME}`));
  assert.match(home, new RegExp(`href="tel:${PHONE.replace(/\D/g, '')}"`));
  assert.ok(home.includes(PHONE));
  // Only the languages the pack offers: Dutch and English, no Arabic pages.
  assert.ok(existsSync(path.join(out, 'en', 'index.html')));
  assert.ok(!existsSync(path.join(out, 'ar')));
  assert.doesNotMatch(home, /hreflang="ar"/);
  // Its regeling, a national one (with the pack's own helpers and phone filled in), its wijk and guides.
  assert.match(page('regelingen/meedoenpas'), /Meedoenpas/);
  const huur = page('regelingen/huurtoeslag');
  assert.match(huur, /Steunpunt Nergenshuizen/);
  assert.doesNotMatch(huur, /\{\{|@formulieren|@geldzaken/);
  assert.match(page('wijken/centrum'), /Centrum/);
  assert.match(page('mantelzorg'), new RegExp(`Mantelzorg in ${NAME}`));
  // The check's questions speak of this municipality.
  const questions = readFileSync(path.join(out, 'check-data', 'nl', 'questions.json'), 'utf8');
  assert.match(questions, new RegExp(`Woont u in de gemeente ${NAME}\\?`));
  // The theme token of the pack reaches the stylesheet.
  const cssFiles = [...home.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => readFileSync(path.join(out, m[1]!), 'utf8'));
  assert.ok(cssFiles.some((css) => /--gemeente-radius:\s*0?\.75rem/.test(css)), 'the pack\'s theme token is in the page\'s stylesheet');
});
