/**
 * Node side of the engine's content discovery (src/lib/engine/contentFiles.ts): the engine files of
 * the national content and one pack, read with fs.globSync. Used by the CLI, the benchmarks, the
 * tests and the Vite module that gives the browser the same files (scripts/build/engineFiles.ts).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENGINE_FILE_PATTERNS, collectContent } from '../engine/contentFiles.ts';
import type { EngineContent } from '../engine/types.ts';
import type { Gemeente } from '../../schemas/gemeente.ts';
import { allPacks, packForPlace, selectedPack, type Pack } from './packs.ts';
import { contentDir } from './contentDir.ts';

/** What the engine knows of the municipality. */
export function municipalityOf(g: Gemeente): EngineContent['municipality'] {
  return { name: g.name, places: g.places, phone: g.phone, cbsCode: g.cbsCode };
}

/** The engine files of a site (national first, then the pack), as absolute paths, sorted. */
export function engineFilePaths(pack: Pack): string[] {
  return pack.dirs.flatMap((dir) => ENGINE_FILE_PATTERNS.flatMap((g) => globSync(g, { cwd: dir }).map((f) => path.join(dir, f)).sort()));
}

/** Key of a file in collectContent: its path from the content folder, starting with "/". */
export function engineFileKey(root: string, file: string): string {
  return `/${path.relative(contentDir(root), file).split(path.sep).join('/')}`;
}

export function loadPackContent(root: string, pack: Pack): EngineContent {
  const files: Record<string, unknown> = {};
  for (const f of engineFilePaths(pack)) files[engineFileKey(root, f)] = JSON.parse(readFileSync(f, 'utf8'));
  return collectContent(files, municipalityOf(pack.gemeente));
}

/** The engine content of the site being built ($GEMEENTE or the default pack). */
export function loadSiteContent(root: string): EngineContent {
  return loadPackContent(root, selectedPack(root));
}

/**
 * The household's `municipality` picks the pack: national + that municipality's regelingen. A place
 * no pack knows gets the site's own pack (its municipal regelingen then say "you do not live here").
 */
export function contentForPlace(root: string, place: string | null | undefined): { content: EngineContent; pack: Pack; matched: boolean } {
  const found = typeof place === 'string' && place.trim() ? packForPlace(allPacks(root), place) : undefined;
  const pack = found ?? selectedPack(root);
  return { content: loadPackContent(root, pack), pack, matched: Boolean(found) };
}
