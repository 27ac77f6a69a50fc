/**
 * Validates every file in content/ (entries and their translation files) before the build.
 * Prints one line per problem: file, field, problem. Exits 1 when anything is wrong,
 * so `npm run build` stops before Astro runs.
 *
 *   node scripts/validate-content.ts            (from the project root)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { formatProblem, validateContent } from '../src/lib/content/validate.ts';
import { normSetWarning } from '../src/lib/content/validateRules.ts';

const problems = await validateContent(process.cwd());
if (problems.length > 0) {
  console.error(`\nDe inhoud in content/ bevat ${problems.length} fout(en). Herstel deze en bouw opnieuw:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error('');
  process.exit(1);
}
const lastUntil = readdirSync('content/normen')
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(`content/normen/${f}`, 'utf8')) as { validUntil: string }).validUntil)
  .sort()
  .at(-1);
const warning = normSetWarning(lastUntil, new Date().toISOString().slice(0, 10));
if (warning) console.warn(`Let op: ${warning}`);
console.log('Inhoud in orde: alle bestanden in content/ zijn geldig.');
