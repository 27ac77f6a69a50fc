/**
 * Lighthouse (mobile) scores for the main pages: performance, accessibility, best practices,
 * SEO, and the audits that keep a score below 100. Prints figures; not a pass/fail test.
 *
 *   npm run bench:lighthouse                      (builds, serves dist/ production-like)
 *   npm run bench:lighthouse -- --url http://127.0.0.1:8080   (an already running server)
 *
 * Each page runs 3 times; the run with the median performance score is printed (the machine
 * is shared, so single runs are noisy). Uses Debian's Chromium (CHROME_PATH, default
 * /usr/bin/chromium) and runs offline.
 * The server is scripts/bench-server.ts: `npm run serve:nginx` when present, else nginx with gzip.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PAGE_TYPES } from '../e2e/support/pageTypes.ts';

const run = promisify(execFile);
const args = process.argv.slice(2);
const urlArg = args.includes('--url') ? args[args.indexOf('--url') + 1] : process.env.BENCH_URL;

const regeling = PAGE_TYPES.find((p) => p.name === 'regeling')!;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'regeling', path: regeling.nl },
  { name: 'check', path: '/check/' },
  { name: 'search', path: '/zoeken/' },
  { name: 'home (en)', path: '/en/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<{ base: string; proc: ChildProcess | null }> {
  if (urlArg) return { base: urlArg.replace(/\/$/, ''), proc: null };
  const port = await freePort();
  const proc = spawn(process.execPath, ['scripts/bench-server.ts'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${base}/`).then((r) => r.ok, () => false);
    if (ok) return { base, proc };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bench server did not start');
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
}

/** One run; a failed one (Lighthouse sometimes loses the trace on a busy machine) is retried once. */
async function lighthouse(url: string): Promise<Report> {
  return lighthouseOnce(url).catch((err: unknown) => {
    console.error(`[lighthouse] retrying ${url}: ${String(err).split('\n').find((l) => l.includes('Runtime error')) ?? 'failed'}`);
    return lighthouseOnce(url);
  });
}

async function lighthouseOnce(url: string): Promise<Report> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-home-'));
  const { stdout } = await run(
    path.resolve('node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      '--disable-full-page-screenshot',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', HOME: home }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

const { base, proc } = await startServer();
try {
  console.log(`[lighthouse] mobile, ${base}`);
  console.log(`${'page'.padEnd(12)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  const notes: string[] = [];
  for (const p of PAGES) {
    const runs = [await lighthouse(base + p.path), await lighthouse(base + p.path), await lighthouse(base + p.path)];
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const r = runs[1]!;
    const scores = CATEGORIES.map((c) => Math.round((r.categories[c]?.score ?? 0) * 100));
    console.log(`${p.name.padEnd(12)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const c of CATEGORIES) {
      for (const ref of r.categories[c]?.auditRefs ?? []) {
        const a = r.audits[ref.id];
        if (!a || a.score === null || a.score >= 1 || a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual') continue;
        if (c === 'performance' && ref.weight === 0) continue;
        notes.push(`  ${p.name} › ${c} › ${ref.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [score ${a.score}]`);
      }
    }
  }
  if (notes.length) console.log(`\nbelow 100 because of:\n${notes.join('\n')}`);
} finally {
  if (proc?.pid) process.kill(-proc.pid, 'SIGTERM');
}
