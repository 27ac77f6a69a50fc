/**
 * The municipality of the site under test: the pack the build selected (GEMEENTE=<id>, else
 * content/gemeenten/standaard.yaml; src/lib/content/packs.ts). Specs take the name, the phone and
 * every pack-specific display name from here and from the pack's content, so no spec names a
 * municipality and the same journeys run against whichever pack was built.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { selectedPack } from '../../src/lib/content/packs.ts';
import { resolvePackValues } from '../../src/lib/content/tokens.ts';
import { telHref } from '../../src/utils/tel.ts';
import { siteGemeente } from '../../scripts/build/pack.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The selected pack (id, folders) and its gemeente.yaml. */
export const PACK = selectedPack(ROOT);
export const GEMEENTE = PACK.gemeente;
/** What the build gives the pages (`virtual:gemeente`): gemeente.yaml plus the desk's name and the languages. */
export const SITE = siteGemeente(PACK);

/** The municipality's name as the site writes it. */
export const NAME = GEMEENTE.name;
/** The general phone number as written ("14 000"), and its tel: link. */
export const PHONE_NUMBER = GEMEENTE.phone;
export const TEL = telHref(PHONE_NUMBER);

/** Text as a literal part of a RegExp (a name or phone inside a pattern). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Collection = 'regelingen' | 'organisaties' | 'wijken' | 'paginas';

/** Ids of a collection on this site: national and the pack's, sorted. */
export function ids(collection: Collection): string[] {
  return PACK.dirs
    .flatMap((dir) => {
      const d = path.join(dir, collection);
      return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')) : [];
    })
    .sort();
}

/** One entry's Dutch content as the site shows it (tokens and pack references filled in). */
export function entry<T = Record<string, unknown>>(collection: Collection, id: string): T {
  for (const dir of PACK.dirs) {
    const file = path.join(dir, collection, `${id}.yaml`);
    if (!existsSync(file)) continue;
    const problems: { file: string; field: string; problem: string }[] = [];
    const data = resolvePackValues(parseYaml(readFileSync(file, 'utf8')), GEMEENTE, file, problems);
    if (problems.length) throw new Error(problems.map((p) => `${p.file} › ${p.field} › ${p.problem}`).join('\n'));
    return data as T;
  }
  throw new Error(`${collection}/${id}.yaml is in neither ${path.relative(ROOT, PACK.nationalDir)} nor ${path.relative(ROOT, PACK.dir)}`);
}

/** The display name (`name` or `title`) of an entry. */
export function nameOf(collection: Collection, id: string): string {
  const e = entry<{ name?: string; title?: string }>(collection, id);
  const n = e.name ?? e.title;
  if (!n) throw new Error(`${collection}/${id}.yaml has no name or title`);
  return n;
}

/**
 * Pack-specific test data (content/gemeenten/<id>/tests/<name>.json): the parts of a journey that
 * depend on the pack's own regelingen, organisations and wijken. Throws when the pack has none, so a
 * spec that needs it says which file to add.
 */
export function packTestData<T>(name: string): T {
  const file = path.join(PACK.dir, 'tests', `${name}.json`);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: the e2e journeys need this pack's test data`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
