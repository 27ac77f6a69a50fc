/** The rules' texts per language (scripts/build/ruleTexts.ts, a Vite plugin). */
declare module 'virtual:rule-texts' {
  import type { RuleText } from '../../lib/engine/browserContent.ts';
  export const loaders: Record<string, () => Promise<{ default: Record<string, RuleText[]> }>>;
}
