/**
 * The engine's content (rule files, parameter files, norm sets: the national content plus the site's
 * municipality pack, and the municipality itself), bundled into one lazily loaded chunk (imported only
 * by loadEngine.ts). The files are those of src/lib/engine/contentFiles.ts (ENGINE_FILE_PATTERNS) in
 * the selected pack, given by the build as `virtual:engine-files` (scripts/build/pack.ts).
 */
import { collectContent } from '../../lib/engine/contentFiles.ts';
import { applyRuleTexts } from '../../lib/engine/browserContent.ts';
import { loaders } from 'virtual:rule-texts';
import { files, municipality } from 'virtual:engine-files';

export const content = collectContent(files, municipality);

/** Reason templates per language, each its own small chunk: only the page's language is loaded. */
const templateFiles = import.meta.glob<Record<string, unknown>>('/src/i18n/*/reasons.json', { import: 'default' });

export async function loadTemplates(locale: string): Promise<Record<string, unknown>> {
  const load = templateFiles[`/src/i18n/${locale}/reasons.json`] ?? templateFiles['/src/i18n/nl/reasons.json'];
  return load ? await load() : {};
}

/**
 * The rules' texts in the page's language: the rules chunk has the Dutch ones, each other language
 * is its own small chunk (scripts/build/ruleTexts.ts). Puts them into `content.rules` once.
 */
let textsFor: string | null = null;
export async function loadRuleTexts(locale: string): Promise<void> {
  const load = loaders[locale];
  if (!load || textsFor === locale) return;
  applyRuleTexts(content.rules, (await load()).default, locale);
  textsFor = locale;
}
