/**
 * Size budget of the check (issue 6 §8): the gzipped JavaScript the page loads before the
 * user starts is at most 40 KB, and the engine and rules are not part of it.
 * Speed (time to results) is measured by `npm run bench:check`, which prints figures.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

test.describe.configure({ mode: 'serial' });

const DIST = process.env.E2E_DIST ?? 'dist';

async function jsBeforeStart(page: Page, path: string): Promise<{ kb: number; files: string[] }> {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(path);
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const s of new Set(scripts)) {
    const file = join(DIST, s);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file)).length;
  }
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) bytes += gzipSync(m[1] ?? '').length;
  return { kb: bytes / 1024, files: [...new Set(scripts)] };
}

for (const path of ['/check/', '/en/check/', '/check/snel/']) {
  test(`JavaScript before the user starts on ${path} is at most 40 KB gzipped`, async ({ page }) => {
    const { kb, files } = await jsBeforeStart(page, path);
    console.log(`[size] ${path}: ${kb.toFixed(1)} KB gzipped JS before start (${files.length} files)`);
    expect(files.some((f) => /engine|rulesData/.test(f)), 'engine and rules load later').toBe(false);
    expect(kb).toBeLessThanOrEqual(40);
  });
}
