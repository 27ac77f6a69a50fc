/**
 * Validates every file in content/ before the build.
 * Prints one line per problem: file, field, problem. Exits 1 when anything is wrong,
 * so `npm run build` stops before Astro runs.
 *
 *   node scripts/validate-content.ts            (from the project root)
 */
import { validateContent } from '../src/lib/content/validate.ts';

const problems = await validateContent(process.cwd());
if (problems.length > 0) {
  console.error(`\nDe inhoud in content/ bevat ${problems.length} fout(en). Herstel deze en bouw opnieuw:\n`);
  for (const p of problems) console.error(`  ${p.file}  ›  ${p.field || '(bestand)'}  ›  ${p.problem}`);
  console.error('');
  process.exit(1);
}
console.log('Inhoud in orde: alle bestanden in content/ zijn geldig.');
