/**
 * Offline after one visit (issue 15), with the service worker of the build (dist/sw.js):
 * an outreach stand or a library PC with a bad connection or none.
 */
import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from './support/pageTypes.ts';
import { group, journey, SINGLE_PARENT } from './check-helpers.ts';
import { writeServiceWorker } from '../scripts/build/serviceWorker.ts';
import { SITE } from './support/site.ts';

test.use({ serviceWorkers: 'allow' });

/** Resolves when the service worker has precached the site and controls the page. */
async function offlineCopyReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit to any page, every page, the check (results, print, share link) and search work offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/organisaties/');
  await offlineCopyReady(page);
  await context.setOffline(true);

  for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
    for (const url of [pt.nl, pt.en]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      expect(res?.fromServiceWorker(), url).toBe(true);
      await expect(page.locator('h1').first(), url).toBeVisible();
    }
  }
  // A page that does not exist: the site's own 404 page, not the browser's error.
  await page.goto('/bestaat-niet/');
  await expect(page.locator('h1')).toContainText('Deze pagina bestaat niet');

  // The check from the home page to the results: engine, rules and results data from the cache.
  await journey(page, SINGLE_PARENT);
  expect(await group(page, 'likely')).toContain('kindgebonden-budget');
  await expect(page.locator('.check-result').first()).toContainText(/\S/);

  // Print: the handover sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`Overdrachtsblad ${SITE.site.name}`)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Share link: opens the same results in a new tab, still offline.
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  const url = await page.getByRole('textbox', { name: 'Link naar uw uitkomst' }).inputValue();
  const likely = await group(page, 'likely');
  const tab = await context.newPage();
  await tab.goto(url);
  await expect(tab.getByTestId('check-results')).toBeVisible();
  expect(await group(tab, 'likely')).toEqual(likely);
  await tab.close();

  // Search, typed and from the header form (?q=).
  await page.goto('/zoeken/');
  await page.locator('#search-page-q').fill('huurtoeslag');
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', '/regelingen/huurtoeslag/');
  await page.goto('/');
  await page.getByRole('searchbox').first().fill('kwijtschelding');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=kwijtschelding/);
  await expect(page.locator('#search-page-results a').first()).toBeVisible();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

test('a new deployment is picked up on the next visit; on the check it is offered, answers kept', async ({ page }) => {
  test.setTimeout(180_000);
  // A copy of the site on its own server, so it can be "deployed" again.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hulpwijzer-deploy-'));
  cpSync(path.resolve(process.env.E2E_DIST ?? 'dist'), dir, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.ts', dir], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(() => fetch(`${base}/`).then((r) => r.status, () => 0)).toBe(200);
    await page.goto(`${base}/privacy/`);
    await offlineCopyReady(page);
    const oldTitle = await page.locator('h1').textContent();

    // Deploy: a changed page, and the worker made again over the new files.
    const file = path.join(dir, 'privacy', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1\b[^>]*>)([^<]*)/, '$1Nieuwe versie: $2'));
    await writeServiceWorker(dir);

    // The next visit still shows the old page from the cache, while the new worker installs
    // and takes over by itself (a content page has nothing left to load)...
    await page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('controllerchange', () => document.documentElement.setAttribute('data-sw-changed', ''));
    });
    await page.goto(`${base}/privacy/`);
    expect(await page.locator('h1').textContent()).toBe(oldTitle);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(page.locator('html')).toHaveAttribute('data-sw-changed', '', { timeout: 30_000 });
    await expect(page.locator('.site-update')).toHaveCount(0);
    // ...and the visit after that shows the new version.
    await page.goto(`${base}/privacy/`);
    await expect(page.locator('h1')).toContainText('Nieuwe versie: ');

    // On the check, a new version is offered rather than switched underneath.
    await page.goto(`${base}/check/`);
    await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
    const first = (await page.locator('#check-heading').textContent()) ?? '';
    await page.locator('form.check-form').getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.locator('form.check-form').getByRole('button').click();
    await expect(page.locator('#check-heading')).not.toHaveText(first);
    const question = await page.locator('#check-heading').textContent();
    writeFileSync(file, readFileSync(file, 'utf8').replace('Nieuwe versie: ', 'Derde versie: '));
    await writeServiceWorker(dir);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van deze website.' });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await notice.getByRole('button', { name: 'Laad de nieuwe versie' }).click();
    await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => loadedAt)).not.toBe(loadedAt);
    // The page reloaded on the new version, and the check kept its place and answers.
    await expect(page.locator('#check-heading')).toContainText(question ?? '');
    await expect(page.locator('.site-update')).toHaveCount(0);
    await page.goto(`${base}/privacy/`);
    await expect(page.locator('h1')).toContainText('Derde versie: ');
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
