/**
 * Inert content (issue 14 §1): the site built from a copy of content/ with `</script><script>…`,
 * `<img src=x onerror=…>`, `<svg onload=…>`, `<!--` and both quotes in every text field
 * (test/security/hostile-content.ts). The CSP is switched off in this browser (bypassCSP), so
 * these tests prove the escaping itself: nothing runs, no element is injected, and every JSON-LD
 * block and island data block parses back to exactly the text of the content.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { HOSTILE, buildHostileSite, type HostileSite } from '../test/security/hostile-content.ts';
import { startServe } from '../test/security/serve-process.ts';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from './support/pageTypes.ts';

test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ bypassCSP: true });

let site: HostileSite;
let server: { port: number; stop: () => Promise<void> };
let base = '';

test.beforeAll(async () => {
  // Copy, validate and build: about 10 to 60 seconds depending on the machine's load.
  test.setTimeout(300_000);
  site = await buildHostileSite();
  server = await startServe(site.dist);
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(async () => {
  await server?.stop();
  await site?.cleanup();
});

function htmlUrls(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((f) => {
    const p = path.join(rel, f);
    if (statSync(path.join(dir, p)).isDirectory()) return htmlUrls(dir, p);
    return f === 'index.html' ? [`/${path.dirname(p) === '.' ? '' : `${path.dirname(p)}/`}`] : [];
  });
}

/** Fails the test on anything that ran: page errors, dialogs, or the marker the payload sets. */
function watch(page: Page): string[] {
  const ran: string[] = [];
  page.on('pageerror', (e) => ran.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return ran;
}
const marker = (page: Page) => page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile);

test('every text field of every collection carries the payload, and the copy passed the validator', () => {
  // Schema-accepted text fields per collection (ids, enums, dates and URLs keep their value).
  expect(site.fields.regelingen).toBeGreaterThan(500);
  expect(site.fields.organisaties).toBeGreaterThan(200);
  expect(site.fields.wijken).toBeGreaterThan(200);
  expect(site.fields.paginas).toBeGreaterThan(50);
  const r = site.entries.regelingen.huurtoeslag!;
  for (const field of [r.title, r.summary, r.owner, (r.sections as Record<string, string>).watIsHet]) expect(String(field).endsWith(HOSTILE)).toBe(true);
});

test('no built page has an injected script, element or event handler; every JSON-LD block parses back to the content', async ({ page }) => {
  const urls = htmlUrls(site.dist);
  expect(urls.length).toBeGreaterThan(100);
  await page.goto(`${base}/robots.txt`);
  const report = await page.evaluate(async (list) => {
    const problems: string[] = [];
    const jsonLd: { url: string; name: string; description: string }[] = [];
    let islands = 0;
    for (const url of list) {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      for (const s of doc.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        if (s.hasAttribute('src')) {
          if (type !== 'module' || !/^\/_astro\/[\w.-]+\.js$/.test(s.getAttribute('src') ?? '')) problems.push(`${url}: script src ${s.getAttribute('src')}`);
          continue;
        }
        if (type === 'application/ld+json' || type === 'application/json') {
          try {
            const v = JSON.parse(s.textContent ?? '') as { name?: string; description?: string };
            if (type === 'application/ld+json') jsonLd.push({ url, name: v.name ?? '', description: v.description ?? '' });
            else islands++;
          } catch {
            problems.push(`${url}: ${type} block does not parse`);
          }
          continue;
        }
        problems.push(`${url}: inline script "${(s.textContent ?? '').slice(0, 60)}"`);
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) if (/^on/i.test(a)) problems.push(`${url}: <${el.localName} ${a}>`);
      }
      if (doc.querySelector('img[src="x"], svg[onload], style')) problems.push(`${url}: injected <img>, <svg> or <style>`);
    }
    return { problems, jsonLd, islands };
  }, urls);
  expect(report.problems).toEqual([]);
  expect(report.islands, 'island data blocks on the check and search pages').toBeGreaterThanOrEqual(6);
  const active = Object.values(site.entries.regelingen).length;
  expect(report.jsonLd.length).toBeGreaterThanOrEqual(active);
  for (const ld of report.jsonLd) {
    expect(ld.name.endsWith(HOSTILE), ld.url).toBe(true);
    expect(ld.description.endsWith(HOSTILE), ld.url).toBe(true);
    const m = /^\/regelingen\/([^/]+)\/$/.exec(ld.url);
    if (m) {
      expect(ld.name, ld.url).toBe(site.entries.regelingen[m[1]!]!.title);
      expect(ld.description, ld.url).toBe(site.entries.regelingen[m[1]!]!.summary);
    }
  }
});

test('in Chromium nothing runs on any page type in either language', async ({ page }) => {
  const ran = watch(page);
  for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
    for (const url of [pt.nl, pt.en]) {
      await page.goto(`${base}${url}`);
      await expect(page.locator('main h1').first(), url).toBeVisible();
      expect(await marker(page), url).toBeUndefined();
      await expect(page.locator('img[src="x"], svg[onload]'), url).toHaveCount(0);
    }
  }
  // The regeling page shows the text as text, and its JSON-LD parses in the page.
  await page.goto(`${base}/regelingen/huurtoeslag/`);
  const title = site.entries.regelingen.huurtoeslag!.title as string;
  await expect(page.locator('main h1')).toHaveText(title);
  const ld = await page.locator('script[type="application/ld+json"]').textContent();
  expect((JSON.parse(ld ?? '') as { name: string }).name).toBe(title);
  expect(ran).toEqual([]);
});

test('the check and search islands hydrate with the hostile text and show it as text', async ({ page }) => {
  const ran = watch(page);
  const title = site.entries.regelingen.huurtoeslag!.title as string;
  await page.goto(`${base}/check/#c1&woonplaats=gemeente&situatie=alleen&leeftijd=40&inkomstenbron=bijstand&inkomen=1000&vermogen=0&wonen=rent&huur=600&jarenLaag=5plus&situaties=huisdier`);
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.locator('[data-result-id="huurtoeslag"]').first()).toContainText(title);
  await page.goto(`${base}/check/snel/`);
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.locator('form.check-form').getByRole('radio', { name: 'Ja', exact: true }).first().check();
  const wijk = site.entries.wijken[Object.keys(site.entries.wijken)[0]!]!.name as string;
  await page.locator('form.check-form select').first().selectOption({ label: wijk.trim() });
  await page.goto(`${base}/zoeken/`);
  await page.locator('#search-page-q').fill('huurtoeslag');
  await expect(page.locator('#search-page-results a').first()).toContainText('</script><script>');
  expect(await marker(page)).toBeUndefined();
  expect(ran).toEqual([]);
});
