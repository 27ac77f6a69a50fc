/**
 * Benchmark: evaluations per second over 10,000 generated households against all rules,
 * and the gzipped size of engine + rules + norms as the browser loads them (esbuild bundle).
 *
 *   npm run bench
 */
import { gzipSync } from 'node:zlib';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { globSync } from 'node:fs';
import { evaluateAll, parseHousehold } from '../src/lib/engine/index.ts';
import { CONTENT_GLOBS } from '../src/lib/engine/contentFiles.ts';
import { loadEngineContent, loadTemplates } from './lib/engineContent.ts';
import { householdArb } from '../test/engine/arbitraries.ts';

const content = loadEngineContent();
const templates = loadTemplates('nl');
const RULES = content.rules;
const opts = { locale: 'nl', templates, referenceDate: '2026-11-23' };

const N = 10_000;
const households = fc.sample(householdArb(false), { numRuns: N, seed: 1 });

// Warm up, then measure parse + evaluate of all rules per household.
for (const h of households.slice(0, 500)) evaluateAll(h, content, opts);
const t0 = performance.now();
let likely = 0;
for (const h of households) {
  const p = parseHousehold(h);
  if (!p.ok) continue;
  for (const r of evaluateAll(p.household, content, opts).results) if (r.status === 'likely') likely++;
}
const ms = performance.now() - t0;

// The browser's lazy chunk: the engine with the household parser (zod/mini), every content file
// the browser globs (CONTENT_GLOBS) and the Dutch reason templates.
const root = fileURLToPath(new URL('..', import.meta.url));
const files = CONTENT_GLOBS.flatMap((g) => globSync(g.slice(1), { cwd: root }));
const entry = [
  `export { evaluateAll, parseHousehold } from './src/lib/engine/index.ts';`,
  `import { collectContent } from './src/lib/engine/contentFiles.ts';`,
  ...files.map((f, i) => `import f${i} from './${f}' with { type: 'json' };`),
  `export const content = collectContent({ ${files.map((f, i) => `'/${f}': f${i}`).join(', ')} });`,
  `export { default as templates } from './src/i18n/nl/reasons.json' with { type: 'json' };`,
].join('\n');
/** Minified and gzipped size of an entry as the browser loads it (esbuild bundle). */
const bundle = async (contents: string) => {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const c = r.outputFiles[0].contents;
  return { raw: c.length, gz: gzipSync(c, { level: 9 }).length };
};
const engineBundle = await bundle(entry);
const gz = engineBundle.gz;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Households:            ${N} (generated, partly unknown), ${RULES.length} rules each`);
console.log(`Time:                  ${ms.toFixed(0)} ms  (${((ms * 1000) / N).toFixed(1)} µs per household, all rules)`);
console.log(`Evaluations/second:    ${Math.round(N / (ms / 1000)).toLocaleString('en')} households  (${Math.round((N * RULES.length) / (ms / 1000)).toLocaleString('en')} rule evaluations)`);
console.log(`Likely results:        ${likely}`);
console.log(`Browser bundle:        ${kb(engineBundle.raw)} minified, ${kb(gz)} gzipped (engine + zod/mini parser + formulas + ${RULES.length} rules + ${content.normSets.length} norm sets + ${content.parameters.length} parameter files + Dutch reasons)`);
console.log(`Machine:               ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (timings scale with load)`);
console.log(`Targets:               < 1 ms per household: ${ms / N < 1 ? 'OK' : 'NOT MET'}; < 25 KB gzipped: ${gz < 25 * 1024 ? 'OK' : 'NOT MET'}`);

// ---- Toeslag formulas (src/lib/formulas): per household, the toetsingsinkomen range of each adult from
// its net income, then zorgtoeslag, huurtoeslag, kindgebonden budget and kinderbijslag on those ranges.
const formulasEntry = `
export * from './src/lib/formulas/index.ts';
`;
const { runFormulas } = await import('./bench-formulas.ts');
for (const h of households.slice(0, 500)) runFormulas(h);
const f0 = performance.now();
const fc0 = process.cpuUsage();
let withAmount = 0;
for (const h of households) withAmount += runFormulas(h);
const fms = performance.now() - f0;
const fcpu = process.cpuUsage(fc0);

const formulasOnly = await bundle(formulasEntry);
const together = await bundle(entry + formulasEntry);
console.log(`Formulas:              ${fms.toFixed(0)} ms for ${N} households (${((fms * 1000) / N).toFixed(1)} µs per household wall clock, ${((fcpu.user + fcpu.system) / N).toFixed(1)} µs CPU: net→gross per adult + 4 toeslagen); ${withAmount} amounts > 0`);
console.log(`Formulas bundle:       ${kb(formulasOnly.raw)} minified, ${kb(formulasOnly.gz)} gzipped (formulas + 12 parameter files)`);
console.log(`Engine + formulas:     ${kb(together.raw)} minified, ${kb(together.gz)} gzipped (engine + rules + norms + formulas + parameters); < 25 KB: ${together.gz < 25 * 1024 ? 'OK' : 'NOT MET'}`);
