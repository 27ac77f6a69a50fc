/**
 * The engine's content for scripts and tests: the national content plus one municipality pack
 * (src/lib/content/engineFiles.ts). Also loads the reason templates.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadPackContent } from '../../src/lib/content/engineFiles.ts';
import { loadPack, selectedPack } from '../../src/lib/content/packs.ts';
import type { EngineContent } from '../../src/lib/engine/types.ts';
import type { ReasonTemplates } from '../../src/lib/engine/reasons.ts';
import type { Dict } from '../../src/lib/engine/text.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** National + one pack: `packId`, else $GEMEENTE, else the default pack. */
export function loadEngineContent(root = ROOT, packId?: string): EngineContent {
  return loadPackContent(root, packId ? loadPack(root, packId) : selectedPack(root));
}

export function loadNamespace(locale: string, ns: string, root = ROOT): Dict {
  const file = path.join(root, 'src/i18n', locale, `${ns}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Dict) : {};
}

export function loadTemplates(locale: string, root = ROOT): ReasonTemplates {
  return loadNamespace(locale, 'reasons', root);
}
