/**
 * Content translations live in content/translations/<locale>/<collection>/<id>.yaml (one file per entry
 * per language, with a status block). The loader validates them with the same Zod schemas as the build,
 * reports `file › field › problem`, and merges them into the entry as `translations.<locale>`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PACK, fixture, orgYaml } from './fixture.ts';
import { loadAllContent, validateContent } from '../../src/lib/content/validate.ts';
import { contentCoverage, describeGap, missingInRegeling } from '../../src/lib/content/coverage.ts';

const ORG = orgYaml({ phoneNote: 'Op werkdagen.' });

const REGELING = `title: Huurtoeslag
summary: Geld voor uw huur.
themes: [wonen]
scope: landelijk
organisation: gemeente-proefdorp
sections:
  watIsHet: Een bijdrage.
  voorWie: Voor huurders.
  hoeveel: Dat verschilt.
  hoeAanvragen: Online.
  watNodig: Uw DigiD.
  wieHelpt: De informatiewinkel.
documents: [DigiD, Huurcontract]
repayment: mogelijk
repaymentNote: Het is een voorschot.
sources:
  - url: https://toeslagen.nl
    title: Toeslagen
lastVerified: 2026-01-01
owner: Redactie
`;

const STATUS = `status: concept
translatedBy: Redactie Hulpwijzer (conceptvertaling)
translatedOn: 2026-12-01
`;

const base = { [`${PACK}/organisaties/gemeente-proefdorp.yaml`]: ORG, [`${PACK}/regelingen/huurtoeslag.yaml`]: REGELING };
const AR = path.join(PACK, 'translations', 'ar', 'regelingen', 'huurtoeslag.yaml');

test('a valid translation file is merged into the entry, with its status', async () => {
  const root = fixture({ ...base, [AR]: `${STATUS}title: إعانة الإيجار\ndocuments: [DigiD, عقد الإيجار]\nrepaymentNote: هذه دفعة مسبقة.\n` });
  assert.deepEqual(await validateContent(root), []);
  const { regelingen } = await loadAllContent(root);
  const t = regelingen[0]!.data.translations.ar!;
  assert.equal(t.status, 'concept');
  assert.equal(t.title, 'إعانة الإيجار');
  assert.equal(regelingen[0]!.translationFiles.ar, AR);
  assert.deepEqual(regelingen[0]!.data.translations.tr, undefined);
  // What is still missing in Arabic (the content report lists it).
  assert.deepEqual(missingInRegeling(regelingen[0]!.data, t), ['summary', 'sections.watIsHet', 'sections.voorWie', 'sections.hoeveel', 'sections.hoeAanvragen', 'sections.watNodig', 'sections.wieHelpt']);
});

test('translation problems name the translation file, the field and the problem', async () => {
  const root = fixture({
    ...base,
    [AR]: `status: klaar\ntranslatedBy: Redactie\ntranslatedOn: 2026-12-01\ntitle: ""\nonbekend: x\n`,
    [`${PACK}/translations/tr/regelingen/huurtoeslag.yaml`]: `${STATUS}documents: [DigiD]\n`,
    [`${PACK}/translations/uk/regelingen/bestaat-niet.yaml`]: `${STATUS}title: Щось\n`,
    [`${PACK}/translations/tr/organisaties/gemeente-proefdorp.yaml`]: `status: gecontroleerd\ntranslatedBy: Redactie\ntranslatedOn: 2026-12-01\ncontact:\n  phone: "14 000"\n`,
  });
  const problems = (await validateContent(root)).map((p) => `${p.file} › ${p.field} › ${p.problem}`);
  const has = (re: RegExp) => assert.ok(problems.some((p) => re.test(p)), `${re} in\n${problems.join('\n')}`);
  has(/ar\/regelingen\/huurtoeslag\.yaml › status › moet "concept" of "gecontroleerd" zijn/);
  has(/ar\/regelingen\/huurtoeslag\.yaml › title › mag niet leeg zijn/);
  has(/ar\/regelingen\/huurtoeslag\.yaml › {2}› .*onbekend/);
  has(/tr\/regelingen\/huurtoeslag\.yaml › documents › moet 2 punt\(en\) hebben/);
  has(/uk\/regelingen\/bestaat-niet\.yaml › {2}› er is geen Nederlandse tekst content\/gemeenten\/proefdorp\/regelingen\/bestaat-niet\.yaml/);
  // Never phone numbers in a translation; a checked translation says who checked it.
  has(/tr\/organisaties\/gemeente-proefdorp\.yaml › contact › .*phone/);
  has(/tr\/organisaties\/gemeente-proefdorp\.yaml › reviewedBy › ontbreekt/);
});

test('translations inside the Dutch file and unknown language folders are refused', async () => {
  const root = fixture({
    ...base,
    [`${PACK}/regelingen/huurtoeslag.yaml`]: `${REGELING}translations:\n  en:\n    title: Rent benefit\n`,
    [`${PACK}/translations/xx/regelingen/huurtoeslag.yaml`]: `${STATUS}title: X\n`,
  });
  const problems = await validateContent(root);
  assert.ok(problems.some((p) => p.field === 'translations' && /content\/gemeenten\/proefdorp\/translations\/<taal>\/regelingen\/huurtoeslag\.yaml/.test(p.problem)));
  assert.ok(problems.some((p) => p.file.endsWith(path.join('translations', 'xx')) && /taaltabel/.test(p.problem)));
});

test('coverage per language names the translation file and its missing fields, or that the file is missing', async () => {
  const root = fixture({ ...base, [AR]: `${STATUS}title: إعانة الإيجار\n` });
  const content = await loadAllContent(root);
  // The two guide pages every pack has are counted too (paginas): here, the regeling and the organisation.
  const ar = contentCoverage(content, 'ar').filter((e) => !e.file.includes('paginas'));
  assert.deepEqual(ar.map((e) => e.file.replaceAll(path.sep, '/')), [`${PACK}/regelingen/huurtoeslag.yaml`, `${PACK}/organisaties/gemeente-proefdorp.yaml`]);
  assert.equal(describeGap(ar[0]!), `${PACK}/translations/ar/regelingen/huurtoeslag.yaml: summary, sections.watIsHet, sections.voorWie, sections.hoeveel, sections.hoeAanvragen, sections.watNodig, sections.wieHelpt, documents, repaymentNote`);
  assert.equal(ar[0]!.status, 'concept');
  // No Arabic file for the organisation: every field of it is missing, and the line says the file is missing.
  assert.deepEqual(ar[1]!.missing, ['summary', 'description', 'contact.phoneNote']);
  assert.equal(ar[1]!.status, undefined);
  assert.equal(describeGap(ar[1]!), `${PACK}/translations/ar/organisaties/gemeente-proefdorp.yaml: bestand ontbreekt`);
  // Another language has no files at all.
  assert.ok(contentCoverage(content, 'tr').every((e) => e.status === undefined && e.missing.length > 0));
});
