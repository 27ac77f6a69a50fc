/**
 * The municipality pack in the build (Vite plugin, astro.config.mjs). GEMEENTE=<id> picks the pack
 * (src/lib/content/packs.ts); the default is content/gemeenten/standaard.yaml.
 *
 *  - `virtual:gemeente`     the site's municipality for pages and islands: gemeente.yaml plus the pack
 *                           id and the name of the default help desk (src/utils/site.ts reads it).
 *  - `virtual:engine-files` the engine's files (national + pack) for the browser bundle, keyed as
 *                           collectContent expects (src/components/check/rulesData.ts).
 *  - src/styles/gemeente-theme.css gets the pack's theme tokens appended, as a file (no inline styles).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { selectedPack, type Pack } from '../../src/lib/content/packs.ts';
import { engineFileKey, engineFilePaths, municipalityOf } from '../../src/lib/content/engineFiles.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import type { SiteGemeente } from '../../src/utils/siteTypes.ts';

const GEMEENTE_ID = 'virtual:gemeente';
const FILES_ID = 'virtual:engine-files';

/** The name of an organisation of the site (national or pack), for the {{balie}} token. */
function orgName(pack: Pack, id: string): string {
  for (const dir of pack.dirs) {
    const file = path.join(dir, 'organisaties', `${id}.yaml`);
    if (existsSync(file)) return String((parseYaml(readFileSync(file, 'utf8')) as { name?: unknown }).name ?? id);
  }
  return id;
}

export function siteGemeente(pack: Pack): SiteGemeente {
  const g = pack.gemeente;
  return {
    id: pack.id,
    ...g,
    deskName: orgName(pack, g.defaultHelpDesk),
    // Languages in the order of the locale table.
    locales: LOCALES.filter((l) => g.languages.includes(l)),
    municipality: municipalityOf(g),
  };
}

/** CSS custom properties of the pack's theme, for the class every page body has. */
export function themeCss(pack: Pack): string {
  const tokens = Object.entries(pack.gemeente.theme);
  return tokens.length ? `\n/* content/gemeenten/${pack.id}/gemeente.yaml › theme */\n.gemeente-theme {\n${tokens.map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n` : '';
}

export function packPlugin(root: string): import('vite').Plugin {
  const pack = selectedPack(root);
  return {
    name: 'hulpwijzer-gemeente-pack',
    enforce: 'pre',
    resolveId(id) {
      return id === GEMEENTE_ID || id === FILES_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${GEMEENTE_ID}`) {
        this.addWatchFile(path.join(pack.dir, 'gemeente.yaml'));
        return `export default ${JSON.stringify(siteGemeente(pack))};`;
      }
      if (id === `\0${FILES_ID}`) {
        const files = engineFilePaths(pack);
        const imports = files.map((f, i) => `import f${i} from ${JSON.stringify(f)};`);
        const entries = files.map((f, i) => `${JSON.stringify(engineFileKey(root, f))}: f${i}`);
        return `${imports.join('\n')}\nexport const files = { ${entries.join(', ')} };\nexport const municipality = ${JSON.stringify(municipalityOf(pack.gemeente))};`;
      }
      return null;
    },
    transform(code, id) {
      if (id.split('?')[0]?.endsWith('/src/styles/gemeente-theme.css')) return { code: code + themeCss(pack), map: null };
      return null;
    },
  };
}
