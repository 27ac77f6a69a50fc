/**
 * A municipality is content (issue 17): no file outside the packs names one. For every pack in
 * content/gemeenten/ the words that identify it (gemeente.yaml `name`, every `places` entry, the
 * pack id, the phone as written and as digits only) may appear only in content/gemeenten/** and in
 * README.md. Every other file in git (tracked, or new and not ignored) is scanned line by line,
 * case-insensitively, for whole words: a place name is a hit, the same letters inside a longer word are not.
 * Code takes the municipality from the pack (SITE in the build, selectedPack/loadPack in Node);
 * tests take it from the pack or use the fictitious "Proefdorp" (test/foundation/fixture.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allPacks } from '../../src/lib/content/packs.ts';
import type { Gemeente } from '../../src/schemas/gemeente.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where a municipality may be named: its pack, and the README (which explains the packs). */
export function mayNameMunicipality(file: string): boolean {
  return file.startsWith('content/gemeenten/') || file === 'README.md';
}

/** The words that identify a pack: name, places, id, phone as written and digits only. */
export function identifyingNames(id: string, g: Pick<Gemeente, 'name' | 'places' | 'phone'>): string[] {
  const all = [g.name, ...g.places, id, g.phone, g.phone.replace(/\D/g, '')].map((s) => s.trim()).filter(Boolean);
  const seen = new Set<string>();
  return all.filter((n) => {
    const k = n.toLocaleLowerCase('nl');
    return !seen.has(k) && (seen.add(k), true);
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all names: whole words (no letter or digit right before or after), any case, any spacing. */
export function namePattern(names: readonly string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.split(/\s+/).map(escape).join('[\\s\\u00a0\\u202f]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface Hit {
  file: string;
  line: number;
  text: string;
  name: string;
}

/** The hits in one text: one per match, with its line number (1-based). */
export function findNames(file: string, text: string, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(pattern)) hits.push({ file, line: i + 1, text: line.trim().slice(0, 160), name: m[0] });
  });
  return hits;
}

/** A file is text when its first 8 KB have no NUL byte (images, fonts and archives have them). */
function isText(buf: Buffer): boolean {
  return !buf.subarray(0, 8192).includes(0);
}

/** Every hit in the files (relative to root) that may not name a municipality. */
export function scanFiles(root: string, files: readonly string[], pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    if (mayNameMunicipality(file)) continue;
    const abs = path.join(root, file);
    // Deleted in the work tree but still in the index, or a submodule/folder: nothing to read.
    if (!existsSync(abs) || !statSync(abs).isFile()) continue;
    const buf = readFileSync(abs);
    if (!isText(buf)) continue;
    hits.push(...findNames(file, buf.toString('utf8'), pattern));
  }
  return hits;
}

/** The project's files: tracked, and new ones git does not ignore (so a file being added is checked too). */
function projectFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(out.split('\0').filter(Boolean))].sort();
}

const format = (hits: Hit[]) => hits.map((h) => `  ${h.file}:${h.line}: ${h.text}   [${h.name}]`).join('\n');

test('the check itself finds names as whole words only, in any case and spacing, and skips the packs, the README and binary files', () => {
  const names = identifyingNames('proefdorp', { name: 'Proefdorp', places: ['Proefdorp', 'Gemeente Proefdorp', 'Proefdorp-Zuid', 'Klein Oord'], phone: '14 000' });
  assert.deepEqual(names, ['Proefdorp', 'Gemeente Proefdorp', 'Proefdorp-Zuid', 'Klein Oord', '14 000', '14000']);
  const p = namePattern(names);
  const found = (s: string) => findNames('x.ts', s, p).map((h) => h.name);
  assert.deepEqual(found('Welkom in PROEFDORP.'), ['PROEFDORP']);
  assert.deepEqual(found('Wonen in proefdorp-zuid of klein  oord'), ['proefdorp-zuid', 'klein  oord']);
  assert.deepEqual(found('bel 14 000, href="tel:14000"'), ['14 000', '14000']);
  assert.deepEqual(found('const hulpwijzerProefdorp = 1; /var/www/hulpwijzer-proefdorp/'), ['proefdorp']);
  assert.deepEqual(found('Proefdorpen, Kleinoord, 140001, 2140000, proefdorpse'), [], 'a name inside a longer word is not a hit');
  assert.deepEqual(findNames('a.md', 'een\ntwee Proefdorp\ndrie', p), [{ file: 'a.md', line: 2, text: 'twee Proefdorp', name: 'Proefdorp' }]);

  const root = mkdtempSync(path.join(tmpdir(), 'hulpwijzer-names-'));
  try {
    const write = (rel: string, body: string | Buffer) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), body);
    };
    write('src/code.ts', 'const a = 1;\nconst town = "Proefdorp";\n');
    write('docs/ok.md', 'De gemeente helpt u verder.\n');
    write('README.md', 'Hulpwijzer Proefdorp\n');
    write('content/gemeenten/proefdorp/gemeente.yaml', 'name: Proefdorp\n');
    write('public/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x50, 0x72, 0x6f, 0x65, 0x66, 0x64, 0x6f, 0x72, 0x70]));
    const hits = scanFiles(root, ['README.md', 'content/gemeenten/proefdorp/gemeente.yaml', 'docs/ok.md', 'gone.ts', 'public/logo.png', 'src/code.ts'], p);
    assert.deepEqual(hits, [{ file: 'src/code.ts', line: 2, text: 'const town = "Proefdorp";', name: 'Proefdorp' }]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('no file outside content/gemeenten/ and README.md names a municipality of a pack', () => {
  const packs = allPacks(ROOT);
  assert.ok(packs.length > 0, 'there is at least one pack in content/gemeenten/');
  const names = packs.flatMap((p) => identifyingNames(p.id, p.gemeente));
  const files = projectFiles(ROOT);
  assert.ok(files.length > 100 && files.includes('package.json'), 'git lists the project files');
  const hits = scanFiles(ROOT, files, namePattern(names));
  assert.equal(
    hits.length,
    0,
    `${hits.length} place(s) outside the packs name a municipality (${names.join(', ')}). Take the name from the pack ` +
      `(SITE in the build, selectedPack/loadPack in Node), move pack-specific data into content/gemeenten/<id>/, or use the fictitious Proefdorp:\n${format(hits)}`,
  );
});
