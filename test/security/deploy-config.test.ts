/**
 * One source of header truth (issue 14 §3): deploy/nginx.conf, deploy/nginx-brotli.conf and
 * public/_headers are exactly what deploy/headers.ts gives, and the policy is strict.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, SECURITY_HEADERS, cacheControl, responseHeaders } from '../../deploy/headers.ts';
import { renderDeployFiles } from '../../deploy/render.ts';

test('the committed hosting files are generated from deploy/headers.ts (run npm run deploy:config)', () => {
  for (const [file, text] of Object.entries(renderDeployFiles())) {
    assert.equal(readFileSync(file, 'utf8'), text, `${file} is out of date: run npm run deploy:config`);
  }
});

test('the CSP is strict: self only, no inline, no eval, no other hosts, no framing', () => {
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-|\*|https?:|data:|blob:|nonce-|sha\d+-/);
  for (const d of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src', 'font-src', 'worker-src', 'manifest-src', 'base-uri', 'form-action']) {
    assert.deepEqual(CSP_DIRECTIVES[d], ["'self'"], d);
  }
  for (const d of ['object-src', 'frame-ancestors', 'frame-src']) assert.deepEqual(CSP_DIRECTIVES[d], ["'none'"], d);
});

test('every security header appears, with the same value, in nginx.conf (every block) and _headers', () => {
  const files = renderDeployFiles();
  const nginx = files['deploy/nginx.conf']!;
  // The server block plus every location that serves content (the others only return 404).
  const blocks = 1 + nginx.split(/\n    location /).slice(1).filter((b) => !/^[^{]*\{\s*return 404;/.test(b)).length;
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    const line = `add_header ${name} "${value}" always;`;
    assert.equal(nginx.split(line).length - 1, blocks, `${name}: once at server level and once in each location`);
    assert.ok(files['public/_headers']!.includes(`  ${name}: ${value}\n`), `${name} in _headers`);
  }
  assert.match(nginx, /absolute_redirect off;/);
  assert.match(nginx, /autoindex off;/);
  assert.match(nginx, /gzip_static on;/);
  assert.match(nginx, /error_page 404 \/404\.html;/);
});

test('caching: hashed assets for a year, everything else revalidated; HSTS only over https', () => {
  assert.equal(cacheControl('/_astro/CheckApp.abc123.js'), 'public, max-age=31536000, immutable');
  assert.equal(cacheControl('/check/'), 'no-cache');
  assert.equal(cacheControl('/search-index/nl.json'), 'no-cache');
  assert.equal(responseHeaders('/')['Strict-Transport-Security'], undefined);
  assert.match(responseHeaders('/', { https: true })['Strict-Transport-Security']!, /^max-age=31536000/);
});
