/**
 * Node side of the content discovery (src/lib/engine/contentFiles.ts): the same globs, read with
 * fs.globSync, for the CLI, the benchmarks and the tests. Also loads the reason templates.
 */
import { globSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_GLOBS, collectContent } from '../../src/lib/engine/contentFiles.ts';
import type { EngineContent } from '../../src/lib/engine/types.ts';
import type { ReasonTemplates } from '../../src/lib/engine/reasons.ts';
import type { Dict } from '../../src/lib/engine/text.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function loadEngineContent(root = ROOT): EngineContent {
  const files: Record<string, unknown> = {};
  for (const g of CONTENT_GLOBS) {
    for (const f of globSync(g.slice(1), { cwd: root })) files[`/${f.split(path.sep).join('/')}`] = JSON.parse(readFileSync(path.join(root, f), 'utf8'));
  }
  return collectContent(files);
}

export function loadNamespace(locale: string, ns: string, root = ROOT): Dict {
  const file = path.join(root, 'src/i18n', locale, `${ns}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Dict) : {};
}

export function loadTemplates(locale: string, root = ROOT): ReasonTemplates {
  return loadNamespace(locale, 'reasons', root);
}
