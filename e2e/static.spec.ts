/**
 * Checks on the built files in dist/: links, assets, JavaScript on content pages,
 * and (in the browser) that no request goes to another host.
 */
import { test, expect } from './fixtures.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/i18n/locales.ts';
import { route } from '../src/utils/routes.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** Pages that are allowed to load their own JavaScript: the interactive check and the search page, in every language. */
const INTERACTIVE = LOCALES.flatMap((l) => [route(l, 'check'), route(l, 'zoeken')]);
const isInteractive = (url: string) => INTERACTIVE.some((prefix) => url.startsWith(prefix));
const urlOf = (file: string) => '/' + path.relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/');

function resolvesInDist(ref: string): boolean {
  const clean = decodeURIComponent(ref.split('#')[0]!.split('?')[0]!);
  if (clean === '') return true;
  const target = path.join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(path.join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile() || existsSync(path.join(target, 'index.html'));
}

test('every internal link and asset in dist/ resolves to a file', () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const ref = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|#|data:)/.test(ref)) continue;
      const abs = ref.startsWith('/') ? ref : new URL(ref, `http://x${urlOf(file)}`).pathname;
      if (!resolvesInDist(abs)) broken.push(`${urlOf(file)} → ${ref}`);
    }
  }
  expect(broken).toEqual([]);
});

/** The one module every page may load (src/scripts/site.ts: service worker, read aloud). */
const SITE_MODULE = /^<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>$/;

test('content pages ship one deferred module of at most 2 KB gzipped, and no other JavaScript (JSON-LD aside)', () => {
  const offenders: string[] = [];
  const modules = new Set<string>();
  let checked = 0;
  for (const file of htmlFiles()) {
    const url = urlOf(file);
    if (isInteractive(url)) continue;
    checked++;
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
    const site = scripts.map((m) => SITE_MODULE.exec(m[0])?.[1]);
    if (scripts.length !== 1 || !site[0]) offenders.push(`${url}: ${scripts.length} script(s), ${scripts.map((m) => m[0].slice(0, 60)).join(' | ')}`);
    else modules.add(site[0]);
    if (/<link[^>]+rel="modulepreload"/.test(html)) offenders.push(`${url}: modulepreload`);
    if (/\son[a-z]+="/.test(html)) offenders.push(`${url}: inline event handler`);
  }
  expect(checked).toBeGreaterThan(100);
  expect(offenders).toEqual([]);
  // The same file everywhere (cached once), self-contained (module scripts are deferred), small.
  expect([...modules]).toHaveLength(1);
  const code = readFileSync(path.join(DIST, [...modules][0]!), 'utf8');
  expect(code).not.toMatch(/\bimport\s*[\w{*"'(]/);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`[size] site module: ${code.length} bytes, ${gz} bytes gzipped`);
  expect(gz).toBeLessThanOrEqual(2048);
});

test('no page loads anything from another host, and content pages request only the site module', async ({ page }) => {
  const foreign: string[] = [];
  const scripts: string[] = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:') foreign.push(req.url());
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  for (const pt of PAGE_TYPES) {
    await page.goto(pt.nl);
    await page.goto(pt.en);
  }
  await page.goto('/bestaat-niet/');
  expect(foreign).toEqual([]);
  const siteModule = SITE_MODULE.exec(/<script type="module"[^>]*><\/script>/.exec(readFileSync(path.join(DIST, 'index.html'), 'utf8'))?.[0] ?? '')?.[1];
  expect(siteModule).toBeTruthy();
  expect([...new Set(scripts.map((u) => new URL(u).pathname))]).toEqual([siteModule]);
});

test('only the 404 page keeps search engines out; every other page, the search page included, has a canonical URL without a query', () => {
  const blocked: string[] = [];
  const badCanonical: string[] = [];
  for (const file of htmlFiles()) {
    const url = urlOf(file);
    const html = readFileSync(file, 'utf8');
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    if (url === '/404.html') {
      expect(noindex, '404 is noindex').toBe(true);
      continue;
    }
    if (noindex) blocked.push(url);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (!canonical || canonical.includes('?') || !canonical.startsWith('https://')) badCanonical.push(`${url} → ${canonical}`);
  }
  expect(blocked).toEqual([]);
  expect(badCanonical).toEqual([]);
});
