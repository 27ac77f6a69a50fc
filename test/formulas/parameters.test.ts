/**
 * Parameter files: every file in content/ validates against its schema, is bundled for the browser,
 * and the periods of one kind follow each other without overlap or gap. Bad files are reported as
 * file › field › problem by the real validator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PARAMETER_FILE_SCHEMAS, PARAMETER_KINDS, parameterDir } from '../../src/schemas/parameters.ts';
import type { ParameterKind } from '../../src/schemas/parameters.ts';
import { basishuurCents } from '../../src/lib/formulas/index.ts';
import { ALL_PARAMETER_FILES, PARAMETER_FILES } from './helpers.ts';
import { validateParameterFiles, loadParameterFiles, checkPeriods } from '../../src/lib/content/validateParameters.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { selectedPack } from '../../src/lib/content/packs.ts';
import { PACK, gemeenteYaml } from '../foundation/fixture.ts';
import { huurtoeslagValues, zorgtoeslagValues, belastingValues, kgbValues } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');
const kinds = Object.keys(PARAMETER_KINDS) as ParameterKind[];

/** The folder of a kind in the site being tested (national content or the default pack). */
const pack = selectedPack(root);
function kindDir(kind: ParameterKind): string {
  return pack.dirs.map((d) => path.join(d, parameterDir(kind))).find((d) => existsSync(d)) ?? path.join(pack.nationalDir, parameterDir(kind));
}
function filesOnDisk(kind: ParameterKind): string[] {
  const dir = kindDir(kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

for (const kind of kinds) {
  test(`${kind}: every parameter file validates against its schema`, () => {
    const files = filesOnDisk(kind);
    assert.ok(files.length > 0, `no files in ${parameterDir(kind)}`);
    for (const f of files) {
      const json = JSON.parse(readFileSync(path.join(kindDir(kind), f), 'utf8'));
      const r = PARAMETER_FILE_SCHEMAS[kind].safeParse(json);
      assert.ok(r.success, `${parameterDir(kind)}/${f}: ${r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      assert.equal(json.validFrom, f.replace(/\.json$/, ''), 'file name = validFrom');
    }
  });

  test(`${kind}: the content discovery finds exactly the files on disk`, () => {
    const bundled = (ALL_PARAMETER_FILES[kind] ?? []).map((f) => `${f.validFrom}.json`).sort();
    assert.deepEqual(bundled, filesOnDisk(kind));
    for (const f of ALL_PARAMETER_FILES[kind] ?? []) {
      const disk = JSON.parse(readFileSync(path.join(kindDir(kind), `${f.validFrom}.json`), 'utf8'));
      assert.deepEqual(f, disk);
    }
  });

  test(`${kind}: validity periods do not overlap and leave no gap`, () => {
    const sorted = [...(ALL_PARAMETER_FILES[kind] ?? [])].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i].validFrom > sorted[i - 1].validUntil, `${sorted[i].validFrom} overlaps ${sorted[i - 1].validFrom}`);
      const next = new Date(`${sorted[i - 1].validUntil}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      assert.equal(sorted[i].validFrom, next.toISOString().slice(0, 10), `gap before ${sorted[i].validFrom}`);
    }
  });
}

test('the content validator accepts the real parameter files', async () => {
  const problems = await validateContent(root);
  assert.deepEqual(problems.filter((p) => /(^|\/)belasting\//.test(p.file) || /\/regelingen\/[^/]+\//.test(p.file)), []);
});

test('2027 files are provisional and 2026 files are complete', () => {
  for (const kind of kinds) {
    for (const f of ALL_PARAMETER_FILES[kind] ?? []) {
      const nulls = Object.values(f.parameters as Record<string, { value: number | null } | undefined>).filter((p) => p && p.value === null).length;
      if (f.validFrom.startsWith('2027')) assert.equal(f.provisional, true, `${kind} ${f.validFrom}`);
      if (!f.provisional) assert.equal(nulls, 0, `${kind} ${f.validFrom} has unknown values`);
    }
  }
});

test('2027 keeps only the values fixed in law: kgb afbouw 8.05 %, +€ 66 per child, basishuur reduction € 47.57', () => {
  const kgb = PARAMETER_FILES['kindgebonden-budget'].find((f) => f.validFrom === '2027-01-01')!;
  assert.equal(kgb.parameters.afbouwPercentage.value, 8.05);
  assert.equal(kgb.parameters.verhogingBedragPerKind?.value, 6600);
  assert.equal(kgb.parameters.bedragPerKind.value, null, 'never invent an indexation figure');
  const ht = PARAMETER_FILES.huurtoeslag.find((f) => f.validFrom === '2027-01-01')!;
  assert.equal(ht.parameters.verlagingEigenBijdrage.value, 4757);
  assert.equal(ht.parameters.normhuurMinimumInkomen.value, null);
  const zt = PARAMETER_FILES.zorgtoeslag.find((f) => f.validFrom === '2027-01-01')!;
  assert.equal(zt.parameters.standaardpremie.value, null);
});

test('the derived basishuur 2026 equals the published minimum basishuur (€ 202.52 / € 200.71)', () => {
  const v = huurtoeslagValues();
  assert.equal(basishuurCents(v, true), 20252);
  assert.equal(basishuurCents(v, false), 20071);
});

test('the drempelinkomen (Awir file) is the income where the algemene heffingskorting starts to phase out (IB art. 8.10)', () => {
  assert.equal(zorgtoeslagValues().drempelinkomen, belastingValues().algemeneHeffingskortingAfbouwVanaf);
  assert.equal(kgbValues().drempelinkomen, 2973600);
});

// ---- the validator on bad files (temp content folders)

const SRC = { url: 'https://wetten.overheid.nl/BWBR0002368', title: 'Algemene Kinderbijslagwet' };
const kbFile = (validFrom: string, validUntil: string, value: number | null = 29507, extra: Record<string, unknown> = {}) => ({
  regeling: 'kinderbijslag',
  validFrom,
  validUntil,
  provisional: false,
  description: 'Test',
  parameters: {
    bedragPerKwartaal0Tot5: { value, unit: 'eurocent', source: SRC, confidence: 'H' },
    bedragPerKwartaal6Tot11: { value: 35830, unit: 'eurocent', source: SRC, confidence: 'H' },
    bedragPerKwartaal12Tot17: { value: 42153, unit: 'eurocent', source: SRC, confidence: 'H' },
  },
  ...extra,
});

function fixture(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hulpwijzer-params-'));
  for (const [rel, body] of Object.entries({ [`${PACK}/gemeente.yaml`]: gemeenteYaml(), ...files })) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), typeof body === 'string' ? body : JSON.stringify(body));
  }
  return dir;
}

const ids = new Set(['kinderbijslag']);

test('validator: valid, adjoining files give no problems', async () => {
  const dir = fixture({
    'content/landelijk/regelingen/kinderbijslag/2026-01-01.json': kbFile('2026-01-01', '2026-06-30'),
    'content/landelijk/regelingen/kinderbijslag/2026-07-01.json': kbFile('2026-07-01', '2026-12-31'),
  });
  assert.deepEqual(await validateParameterFiles(dir, ids), []);
});

test('validator: overlapping periods are reported with file and field', async () => {
  const dir = fixture({
    'content/landelijk/regelingen/kinderbijslag/2026-01-01.json': kbFile('2026-01-01', '2026-12-31'),
    'content/landelijk/regelingen/kinderbijslag/2026-07-01.json': kbFile('2026-07-01', '2026-12-31'),
  });
  const p = await validateParameterFiles(dir, ids);
  assert.equal(p.length, 1);
  assert.equal(p[0].file, 'content/landelijk/regelingen/kinderbijslag/2026-07-01.json');
  assert.equal(p[0].field, 'validFrom');
  assert.match(p[0].problem, /overlapt met content\/landelijk\/regelingen\/kinderbijslag\/2026-01-01\.json/);
});

test('validator: a gap between periods is reported', async () => {
  const dir = fixture({
    'content/landelijk/regelingen/kinderbijslag/2026-01-01.json': kbFile('2026-01-01', '2026-05-31'),
    'content/landelijk/regelingen/kinderbijslag/2026-07-01.json': kbFile('2026-07-01', '2026-12-31'),
  });
  const p = await validateParameterFiles(dir, ids);
  assert.equal(p.length, 1);
  assert.match(p[0].problem, /gat/);
});

test('validator: schema problems name the field (amount not in whole cents, unknown without note, null in a final file)', async () => {
  const bad = kbFile('2026-01-01', '2026-12-31', 295.07);
  const unknownNoNote = kbFile('2027-01-01', '2027-12-31', null, { provisional: true });
  const nullFinal = kbFile('2028-01-01', '2028-12-31', null);
  (nullFinal.parameters.bedragPerKwartaal0Tot5 as Record<string, unknown>).note = 'Niet bekend.';
  const dir = fixture({
    'content/landelijk/regelingen/kinderbijslag/2026-01-01.json': bad,
    'content/landelijk/regelingen/kinderbijslag/2027-01-01.json': unknownNoNote,
    'content/landelijk/regelingen/kinderbijslag/2028-01-01.json': nullFinal,
  });
  const p = await validateParameterFiles(dir, ids);
  const by = (f: string) => p.filter((x) => x.file.endsWith(f));
  assert.deepEqual(by('2026-01-01.json').map((x) => x.field), ['parameters.bedragPerKwartaal0Tot5.value']);
  assert.match(by('2026-01-01.json')[0].problem, /heel aantal eurocent/);
  assert.deepEqual(by('2027-01-01.json').map((x) => x.field), ['parameters.bedragPerKwartaal0Tot5.note']);
  assert.deepEqual(by('2028-01-01.json').map((x) => x.field), ['parameters.bedragPerKwartaal0Tot5.value']);
  assert.match(by('2028-01-01.json')[0].problem, /niet provisional/);
});

test('validator: file name must equal validFrom; unknown folders and missing regeling pages are reported', async () => {
  const dir = fixture({
    'content/landelijk/regelingen/kinderbijslag/2026-02-01.json': kbFile('2026-01-01', '2026-12-31'),
    'content/landelijk/regelingen/onbekend/2026-01-01.json': kbFile('2026-01-01', '2026-12-31'),
    'content/landelijk/regelingen/kinderbijslag/2027-01-01.json': '{ not json',
    'content/landelijk/regelingen/kinderbijslag/2028-01-01.json': kbFile('2028-01-01', '2028-12-31'),
  });
  const p = await validateParameterFiles(dir, new Set());
  assert.ok(p.some((x) => x.file.endsWith('kinderbijslag/2026-02-01.json') && x.field === 'validFrom' && /bestandsnaam/.test(x.problem)));
  assert.ok(p.some((x) => x.file.endsWith('onbekend/2026-01-01.json') && /onbekende parametermap/.test(x.problem)));
  assert.ok(p.some((x) => x.file.endsWith('kinderbijslag/2027-01-01.json') && /geen geldige JSON/.test(x.problem)));
  assert.ok(p.some((x) => x.file.endsWith('kinderbijslag/2028-01-01.json') && x.field === 'regeling' && /regelingen\/kinderbijslag\.yaml bestaat niet/.test(x.problem)));
});

test('validator: loadParameterFiles + checkPeriods work on the real content', async () => {
  const problems: { file: string; field: string; problem: string }[] = [];
  const entries = await loadParameterFiles(root, problems);
  assert.deepEqual(problems, []);
  assert.equal(entries.length, kinds.reduce((n, k) => n + filesOnDisk(k).length, 0));
  assert.deepEqual(checkPeriods(entries), []);
});
