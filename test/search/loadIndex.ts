/** Builds the real search index in Node, from content/ and src/i18n/<locale>/search.json. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadAllContent } from '../../src/lib/content/validate.ts';
import type { Pack } from '../../src/lib/content/packs.ts';
import { buildSearchDocs, mainPagesFrom } from '../../src/components/search/logic/buildIndex.ts';
import type { SearchDoc, SearchLocale } from '../../src/components/search/logic/types.ts';

/** The index of a site: the national content plus `pack` (default: $GEMEENTE or the default pack). */
export async function loadSearchDocs(locale: SearchLocale, root = process.cwd(), pack?: Pack): Promise<SearchDoc[]> {
  const content = await loadAllContent(root, [], pack);
  const strings = JSON.parse(await readFile(path.join(root, 'src', 'i18n', locale, 'search.json'), 'utf8')) as Record<string, unknown>;
  return buildSearchDocs(locale, { ...content, mainPages: mainPagesFrom(strings) });
}
