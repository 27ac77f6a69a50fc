/**
 * Content packs (Node only). All content lives in content/ (or $HULPWIJZER_CONTENT, see contentDir.ts):
 *
 *   content/landelijk/              national content, shared by every municipality
 *   content/gemeenten/<id>/         one pack per municipality, with its gemeente.yaml
 *   content/gemeenten/standaard.yaml   which pack is built when $GEMEENTE is not set
 *
 * Both have the same folders (regelingen, organisaties, wijken, paginas, translations, voorbeelden);
 * a site is the national content plus ONE pack, chosen with GEMEENTE=<id> (build, start, validate)
 * or, in the engine and the CLI, by the household's `municipality` (its place names).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { gemeenteSchema, standaardSchema, type Gemeente } from '../../schemas/gemeente.ts';
import { contentDir } from './contentDir.ts';

export const GEMEENTE_ENV = 'GEMEENTE';
export const NATIONAL_DIR = 'landelijk';
export const PACKS_DIR = 'gemeenten';

export interface Pack {
  /** Folder name under content/gemeenten/ (lowercase, e.g. "proefdorp"). */
  id: string;
  gemeente: Gemeente;
  /** The pack folder, absolute. */
  dir: string;
  /** Where the national content is, absolute. */
  nationalDir: string;
  /** Both, national first: every collection, rule and parameter folder is read from these. */
  dirs: [string, string];
}

/** A content problem in the same shape as the validator's (file › field › problem). */
export class PackError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  constructor(file: string, field: string, problem: string) {
    super(`${file}  ›  ${field || '(bestand)'}  ›  ${problem}`);
    this.file = file;
    this.field = field;
    this.problem = problem;
  }
}

const rel = (root: string, p: string) => path.relative(root, p) || '.';

/** The ids of all packs (folders under content/gemeenten/ with a gemeente.yaml). */
export function listPacks(root: string): string[] {
  const dir = path.join(contentDir(root), PACKS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'gemeente.yaml')))
    .map((d) => d.name)
    .sort();
}

function readYamlFile(root: string, file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PackError(rel(root, file), '', `geen geldige YAML: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** The pack built when GEMEENTE is not set (content/gemeenten/standaard.yaml, or the only pack). */
export function defaultPackId(root: string): string {
  const file = path.join(contentDir(root), PACKS_DIR, 'standaard.yaml');
  if (existsSync(file)) {
    const r = standaardSchema.safeParse(readYamlFile(root, file));
    if (!r.success) throw new PackError(rel(root, file), r.error.issues[0]?.path.join('.') ?? '', r.error.issues[0]?.message ?? 'ongeldig');
    return r.data.gemeente;
  }
  const packs = listPacks(root);
  if (packs.length === 1) return packs[0] as string;
  throw new PackError(rel(root, file), '', `bestaat niet: zet hierin "gemeente: <map>" (een van ${packs.join(', ') || 'geen gemeenten gevonden'}) of kies met GEMEENTE=<map>`);
}

/** The pack to build: $GEMEENTE, else the default. */
export function selectedPackId(root: string): string {
  const env = process.env[GEMEENTE_ENV]?.trim().toLowerCase();
  return env ? env : defaultPackId(root);
}

/** Loads and checks one pack's gemeente.yaml. Throws a PackError with file › field › problem. */
export function loadPack(root: string, id: string): Pack {
  const base = contentDir(root);
  const dir = path.join(base, PACKS_DIR, id);
  const file = path.join(dir, 'gemeente.yaml');
  if (!existsSync(file)) {
    const known = listPacks(root);
    throw new PackError(rel(root, file), '', `bestaat niet: er is geen gemeente "${id}". Kies uit: ${known.join(', ') || 'geen'} (GEMEENTE=<map>)`);
  }
  const r = gemeenteSchema.safeParse(readYamlFile(root, file));
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new PackError(rel(root, file), issue.path.map(String).join('.'), issue.message);
  }
  const nationalDir = path.join(base, NATIONAL_DIR);
  return { id, gemeente: r.data, dir, nationalDir, dirs: [nationalDir, dir] };
}

/** The pack being built ($GEMEENTE or the default). */
export function selectedPack(root: string): Pack {
  return loadPack(root, selectedPackId(root));
}

/** Every pack, loaded. */
export function allPacks(root: string): Pack[] {
  return listPacks(root).map((id) => loadPack(root, id));
}

const norm = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/** The pack whose place names include this municipality or place (case and spacing ignored). */
export function packForPlace(packs: Pack[], place: string): Pack | undefined {
  const p = norm(place);
  return packs.find((k) => k.id === p || k.gemeente.places.some((x) => norm(x) === p) || norm(k.gemeente.name) === p);
}
