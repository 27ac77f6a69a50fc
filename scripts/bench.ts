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
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'engine-entry.ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const code = out.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Households:            ${N} (generated, partly unknown), ${RULES.length} rules each`);
console.log(`Time:                  ${ms.toFixed(0)} ms  (${((ms * 1000) / N).toFixed(1)} µs per household, all rules)`);
console.log(`Evaluations/second:    ${Math.round(N / (ms / 1000)).toLocaleString('en')} households  (${Math.round((N * RULES.length) / (ms / 1000)).toLocaleString('en')} rule evaluations)`);
console.log(`Likely results:        ${likely}`);
console.log(`Browser bundle:        ${kb(code.length)} minified, ${kb(gz)} gzipped (engine + zod/mini parser + ${RULES.length} rules + ${content.normSets.length} norm sets + ${content.parameters.length} parameter files + Dutch reasons)`);
console.log(`Machine:               ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (timings scale with load)`);
console.log(`Targets:               < 1 ms per household: ${ms / N < 1 ? 'OK' : 'NOT MET'}; < 25 KB gzipped: ${gz < 25 * 1024 ? 'OK' : 'NOT MET'}`);
