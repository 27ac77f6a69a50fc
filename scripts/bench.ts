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
import { globSync, readFileSync } from 'node:fs';
import { browserContent, isEngineContent } from '../src/lib/engine/browserContent.ts';
import { evaluateAll, parseHousehold } from '../src/lib/engine/index.ts';
import { engineFileKey, engineFilePaths, municipalityOf } from '../src/lib/content/engineFiles.ts';
import { selectedPack } from '../src/lib/content/packs.ts';
import { loadEngineContent, loadTemplates } from './lib/engineContent.ts';
import { householdArb } from '../test/engine/arbitraries.ts';
import { TRANSLATED_LOCALES } from '../src/i18n/locales.ts';
import { ruleTextsOf } from './build/ruleTexts.ts';

const content = loadEngineContent();
const templates = loadTemplates('nl');
const RULES = content.rules;
const opts = { locale: 'nl' as const, templates, referenceDate: '2026-11-23' };

const N = 10_000;
const households = fc.sample(householdArb(false), { numRuns: N, seed: 1 });

// Warm up, then measure parse + evaluate of all rules per household.
for (const h of households.slice(0, 500)) evaluateAll(h, content, opts);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let likely = 0;
for (const h of households) {
  const p = parseHousehold(h);
  if (!p.ok) continue;
  for (const r of evaluateAll(p.household, content, opts).results) if (r.status === 'likely') likely++;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuPerHousehold = (cpu.user + cpu.system) / N;

// The browser's lazy chunk: the engine with the household parser (zod/mini), every content file
// the browser gets (virtual:engine-files: national + the pack), rules with their Dutch texts only.
const root = fileURLToPath(new URL('..', import.meta.url));
const pack = selectedPack(root);
const files = engineFilePaths(pack);
const entry = [
  `export { evaluateAll, dateIssue, referenceDateOf } from './src/lib/engine/index.ts';`,
  `import { collectContent } from './src/lib/engine/contentFiles.ts';`,
  ...files.map((f, i) => `import f${i} from ${JSON.stringify(f)} with { type: 'json' };`),
  `export const content = collectContent({ ${files.map((f, i) => `${JSON.stringify(engineFileKey(root, f))}: f${i}`).join(', ')} }, ${JSON.stringify(municipalityOf(pack.gemeente))});`,
].join('\n');
/** Minified and gzipped size of an entry as the browser loads it (esbuild bundle). */
const bundle = async (contents: string, opts: { withoutParser?: boolean } = {}) => {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    // The same stripping of notes and sources the site's Vite plugin does (src/lib/engine/browserContent.ts).
    plugins: [
      // The household parser (Zod, src/lib/engine/household.ts) is its own chunk in the site: counted apart.
      ...(opts.withoutParser
        ? [{ name: 'parser-apart', setup(b: import('esbuild').PluginBuild) { b.onResolve({ filter: /\/household\.ts$/ }, (a) => (a.importer.includes('/src/lib/engine/') ? { path: a.path, external: true } : undefined)); } }]
        : []),
      {
        name: 'engine-content-for-browser',
        setup(b) {
          b.onLoad({ filter: /\/content\/.*\.json$/ }, async (args) => {
            if (!isEngineContent(args.path)) return undefined;
            return { contents: JSON.stringify(browserContent(JSON.parse(readFileSync(args.path, 'utf8')), args.path)), loader: 'json' };
          });
        },
      },
    ],
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
const engineBundle = await bundle(entry, { withoutParser: true });
const parserBundle = await bundle(`export { parseHousehold } from './src/lib/engine/household.ts';`);
// As in the site, each language's reason templates and rule texts are their own chunks, loaded with the engine.
const ruleTextBundles = await Promise.all(TRANSLATED_LOCALES.map(async (l) => ({ l, ...(await bundle(`export default ${JSON.stringify(ruleTextsOf(l))};`)) })));
const largestRuleTexts = ruleTextBundles.reduce((a, b) => (b.gz > a.gz ? b : a));
const reasonsBundle = await bundle(`export { default as templates } from './src/i18n/nl/reasons.json' with { type: 'json' };`);
const gz = engineBundle.gz;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Households:            ${N} (generated, partly unknown), ${RULES.length} rules each`);
console.log(`Time:                  ${ms.toFixed(0)} ms wall clock (${((ms * 1000) / N).toFixed(1)} µs per household), ${cpuPerHousehold.toFixed(1)} µs CPU per household, all rules incl. the toeslag formulas`);
console.log(`Evaluations/second:    ${Math.round(N / (ms / 1000)).toLocaleString('en')} households  (${Math.round((N * RULES.length) / (ms / 1000)).toLocaleString('en')} rule evaluations)`);
console.log(`Likely results:        ${likely}`);
console.log(`Browser bundle:        ${kb(engineBundle.raw)} minified, ${kb(gz)} gzipped (engine + formulas + ${RULES.length} rules + ${content.normSets.length} norm sets + ${content.parameters.length} parameter files); apart, as in the site: the household parser (zod/mini) ${kb(parserBundle.gz)} and the Dutch reason templates ${kb(reasonsBundle.gz)} gzipped; all together ${kb(gz + parserBundle.gz + reasonsBundle.gz)}; another language adds its rule texts (largest: ${largestRuleTexts.l}, ${kb(largestRuleTexts.gz)} gzipped)`);
console.log(`Machine:               ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} (timings scale with load)`);
console.log(`Targets:               < 1 ms CPU per household: ${cpuPerHousehold < 1000 ? 'OK' : 'NOT MET'}; engine + rules + parameters < 25 KB gzipped: ${gz < 25 * 1024 ? 'OK' : 'NOT MET'}`);

// The toeslag formulas (src/lib/formulas) run inside the engine (facts zorgtoeslagPerYear, …): their time is
// in the figures above. Their own bundle, for reference:
const formulasOnly = await bundle(`export * from './src/lib/formulas/index.ts';`);
console.log(`Formulas bundle:       ${kb(formulasOnly.raw)} minified, ${kb(formulasOnly.gz)} gzipped (formulas only; the parameters are in the content above)`);
