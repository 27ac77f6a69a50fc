/**
 * `npm start`'s server (scripts/serve.ts, issue 14 §5): the same headers as production from
 * deploy/headers.ts, and never a redirect to another host (`//host`, `/\host`, encoded variants).
 * Runs against a small folder made here, so it needs no build.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../deploy/headers.ts';
import { OFFSITE_PATHS } from './offsite-paths.ts';
import { rawGet, staysOnSite } from './raw-http.ts';
import { startServe } from './serve-process.ts';

let dir = '';
let server: { port: number; stop: () => Promise<void> };

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hulpwijzer-serve-'));
  for (const d of ['check', 'en/check', '_astro', 'evil.example', 'evil.example/check']) await mkdir(path.join(dir, d), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><h1>home</h1>');
  await writeFile(path.join(dir, '404.html'), '<!doctype html><h1>niet gevonden</h1>');
  for (const d of ['check', 'en/check', 'evil.example', 'evil.example/check']) await writeFile(path.join(dir, d, 'index.html'), `<!doctype html><h1>${d}</h1>`);
  await writeFile(path.join(dir, '_astro', 'app.abc.js'), 'export {}');
  await writeFile(path.join(dir, '_headers'), '/*\n  X: y\n');
  await writeFile(path.join(dir, 'index.html.gz'), 'x');
  server = await startServe(dir);
});
after(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const expectSecurity = (h: Record<string, string | string[] | undefined>, where: string) => {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) assert.equal(h[k.toLowerCase()], v, `${k} on ${where}`);
  assert.equal(h['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
};

test('pages, assets, redirects, 404 and 405 carry the security headers of deploy/headers.ts', async () => {
  const page = await rawGet(server.port, '/check/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], CACHE_REVALIDATE);
  expectSecurity(page.headers, 'page');
  const asset = await rawGet(server.port, '/_astro/app.abc.js');
  assert.equal(asset.headers['cache-control'], CACHE_IMMUTABLE);
  expectSecurity(asset.headers, 'asset');
  const redirect = await rawGet(server.port, '/check?x=1');
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, '/check/?x=1');
  expectSecurity(redirect.headers, 'redirect');
  const missing = await rawGet(server.port, '/bestaat-niet/');
  assert.equal(missing.status, 404);
  assert.match(missing.body, /niet gevonden/);
  expectSecurity(missing.headers, '404');
  const post = await rawGet(server.port, '/', {}, 'POST');
  assert.equal(post.status, 405);
  expectSecurity(post.headers, '405');
});

test('never a redirect to another host, even when a folder of that name exists', async () => {
  for (const p of OFFSITE_PATHS) {
    const r = await rawGet(server.port, p);
    assert.ok(r.status < 500, `${p}: ${r.status}`);
    assert.ok(staysOnSite(r.headers.location as string | undefined, server.port), `${p} → Location: ${r.headers.location}`);
    if (r.headers.location) assert.match(String(r.headers.location), /^\/(?![/\\])/, `${p}: Location is a path on this server`);
  }
  // "//evil.example" names the folder dist/evil.example, but the redirect is to the path, not the host.
  const r = await rawGet(server.port, '//evil.example');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/evil.example/');
});

test('no file outside the folder, no header file, no precompressed copies', async () => {
  for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/_headers', '/index.html.gz', '/check/%00']) {
    const r = await rawGet(server.port, p);
    assert.equal(r.status, 404, p);
    assert.match(r.body, /niet gevonden/, p);
  }
});
