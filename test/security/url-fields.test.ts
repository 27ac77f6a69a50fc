/**
 * Safe URLs only (issue 14 §2): every URL field of every collection uses the one URL schema of
 * src/schemas/common.ts and refuses javascript:, data:, vbscript:, file:, plain http: and friends
 * with `file › field › problem`; mailto: and tel: only where a contact is meant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { contactUrl, webUrl } from '../../src/schemas/common.ts';
import { regelingSchema } from '../../src/schemas/regeling.ts';
import { organisatieSchema } from '../../src/schemas/organisatie.ts';
import { wijkSchema } from '../../src/schemas/wijk.ts';
import { paginaSchema } from '../../src/schemas/pagina.ts';
import { formatPath } from '../../src/lib/content/validate.ts';
import { selectedPack } from '../../src/lib/content/packs.ts';
import { resolvePackValues } from '../../src/lib/content/tokens.ts';

const SCHEMAS: Record<string, z.ZodType> = { regelingen: regelingSchema, organisaties: organisatieSchema, wijken: wijkSchema, paginas: paginaSchema };

/** Every URL field, per collection, and whether a contact (mailto:, tel:) is meant there. */
const URL_FIELDS: Record<string, Record<string, 'web' | 'contact'>> = {
  regelingen: { 'sources[].url': 'web', applyUrl: 'contact', 'deadline.source.url': 'web' },
  organisaties: { 'sources[].url': 'web', 'contact.website': 'web' },
  wijken: { 'sources[].url': 'web', 'services[].url': 'contact' },
  paginas: { 'sources[].url': 'web' },
};

const BAD = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://amersfoort.nl/',
  'ftp://amersfoort.nl/',
  '//amersfoort.nl/',
  '/regelingen/',
  'amersfoort.nl',
  'https://user:secret@amersfoort.nl/',
  'https:amersfoort.nl',
  'blob:https://amersfoort.nl/x',
  '',
];
const GOOD_WEB = ['https://www.amersfoort.nl/', 'https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3'];
const GOOD_CONTACT = ['mailto:info@example.nl', 'tel:14033', 'tel:+31-33-4695111'];

const contentDir = path.resolve('content');
type Path = (string | number)[];
const norm = (p: Path) => p.map((s) => (typeof s === 'number' ? '[]' : s)).join('.').replace(/\.\[\]/g, '[]');

function urlLeaves(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(v) && !/\s/.test(v.trim())) out.push(at);
  else if (Array.isArray(v)) v.forEach((x, i) => urlLeaves(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) urlLeaves(x, [...at, k], out);
  return out;
}

/** The entries of a collection in the national content and the default pack, with the pack's references filled in. */
const pack = selectedPack(path.resolve('.'));
const packRel = path.relative(contentDir, pack.dir);
function entries(collection: string): { file: string; data: Record<string, unknown> }[] {
  return pack.dirs.flatMap((base) => {
    const dir = path.join(base, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const file = path.relative(path.resolve('.'), path.join(dir, f));
        return { file, data: resolvePackValues(parse(readFileSync(path.join(dir, f), 'utf8')), pack.gemeente, file, []) as Record<string, unknown> };
      });
  });
}

/** A copy of `data` with the URL field (normalised path) set to `value` in its first place. */
function withUrl(data: Record<string, unknown>, field: string, value: string): { data: Record<string, unknown>; at: string } {
  const copy = structuredClone(data);
  const parts = field.split('.');
  let o: Record<string, unknown> = copy;
  const at: string[] = [];
  for (const [i, part] of parts.entries()) {
    const list = part.endsWith('[]') ? part.slice(0, -2) : null;
    const name = list ?? part;
    const last = i === parts.length - 1;
    if (list) {
      const arr = ((o[name] as Record<string, unknown>[] | undefined) ??= []);
      if (arr.length === 0) arr.push(name === 'services' ? { name: 'Dienst', description: 'Uitleg' } : { title: 'Bron' });
      at.push(`${name}[0]`);
      o = arr[0]!;
    } else if (last) {
      o[name] = value;
      at.push(name);
    } else {
      o = (o[name] ??= {}) as Record<string, unknown>;
      at.push(name);
    }
  }
  return { data: copy, at: at.join('.') };
}

test('the URL fields in content/ are exactly the listed ones (a new URL field must be added here and use the URL schema)', () => {
  for (const [collection, fields] of Object.entries(URL_FIELDS)) {
    const found = new Set(entries(collection).flatMap((e) => urlLeaves(e.data).map(norm)));
    for (const f of found) assert.ok(f in fields, `${collection}: URL in field "${f}" that is not in URL_FIELDS`);
  }
});

