/**
 * The rule files and norm sets, bundled into one lazily loaded chunk (imported only by loadEngine.ts).
 */
import type { NormSet, Rule } from '../../lib/engine/types.ts';

const ruleFiles = import.meta.glob<Rule>('/content/regelingen/*.rule.json', { eager: true, import: 'default' });
const normFiles = import.meta.glob<NormSet>('/content/normen/*.json', { eager: true, import: 'default' });

export const rules: Rule[] = Object.entries(ruleFiles)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, r]) => r);
export const normSets: NormSet[] = Object.values(normFiles);
