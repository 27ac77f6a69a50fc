import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { regelingSchema } from './schemas/regeling.ts';
import { organisatieSchema } from './schemas/organisatie.ts';
import { wijkSchema } from './schemas/wijk.ts';
import { paginaSchema } from './schemas/pagina.ts';
import { formatProblem, loadCollection, type CollectionName, type ContentProblem } from './lib/content/validate.ts';

/*
 * A site is the national content (content/landelijk/) plus one municipality pack
 * (content/gemeenten/<GEMEENTE>/, src/lib/content/packs.ts), one YAML file per entry; the file name
 * (without .yaml) is the id and the URL slug. Translations live next to it, one file per entry per
 * language: <landelijk or pack>/translations/<locale>/<collection>/<id>.yaml. (Tests may point
 * $HULPWIJZER_CONTENT at a copy, see src/lib/content/contentDir.ts.)
 *
 * The loader is the same code as `npm run validate` (src/lib/content/validate.ts): it reads the
 * Dutch entries, merges each translation file in as `translations.<locale>` and stops with
 * `file › field › problem` on invalid content. Astro then checks the merged entry with the same
 * Zod schema. Cross-references (organisation ids, rule files) are checked by `npm run validate`,
 * which runs before every build.
 */
function translatedYaml(name: CollectionName): Loader {
  return {
    name: `hulpwijzer-yaml-${name}`,
    load: async ({ store, parseData, generateDigest, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const problems: ContentProblem[] = [];
        const entries = await loadCollection(root, name, problems);
        if (problems.length > 0) throw new Error(`De inhoud in content/ bevat fouten:\n${problems.map(formatProblem).join('\n')}`);
        store.clear();
        for (const e of entries) {
          const data = await parseData({ id: e.id, data: e.data as unknown as Record<string, unknown>, filePath: e.file });
          store.set({ id: e.id, data, filePath: e.file, digest: generateDigest(data) });
        }
      };
      await sync();
      // Development server: reload when a Dutch entry or one of its translations changes.
      watcher?.on('all', (_event, changed) => {
        if (changed.endsWith('.yaml') && (changed.includes(`${name}`) || changed.includes('translations'))) {
          sync().catch((err: unknown) => logger.error((err as Error).message));
        }
      });
    },
  };
}

export const collections = {
  regelingen: defineCollection({ loader: translatedYaml('regelingen'), schema: regelingSchema }),
  organisaties: defineCollection({ loader: translatedYaml('organisaties'), schema: organisatieSchema }),
  wijken: defineCollection({ loader: translatedYaml('wijken'), schema: wijkSchema }),
  paginas: defineCollection({ loader: translatedYaml('paginas'), schema: paginaSchema }),
};
