/**
 * Response headers of real nginx with the shipped deploy/nginx.conf: the security headers of
 * deploy/headers.ts on every kind of response, caching, compression, no directory listing, no
 * HSTS over plain HTTP, no redirect to another host, and no framing by another site.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures.ts';
import type { Page } from '@playwright/test';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../deploy/headers.ts';
import { OFFSITE_PATHS } from '../../test/security/offsite-paths.ts';
import { rawGet, staysOnSite } from '../../test/security/raw-http.ts';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from '../support/pageTypes.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const port = (baseURL: string | undefined) => Number(new URL(baseURL!).port);
const asset = (pattern: RegExp) => {
  const f = readdirSync(path.join(DIST, '_astro')).find((n) => pattern.test(n));
  if (!f) throw new Error(`no ${pattern} in ${DIST}/_astro`);
  return `/_astro/${f}`;
};
const brotli = existsSync('/etc/nginx/modules-enabled') && readdirSync('/etc/nginx/modules-enabled').some((m) => m.includes('brotli-static'));

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, where: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} on ${where}`).toBe(value);
  }
  expect(headers['strict-transport-security'], `no HSTS over plain HTTP (${where})`).toBeUndefined();
  expect(String(headers.server ?? ''), 'no nginx version').not.toMatch(/\d/);
}

test('every page type, the 404 page, a redirect, assets and data carry the security headers', async ({ baseURL }) => {
  const p = port(baseURL);
  const pages = [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES].flatMap((pt) => [pt.nl, pt.en]);
  for (const url of pages) {
    const r = await rawGet(p, url);
    expect(r.status, url).toBe(200);
    expect(r.headers['content-type'], url).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control'], url).toBe(CACHE_REVALIDATE);
    expectSecurityHeaders(r.headers, url);
  }
  const missing = await rawGet(p, '/bestaat-niet/');
  expect(missing.status).toBe(404);
  expect(missing.body).toContain('<h1');
  expectSecurityHeaders(missing.headers, '404');
  const redirect = await rawGet(p, '/check');
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe('/check/');
  expectSecurityHeaders(redirect.headers, '301');
  for (const url of [asset(/^CheckIsland\..*\.js$/), asset(/\.css$/)]) {
    const r = await rawGet(p, url);
    expect(r.status, url).toBe(200);
    expect(r.headers['cache-control'], url).toBe(CACHE_IMMUTABLE);
    expectSecurityHeaders(r.headers, url);
  }
  for (const url of ['/search-index/nl.json', '/favicon.svg', '/robots.txt']) {
    const r = await rawGet(p, url);
    expect(r.status, url).toBe(200);
    expect(r.headers['cache-control'], url).toBe(CACHE_REVALIDATE);
    expectSecurityHeaders(r.headers, url);
  }
  const post = await rawGet(p, '/', {}, 'POST');
  expect(post.status).toBe(405);
  expectSecurityHeaders(post.headers, '405');
});

test('precompressed files: gzip always, brotli where the Debian module is installed', async ({ baseURL }) => {
  const p = port(baseURL);
  const js = asset(/^CheckIsland\..*\.js$/);
  for (const url of ['/check/', js, '/search-index/nl.json']) {
    const gz = await rawGet(p, url, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding'], url).toBe('gzip');
    expect(gz.headers.vary, url).toContain('Accept-Encoding');
    const br = await rawGet(p, url, { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers['content-encoding'], `${url} (brotli module ${brotli ? 'installed' : 'not installed'})`).toBe(brotli ? 'br' : 'gzip');
    const plain = await rawGet(p, url);
    expect(plain.headers['content-encoding'], url).toBeUndefined();
  }
});

test('no directory listing, no hidden or header files, and no redirect to another host', async ({ baseURL }) => {
  const p = port(baseURL);
  for (const url of ['/_astro/', '/search-index/', '/_headers', '/.git/config', '/404.html', '/check/index.html.gz/']) {
    const r = await rawGet(p, url);
    // 403 for a folder without index.html (autoindex off), 404 for the rest.
    expect([403, 404], url).toContain(r.status);
    expect(r.body, url).not.toMatch(/Index of|<pre>/);
  }
  for (const url of OFFSITE_PATHS) {
    const r = await rawGet(p, url);
    expect(r.status, url).toBeLessThan(500);
    expect(staysOnSite(r.headers.location as string | undefined, p), `${url} → ${r.headers.location}`).toBe(true);
  }
});

test('another site cannot frame the pages (frame-ancestors, X-Frame-Options)', async ({ page, baseURL }) => {
  const framer = 'http://framer.example/';
  await page.route(framer, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>framer</title><iframe id="f" src="${baseURL}/check/"></iframe><iframe id="g" src="${baseURL}/"></iframe>` }),
  );
  await page.goto(framer);
  for (const id of ['f', 'g']) {
    // Chromium replaces a refused frame with its error page: none of the site's content is there.
    const frame = async () => (await page.locator(`#${id}`).elementHandle())?.contentFrame();
    await expect.poll(async () => (await frame())?.url(), { message: `frame #${id}` }).toMatch(/^chrome-error:/);
    await expect(page.locator(`#${id}`).contentFrame().locator('main')).toHaveCount(0);
  }
  // The page itself still loads normally.
  await page.goto('/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
});
