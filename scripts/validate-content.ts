/**
 * Validates every file in content/ before the build: the national content with EVERY municipality
 * pack (content/gemeenten/<id>/), entries, translation files, rules and parameters. Prints one line
 * per problem: file › field › problem. Exits 1 when anything is wrong, so `npm run build` stops
 * before Astro runs.
 *
 *   node scripts/validate-content.ts            (from the project root)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, validateAllPacks } from '../src/lib/content/validate.ts';
import { normSetWarning } from '../src/lib/content/validateRules.ts';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { NATIONAL_DIR, listPacks } from '../src/lib/content/packs.ts';

const root = process.cwd();
const problems = await validateAllPacks(root);
if (problems.length > 0) {
  console.error(`\nDe inhoud in content/ bevat ${problems.length} fout(en). Herstel deze en bouw opnieuw:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error('');
  process.exit(1);
}
const normDir = path.join(contentDir(root), NATIONAL_DIR, 'normen');
const lastUntil = readdirSync(normDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(path.join(normDir, f), 'utf8')) as { validUntil: string }).validUntil)
  .sort()
  .at(-1);
const warning = normSetWarning(lastUntil, new Date().toISOString().slice(0, 10));
if (warning) console.warn(`Let op: ${warning}`);
console.log(`Inhoud in orde: de landelijke inhoud en ${listPacks(root).length} gemeente(n) (${listPacks(root).join(', ')}) zijn geldig.`);
