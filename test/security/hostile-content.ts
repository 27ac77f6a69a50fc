/**
 * A copy of content/ with script-injection attempts and quotes in every text field, and the site
 * built from it, in a temporary folder (the real content/ and dist/ are never touched).
 *
 * Every string in every YAML file gets HOSTILE appended. Fields whose schema refuses that (ids,
 * slugs, enums, dates, URLs) keep their value: the Zod schemas decide what is text, so a new text
 * field is covered without changing this file. A field with a length limit gets a shortened
 * original plus HOSTILE. The copy must still pass the content validator.
 *
 * The build uses test/security/hostile.astro.config.mjs (own cache folder, so the normal build
 * cache stays as it is) with $HULPWIJZER_CONTENT pointing at the copy.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { regelingSchema, regelingTranslation } from '../../src/schemas/regeling.ts';
import { organisatieSchema, organisatieTranslation } from '../../src/schemas/organisatie.ts';
import { wijkSchema, wijkTranslation } from '../../src/schemas/wijk.ts';
import { paginaSchema, paginaTranslation } from '../../src/schemas/pagina.ts';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { CONTENT_ENV } from '../../src/lib/content/contentDir.ts';
import { NATIONAL_DIR, PACKS_DIR, listPacks, loadPack, selectedPack } from '../../src/lib/content/packs.ts';
import { resolvePackValues } from '../../src/lib/content/tokens.ts';
import type { Gemeente } from '../../src/schemas/gemeente.ts';

/**
 * Ends a <script> block, starts one, tries an event handler on an image and an SVG, opens an
 * HTML comment (which would change how the rest of a script block is parsed), and has both kinds
 * of quote and an ampersand. Anything that runs sets window.__hostile.
 */
export const HOSTILE = ` </script><script>window.__hostile=1</script><img src=x onerror="window.__hostile=2"><svg onload='window.__hostile=3'> & "q" 'q' <!--`;

const SCHEMAS: Record<string, z.ZodType> = {
  regelingen: regelingSchema,
  organisaties: organisatieSchema,
  wijken: wijkSchema,
  paginas: paginaSchema,
};
/** <landelijk or pack>/translations/<locale>/<collection>/<id>.yaml: poisoned the same way, with their own schemas. */
const TRANSLATION_SCHEMAS: Record<string, z.ZodType> = {
  regelingen: regelingTranslation,
  organisaties: organisatieTranslation,
  wijken: wijkTranslation,
  paginas: paginaTranslation,
};

type Path = (string | number)[];
type Json = unknown;

function leaves(v: Json, at: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'string') out.push(at);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...at, k], out);
  return out;
}
const getAt = (v: Json, p: Path): Json => p.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], v);
function setAt(v: Json, p: Path, value: Json): void {
  const parent = getAt(v, p.slice(0, -1)) as Record<string | number, Json>;
  parent[p[p.length - 1]!] = value;
}
const key = (p: readonly PropertyKey[]) => p.map(String).join('\u0000');

/**
 * Makes one entry hostile; returns the data and the paths that carry HOSTILE. `resolve` is what the
 * loader does before the schema sees the entry (the pack's tokens and "@gemeente"-style references):
 * a reference with HOSTILE appended is no reference, so the schema refuses it and it keeps its value.
 */
export function poison(data: Json, schema: z.ZodType, resolve: (v: Json) => Json = (v) => v): { data: Json; poisoned: Path[] } {
  const original = structuredClone(data);
  const out = structuredClone(data);
  const all = leaves(out);
  for (const p of all) setAt(out, p, `${getAt(out, p) as string}${HOSTILE}`);
  const refused = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const r = schema.safeParse(resolve(out));
    if (r.success) break;
    for (const issue of r.error.issues) {
      const p = issue.path as Path;
      const k = key(p);
      if (typeof getAt(out, p) !== 'string') continue;
      const orig = getAt(original, p) as string;
      if (issue.code === 'too_big' && !refused.has(`short${k}`)) {
        // Length limit: keep the start of the text and still end in HOSTILE.
        refused.add(`short${k}`);
        const max = Number((issue as { maximum?: number | bigint }).maximum ?? 0);
        setAt(out, p, `${orig.slice(0, Math.max(0, max - HOSTILE.length))}${HOSTILE}`);
      } else {
        refused.add(k);
        setAt(out, p, orig);
      }
    }
  }
  const check = schema.safeParse(resolve(out));
  if (!check.success) throw new Error(`hostile copy still invalid: ${check.error.issues.map((i) => `${key(i.path).replace(/\u0000/g, '.')}: ${i.message}`).join('; ')}`);
  return { data: out, poisoned: all.filter((p) => (getAt(out, p) as string).endsWith(HOSTILE)) };
}

