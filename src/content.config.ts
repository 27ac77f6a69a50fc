import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { regelingSchema } from './schemas/regeling.ts';
import { organisatieSchema } from './schemas/organisatie.ts';
import { wijkSchema } from './schemas/wijk.ts';
import { paginaSchema } from './schemas/pagina.ts';
import { contentDir } from './lib/content/contentDir.ts';

/*
 * All content lives in the top-level content/ folder, one YAML file per entry.
 * The file name (without .yaml) is the id and the URL slug. (Tests may point $HULPWIJZER_CONTENT
 * at a copy, see src/lib/content/contentDir.ts.)
 * Cross-references (organisation ids, rule files) are checked by scripts/validate-content.ts,
 * which runs before every build and names the file, field and problem.
 */
const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir('.')}/${folder}` });

export const collections = {
  regelingen: defineCollection({ loader: yamlIn('regelingen'), schema: regelingSchema }),
  organisaties: defineCollection({ loader: yamlIn('organisaties'), schema: organisatieSchema }),
  wijken: defineCollection({ loader: yamlIn('wijken'), schema: wijkSchema }),
  paginas: defineCollection({ loader: yamlIn('paginas'), schema: paginaSchema }),
};
