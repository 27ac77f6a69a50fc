/**
 * The build must stop on invalid content with a message naming file, field and problem.
 * Each case writes a tiny content folder to a temp dir and runs the real validator on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PACK, PACK_ORG, fixture, orgYaml } from './fixture.ts';
import { execFileSync } from 'node:child_process';
import { validateContent } from '../../src/lib/content/validate.ts';

const ORG = orgYaml();

const REGELING = (overrides = '') => `title: Dierenregeling
summary: Hulp bij de kosten van de dierenarts.
themes: [geld]
scope: gemeente
organisation: gemeente-proefdorp
sections:
  watIsHet: Een vergoeding.
  voorWie: Voor mensen met weinig geld.
  hoeveel: Dat verschilt.
  hoeAanvragen: Bij de gemeente.
  watNodig: Uw rekening.
  wieHelpt: De informatiewinkel.
repayment: nee
sources:
  - url: https://proefdorp.example/dieren
    title: Dierenregeling
lastVerified: 2026-01-01
owner: Redactie
${overrides}`;


test('valid content gives no problems', async () => {
  const root = fixture({ [`${PACK}/organisaties/${PACK_ORG}.yaml`]: ORG, [`${PACK}/regelingen/dierenregeling.yaml`]: REGELING() });
  assert.deepEqual(await validateContent(root), []);
});

test('a missing required field is reported with file and field', async () => {
  const root = fixture({
    [`${PACK}/organisaties/${PACK_ORG}.yaml`]: ORG,
    [`${PACK}/regelingen/dierenregeling.yaml`]: REGELING().replace(/^lastVerified:.*\n/m, ''),
  });
  const problems = await validateContent(root);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, path.join(PACK, 'regelingen', 'dierenregeling.yaml'));
  assert.equal(problems[0]!.field, 'lastVerified');
});

test('a reference to an organisation that does not exist is reported', async () => {
  const root = fixture({
    [`${PACK}/organisaties/${PACK_ORG}.yaml`]: ORG,
    [`${PACK}/regelingen/dierenregeling.yaml`]: REGELING('helpers: [bestaat-niet]\n'),
  });
  const problems = await validateContent(root);
  assert.deepEqual(problems.map((p) => [p.field, /bestaat-niet/.test(p.problem)]), [['helpers[0]', true]]);
});

test('wrong values are explained: bad URL, unknown theme, impossible date, unknown field', async () => {
  const root = fixture({
    [`${PACK}/organisaties/${PACK_ORG}.yaml`]: ORG,
    [`${PACK}/regelingen/dierenregeling.yaml`]: REGELING('extraVeld: ja\n')
      .replace('themes: [geld]', 'themes: [snoep]')
      .replace('https://proefdorp.example/dieren', 'amersfoort punt nl')
      .replace('lastVerified: 2026-01-01', 'lastVerified: "2026-02-30"'),
  });
  const fields = (await validateContent(root)).map((p) => p.field).sort();
  assert.deepEqual(fields, ['', 'lastVerified', 'sources[0].url', 'themes[0]']);
});

test('broken YAML is reported, not thrown', async () => {
  const root = fixture({ [`${PACK}/organisaties/${PACK_ORG}.yaml`]: 'name: [unclosed' });
  const problems = await validateContent(root);
  const yaml = problems.filter((p) => /geen geldige YAML/.test(p.problem));
  assert.deepEqual(yaml.map((p) => p.file), [path.join(PACK, 'organisaties', `${PACK_ORG}.yaml`)]);
  // The pack's gemeente.yaml names that organisation: without a readable file, every reference says so.
  assert.ok(problems.filter((p) => p !== yaml[0]).every((p) => p.file.endsWith('gemeente.yaml') && p.problem.includes(PACK_ORG)));
});

test('the validate script exits 1 and prints file › field › problem', () => {
  const root = fixture({ [`${PACK}/regelingen/dierenregeling.yaml`]: REGELING() });
  const script = path.resolve('scripts/validate-content.ts');
  let out = '';
  let code = 0;
  try {
    execFileSync(process.execPath, [script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { status: number; stderr: string };
    code = e.status;
    out = e.stderr;
  }
  assert.equal(code, 1);
  assert.match(out, /content\/gemeenten\/proefdorp\/regelingen\/dierenregeling\.yaml {2}› {2}organisation {2}› {2}verwijst naar organisatie "gemeente-proefdorp"/);
});