export interface HostileSite {
  root: string;
  content: string;
  dist: string;
  /** Number of text fields that carry HOSTILE, per collection. */
  fields: Record<string, number>;
  /** The hostile data per collection and id (as written) of the built site: national and the selected pack. */
  entries: Record<string, Record<string, Record<string, unknown>>>;
  cleanup: () => Promise<void>;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${log.slice(-4000)}`))));
  });
}

/** Writes the hostile copy of content/ (the national content and every pack) into a new temporary folder. */
export async function writeHostileContent(): Promise<Omit<HostileSite, 'dist'>> {
  const root = await mkdtemp(path.join(tmpdir(), 'hulpwijzer-hostile-'));
  const content = path.join(root, 'content');
  await cp('content', content, { recursive: true });
  const fields: Record<string, number> = {};
  const entries: HostileSite['entries'] = {};
  // Every pack is poisoned (the validator checks them all); `entries` holds what the built site shows:
  // the national content and the selected pack. National content is resolved with the site's pack,
  // each pack with its own gemeente.yaml.
  const resolver = (g: Gemeente) => (v: Json) => resolvePackValues(v, g, '', []);
  const built = selectedPack(root);
  const bases = [
    { dir: path.join(content, NATIONAL_DIR), resolve: resolver(built.gemeente), shown: true },
    ...listPacks(root).map((id) => ({ dir: path.join(content, PACKS_DIR, id), resolve: resolver(loadPack(root, id).gemeente), shown: id === built.id })),
  ];
  for (const [collection, schema] of Object.entries(SCHEMAS)) {
    fields[collection] = 0;
    entries[collection] = {};
    for (const { dir: base, resolve, shown } of bases) {
      const dir = path.join(base, collection);
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const f of names.filter((n) => n.endsWith('.yaml'))) {
        const raw = parse(await readFile(path.join(dir, f), 'utf8')) as Json;
        const { data, poisoned } = poison(raw, schema, resolve);
        fields[collection] += poisoned.length;
        if (shown) entries[collection][f.replace(/\.yaml$/, '')] = data as Record<string, unknown>;
        await writeFile(path.join(dir, f), stringify(data, { lineWidth: 0 }));
      }
      for (const locale of TRANSLATED_LOCALES) {
        const tdir = path.join(base, 'translations', locale, collection);
        const files = await readdir(tdir).catch(() => [] as string[]);
        for (const f of files.filter((n) => n.endsWith('.yaml'))) {
          const { data, poisoned } = poison(parse(await readFile(path.join(tdir, f), 'utf8')) as Json, TRANSLATION_SCHEMAS[collection]!, resolve);
          fields[collection] += poisoned.length;
          await writeFile(path.join(tdir, f), stringify(data, { lineWidth: 0 }));
        }
      }
    }
  }
  return { root, content, fields, entries, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** The hostile copy, validated by the real validator and built into <tmp>/dist. */
export async function buildHostileSite(): Promise<HostileSite> {
  const site = await writeHostileContent();
  const dist = path.join(site.root, 'dist');
  const env = { [CONTENT_ENV]: site.content, HULPWIJZER_CACHE_DIR: path.join(site.root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const node = process.execPath;
  try {
    await run(node, ['scripts/validate-content.ts'], env);
    await run(node, ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'test/security/hostile.astro.config.mjs', '--outDir', dist], env);
  } catch (err) {
    await site.cleanup();
    throw err;
  }
  return { ...site, dist };
}
