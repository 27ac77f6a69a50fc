/**
 * The engine's content (rule files, parameter files, norm sets, the municipality), bundled into one
 * lazily loaded chunk (imported only by loadEngine.ts). The glob patterns are the ones in
 * src/lib/engine/contentFiles.ts (CONTENT_GLOBS); Vite needs them written out here, and a test
 * checks the two lists are the same.
 */
import { collectContent } from '../../lib/engine/contentFiles.ts';
import { applyRuleTexts } from '../../lib/engine/browserContent.ts';
import { loaders } from 'virtual:rule-texts';

const files = import.meta.glob(['/content/regelingen/*.rule.json', '/content/regelingen/*/*.json', '/content/normen/*.json', '/content/belasting/*.json', '/content/gemeente.json'], {
  eager: true,
  import: 'default',
});

export const content = collectContent(files);

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
