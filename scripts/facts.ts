/**
 * Prints the fact catalog (FACTS in src/lib/engine/facts.ts) with types, parameters and the template
 * relations each fact has in Dutch, for people writing rules.   npm run --silent facts
 */
import { FACTS } from '../src/lib/engine/facts.ts';
import { loadTemplates } from './lib/engineContent.ts';

const nl = loadTemplates('nl') as { facts?: Record<string, Record<string, string>> };
for (const [name, f] of Object.entries(FACTS)) {
  const params = f.params ? ` params: ${Object.entries(f.params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`).join(', ')}` : '';
  const values = f.values ? ` values: ${f.values.join(', ')}` : '';
  console.log(`${name} (${f.type})${values}${params}\n  ${f.description}\n  templates: ${Object.keys(nl.facts?.[name] ?? {}).join(', ')}`);
}
