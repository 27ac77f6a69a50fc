/**
 * Strict CSP needs it (issue 14 §4): no built page has an inline script, an inline style, a style
 * attribute, an event-handler attribute or a javascript: link. Data blocks (JSON-LD, island props)
 * are not scripts and stay. Checked on the files in dist/; e2e/nginx/ checks the pages in Chromium.
 */
import { test, expect } from './fixtures.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(process.env.E2E_DIST ?? 'dist');
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });

test('no page has an inline script or style, a style or on… attribute, or a javascript: link', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const file of files) {
    const rel = path.relative(DIST, file);
    // Attribute values cannot hold a raw `"` (Astro escapes it), so tags can be read one by one.
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
      const attrs = m[1]!;
      const data = /\stype="application\/(ld\+)?json"/.test(attrs);
      const external = /\ssrc="\/_astro\/[\w.-]+\.js"/.test(attrs) && /\stype="module"/.test(attrs);
      if (!data && !external) offenders.push(`${rel}: <script${attrs}>`);
    }
    if (/<style\b/i.test(html)) offenders.push(`${rel}: <style>`);
    for (const m of html.matchAll(/<[a-z][\w-]*\s[^>]*?\s(style|on[a-z]+)=/gi)) offenders.push(`${rel}: ${m[1]}= attribute`);
    if (/\s(href|src|action)="\s*javascript:/i.test(html)) offenders.push(`${rel}: javascript: link`);
  }
  expect(offenders).toEqual([]);
});
