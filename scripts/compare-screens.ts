/**
 * Pixel-exact comparison of two builds: screenshots of every page type at 360 and 1280 px,
 * in normal, print and forced-colors modes, and the check's question and result screens.
 * Prints one line per screenshot (equal / different) and exits 1 when any differs.
 *
 *   npm run compare:screens                      (after = a fresh build in dist/, before = main)
 *   npm run compare:screens -- --before <git ref | folder with a built site> [--after dist]
 *
 * A git ref is exported to node_modules/.cache/compare-screens/<commit>, installed (npm ci)
 * and built once; later runs reuse it. Differing screenshots are written (before, after and a
 * diff) to node_modules/.cache/compare-screens/out/ for a look; nothing is committed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from '../e2e/support/pageTypes.ts';
import { journey, SINGLE_PARENT } from '../e2e/check-helpers.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const CACHE = path.resolve('node_modules/.cache/compare-screens');
const OUT = path.join(CACHE, 'out');

/** A folder with a built site, or a git ref to export, install and build. */
function siteFolder(spec: string): string {
  if (existsSync(path.join(spec, 'index.html'))) return path.resolve(spec);
  const sha = execFileSync('git', ['rev-parse', '--verify', `${spec}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = path.join(CACHE, sha);
  const dist = path.join(dir, 'dist');
  if (existsSync(path.join(dist, 'index.html'))) return dist;
  console.log(`[compare] building ${spec} (${sha.slice(0, 10)}) in ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { stdio: 'inherit' });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  return dist;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function serve(folder: string): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['scripts/serve.ts', folder], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, proc };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`server for ${folder} did not start`);
}

interface Shot {
  name: string;
  /** Brings the page into the state to photograph. */
  open: (page: Page, base: string) => Promise<void>;
}

const goto = (p: string) => async (page: Page, base: string) => {
  await page.goto(base + p, { waitUntil: 'load' });
  // Hydrated islands: data-hydrated (src/components/island), or Astro's islands without "ssr".
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr], [data-island]:not([data-hydrated])'));
};

const SHOTS: Shot[] = [
  ...PAGE_TYPES.map((t) => ({ name: t.name, open: goto(t.nl) })),
  { name: 'home (en)', open: goto(PAGE_TYPES[0]!.en) },
  ...INTERACTIVE_PAGE_TYPES.map((t) => ({ name: t.name, open: goto(t.nl) })),
  { name: '404', open: goto('/bestaat-niet/') },
  {
    name: 'check question',
    open: async (page, base) => {
      await goto('/check/')(page, base);
      await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
      await expect(page.locator('form.check-form')).toBeVisible();
    },
  },
  {
    name: 'check results',
    open: async (page, base) => {
      await journey(page, SINGLE_PARENT, { home: `${base}/` });
      // Every group rendered (builds before data-complete existed: the two frames in shoot()).
      await page.waitForFunction(() => document.querySelector('[data-testid="check-results"]')?.getAttribute('data-complete') !== 'false');
    },
  },
];

const WIDTHS = [360, 1280];
const MODES = ['normal', 'print', 'forced-colors'] as const;
type Mode = (typeof MODES)[number];

async function shoot(browser: Browser, base: string, shot: Shot, width: number, mode: Mode): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', reducedMotion: 'reduce', serviceWorkers: 'block' });
  // Pin the clock: the printed sheet carries today's date.
  await context.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
  const page = await context.newPage();
  try {
    await shot.open(page, base);
    await page.emulateMedia({ media: mode === 'print' ? 'print' : 'screen', forcedColors: mode === 'forced-colors' ? 'active' : 'none' });
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
}

/** Decodes both PNGs in the browser and counts the pixels that differ; writes a diff image. */
async function pixelDiff(page: Page, a: Buffer, b: Buffer): Promise<{ differing: number; size: string; diff: Buffer | null }> {
  const r = await page.evaluate(
    async ([a64, b64]) => {
      const load = async (s: string) => createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
      const [ia, ib] = await Promise.all([load(a64!), load(b64!)]);
      if (ia.width !== ib.width || ia.height !== ib.height) return { differing: -1, size: `${ia.width}×${ia.height} vs ${ib.width}×${ib.height}`, diff: null };
      const c = new OffscreenCanvas(ia.width, ia.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(ia, 0, 0);
      const da = ctx.getImageData(0, 0, ia.width, ia.height);
      ctx.clearRect(0, 0, ia.width, ia.height);
      ctx.drawImage(ib, 0, 0);
      const db = ctx.getImageData(0, 0, ia.width, ia.height);
      let differing = 0;
      const out = new ImageData(ia.width, ia.height);
      for (let i = 0; i < da.data.length; i += 4) {
        const same = da.data[i] === db.data[i] && da.data[i + 1] === db.data[i + 1] && da.data[i + 2] === db.data[i + 2] && da.data[i + 3] === db.data[i + 3];
        if (!same) differing++;
        out.data[i] = same ? da.data[i]! / 3 + 170 : 255;
        out.data[i + 1] = same ? da.data[i + 1]! / 3 + 170 : 0;
        out.data[i + 2] = same ? da.data[i + 2]! / 3 + 170 : 0;
        out.data[i + 3] = 255;
      }
      ctx.putImageData(out, 0, 0);
      const blob = await c.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let bin = '';
      for (const x of bytes) bin += String.fromCharCode(x);
      return { differing, size: `${ia.width}×${ia.height}`, diff: differing ? btoa(bin) : null };
    },
    [a.toString('base64'), b.toString('base64')],
  );
  return { differing: r.differing, size: r.size, diff: r.diff ? Buffer.from(r.diff, 'base64') : null };
}

async function main() {
  const before = siteFolder(opt('before', 'main'));
  const after = siteFolder(opt('after', 'dist'));
  console.log(`[compare] before: ${before}\n[compare] after:  ${after}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const [sa, sb] = await Promise.all([serve(before), serve(after)]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none', '--disable-lcd-text'],
  });
  const scratch = await browser.newPage();
  let equal = 0;
  const different: string[] = [];
  try {
    for (const shot of SHOTS) {
      for (const width of WIDTHS) {
        for (const mode of MODES) {
          const label = `${shot.name} @${width} ${mode}`;
          const [a, b] = [await shoot(browser, sa.url, shot, width, mode), await shoot(browser, sb.url, shot, width, mode)];
          if (a.equals(b)) {
            equal++;
            console.log(`equal      ${label}`);
            continue;
          }
          const d = await pixelDiff(scratch, a, b);
          if (d.differing === 0) {
            equal++;
            console.log(`equal      ${label} (same pixels, other PNG bytes)`);
            continue;
          }
          different.push(label);
          const file = label.replace(/[^a-z0-9@-]+/gi, '_');
          writeFileSync(path.join(OUT, `${file}.before.png`), a);
          writeFileSync(path.join(OUT, `${file}.after.png`), b);
          if (d.diff) writeFileSync(path.join(OUT, `${file}.diff.png`), d.diff);
          console.log(`DIFFERENT  ${label}: ${d.differing < 0 ? `size ${d.size}` : `${d.differing} pixels of ${d.size}`} (see ${path.relative('.', OUT)}/${file}.*.png)`);
        }
      }
    }
  } finally {
    await browser.close();
    sa.proc.kill();
    sb.proc.kill();
  }
  console.log(`\n[compare] ${equal} equal, ${different.length} different`);
  process.exitCode = different.length ? 1 : 0;
}

await main();