test('the schemas use only the one URL schema (no z.url(), no other URL check)', () => {
  for (const f of readdirSync('src/schemas')) {
    const src = readFileSync(path.join('src/schemas', f), 'utf8');
    assert.doesNotMatch(src, /z\.url\(|\.url\(\)|z\.string\(\)\.url/, `${f} checks a URL itself: use webUrl or contactUrl from common.ts`);
  }
});

test('every URL field of every collection refuses dangerous and non-https addresses with a clear problem', () => {
  for (const [collection, fields] of Object.entries(URL_FIELDS)) {
    const schema = SCHEMAS[collection]!;
    for (const [field, kind] of Object.entries(fields)) {
      // An entry that has the field's object already (a deadline needs its text and source title).
      const top = field.split('.')[0]!.replace('[]', '');
      const all = entries(collection);
      const sample = all.find((e) => top in e.data) ?? all[0]!;
      assert.ok(schema.safeParse(sample.data).success, `${sample.file} is valid to begin with`);
      const bad = kind === 'web' ? [...BAD, ...GOOD_CONTACT] : BAD;
      for (const value of bad) {
        const { data, at } = withUrl(sample.data, field, value);
        const r = schema.safeParse(data);
        assert.equal(r.success, false, `${collection} › ${at} accepted ${JSON.stringify(value)}`);
        const issue = r.error!.issues.find((i) => formatPath(i.path) === at);
        assert.ok(issue, `${collection} › ${at}: no problem reported on that field for ${JSON.stringify(value)} (got ${r.error!.issues.map((i) => formatPath(i.path)).join(', ')})`);
        assert.match(issue!.message, /https|adres|spaties|wachtwoord|mailto|tel/, `${collection} › ${at}: unclear problem "${issue!.message}"`);
      }
      for (const value of kind === 'web' ? GOOD_WEB : [...GOOD_WEB, ...GOOD_CONTACT]) {
        const { data, at } = withUrl(sample.data, field, value);
        const r = schema.safeParse(data);
        assert.ok(r.success, `${collection} › ${at} refused ${value}: ${r.error?.issues.map((i) => i.message).join('; ')}`);
      }
    }
  }
});

test('webUrl and contactUrl: the problems say what is wrong', () => {
  const msg = (s: z.ZodType, v: unknown) => s.safeParse(v).error?.issues[0]?.message ?? 'ok';
  assert.match(msg(webUrl, 'javascript:alert(1)'), /begint met "javascript:", dat mag niet: alleen https:\/\//);
  assert.match(msg(webUrl, 'http://a.nl/'), /"http:"/);
  assert.match(msg(webUrl, 'mailto:a@b.nl'), /alleen https:\/\//);
  assert.match(msg(contactUrl, 'data:text/html,x'), /alleen https:\/\/, mailto: of tel:/);
  assert.match(msg(contactUrl, 'mailto:geen-adres'), /e-mailadres/);
  assert.match(msg(contactUrl, 'tel:bel-ons'), /telefoonnummer/);
  assert.match(msg(webUrl, 'https://a.nl/ x'), /spaties/);
  assert.equal(msg(webUrl, 'https://a.nl/'), 'ok');
});

test('npm run validate names file › field › problem for a javascript:, data:, vbscript: or http: URL', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'hulpwijzer-urls-'));
  try {
    const copy = path.join(root, 'content');
    await cp(contentDir, copy, { recursive: true });
    const edit = async (rel: string, change: (d: Record<string, unknown>) => void) => {
      const f = path.join(copy, rel);
      const d = parse(await readFile(f, 'utf8')) as Record<string, unknown>;
      change(d);
      await writeFile(f, stringify(d));
    };
    const regeling = (await readdir(path.join(copy, packRel, 'regelingen'))).find((f) => f.endsWith('.yaml'))!;
    const org = (await readdir(path.join(copy, packRel, 'organisaties'))).find((f) => f.endsWith('.yaml'))!;
    const wijk = (await readdir(path.join(copy, packRel, 'wijken'))).find((f) => f.endsWith('.yaml'))!;
    const pagina = (await readdir(path.join(copy, packRel, 'paginas'))).find((f) => f.endsWith('.yaml'))!;
    await edit(`${packRel}/regelingen/${regeling}`, (d) => {
      d.applyUrl = 'javascript:alert(1)';
    });
    await edit(`${packRel}/organisaties/${org}`, (d) => {
      (d.contact as Record<string, unknown>).website = 'http://example.nl/';
    });
    await edit(`${packRel}/wijken/${wijk}`, (d) => {
      d.services = [{ name: 'Spreekuur', description: 'Elke week', url: 'vbscript:msgbox(1)' }];
    });
    await edit(`${packRel}/paginas/${pagina}`, (d) => {
      (d.sources as Record<string, unknown>[])[0]!.url = 'data:text/html,<script>alert(1)</script>';
    });
    const r = spawnSync(process.execPath, ['scripts/validate-content.ts'], { env: { ...process.env, HULPWIJZER_CONTENT: copy }, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const line = (file: string, field: string, problem: RegExp) =>
      assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+›\\s+${field.replace(/[.[\]]/g, '\\$&')}\\s+›\\s+${problem.source}`), r.stderr);
    line(path.join('content', packRel, 'regelingen', regeling), 'applyUrl', /begint met "javascript:"/);
    line(path.join('content', packRel, 'organisaties', org), 'contact.website', /begint met "http:"/);
    line(path.join('content', packRel, 'wijken', wijk), 'services[0].url', /begint met "vbscript:"/);
    line(path.join('content', packRel, 'paginas', pagina), 'sources[0].url', /begint met "data:"/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
