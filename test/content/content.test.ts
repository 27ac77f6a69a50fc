/**
 * Content quality checks on content/: sources, dates, helpers, translations and plain language.
 * Run: node --test "test/content/*.test.ts"
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllContent } from '../../src/lib/content/validate.ts';
import { checkPlainLanguage } from './plain-language.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const content = await loadAllContent(root);
const { regelingen, organisaties, paginas } = content;

test('content loads without schema problems', () => {
  assert.deepEqual(content.problems, []);
  assert.ok(regelingen.length > 0, 'er zijn regelingen');
});

test('every regeling has at least one source URL and a lastVerified date', () => {
  for (const r of regelingen) {
    assert.ok(r.data.sources.length >= 1, `${r.file}: geen bron`);
    for (const s of r.data.sources) assert.match(s.url, /^https?:\/\//, `${r.file}: bron zonder URL`);
    assert.match(r.data.lastVerified, /^\d{4}-\d{2}-\d{2}$/, `${r.file}: lastVerified ontbreekt`);
  }
});

test('every regeling links to at least one organisation that helps, and those organisations exist', () => {
  const orgIds = new Set(organisaties.map((o) => o.id));
  for (const r of regelingen) {
    const linked = [r.data.organisation, ...r.data.helpers];
    assert.ok(linked.length >= 1, `${r.file}: geen organisatie`);
    for (const id of linked) assert.ok(orgIds.has(id), `${r.file}: organisatie "${id}" bestaat niet`);
    if (r.data.status === 'active') assert.ok(r.data.helpers.length >= 1, `${r.file}: geen organisatie die helpt bij aanvragen (helpers)`);
  }
});

test('every active regeling has an English title and summary', () => {
  for (const r of regelingen.filter((x) => x.data.status === 'active')) {
    assert.ok(r.data.translations.en?.title, `${r.file}: Engelse titel ontbreekt`);
    assert.ok(r.data.translations.en?.summary, `${r.file}: Engelse samenvatting ontbreekt`);
  }
});

test('summaries and section texts are plain Dutch: sentences of at most 20 words, no officialese', () => {
  const found: string[] = [];
  const check = (file: string, field: string, text: string | undefined) => {
    if (!text) return;
    for (const i of checkPlainLanguage(text)) found.push(`${file} › ${field} › ${i.detail}: "${i.sentence}"`);
  };
  for (const r of regelingen) {
    check(r.file, 'summary', r.data.summary);
    check(r.file, 'endedNote', r.data.endedNote);
    for (const [k, v] of Object.entries(r.data.sections)) check(r.file, `sections.${k}`, v);
  }
  for (const o of organisaties) {
    check(o.file, 'summary', o.data.summary);
    check(o.file, 'description', o.data.description);
  }
  for (const p of paginas) {
    check(p.file, 'summary', p.data.summary);
    check(p.file, 'intro', p.data.intro);
    p.data.sections.forEach((s) => check(p.file, `sections.${s.id}`, s.body));
  }
  assert.deepEqual(found, []);
});

test('ended regelingen explain what happened and point to what there is now', () => {
  for (const r of regelingen.filter((x) => x.data.status === 'ended')) {
    assert.ok(r.data.endedNote && r.data.endedNote.length > 20, `${r.file}: endedNote ontbreekt of is te kort`);
  }
});
