/**
 * The rules' texts in the other languages (`because`, `reasons`, amount notes: every Text object in
 * regelingen/*.rule.json of the national content and the pack) reach the browser apart from the rules, one small module per
 * language, so a page loads only its own language (the rules chunk keeps the Dutch source text;
 * src/lib/engine/browserContent.ts). `virtual:rule-texts` exports `loaders` (one lazy import per
 * language of the locale table); `virtual:rule-texts/<code>` exports { <rule name>: RuleText[] }.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { ruleTexts, type RuleText } from '../../src/lib/engine/browserContent.ts';
import { engineFilePaths } from '../../src/lib/content/engineFiles.ts';
import { selectedPack, type Pack } from '../../src/lib/content/packs.ts';

const ID = 'virtual:rule-texts';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The rule files of the site: national and the selected pack. */
export const ruleFiles = (pack: Pack = selectedPack(ROOT)): string[] => engineFilePaths(pack).filter((f) => f.endsWith('.rule.json'));

/** One language's rule texts, per rule name. */
export function ruleTextsOf(locale: string, pack: Pack = selectedPack(ROOT)): Record<string, RuleText[]> {
  const out: Record<string, RuleText[]> = {};
  for (const file of ruleFiles(pack)) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name: string };
    const texts = ruleTexts(json, locale);
    if (texts.length > 0) out[json.name] = texts;
  }
  return out;
}

/** The Vite plugin (astro.config.mjs). */
export function ruleTextsPlugin(): import('vite').Plugin {
  return {
    name: 'rule-texts-per-language',
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${ID}`) {
        const entries = TRANSLATED_LOCALES.map((l) => `${JSON.stringify(l)}: () => import(${JSON.stringify(`${ID}/${l}`)})`);
        return `export const loaders = { ${entries.join(', ')} };`;
      }
      if (id.startsWith(`\0${ID}/`)) {
        for (const f of ruleFiles()) this.addWatchFile(f);
        return `export default ${JSON.stringify(ruleTextsOf(id.slice(`\0${ID}/`.length)))};`;
      }
      return null;
    },
  };
}
