/**
 * Wijk finder (src/components/wijkfinder/WijkFinder.astro) on the home page and the wijken page.
 * Every wijk in content/wijken must be reachable from the finder and lead to its wijk page.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIJKEN = readdirSync(path.join('content', 'wijken')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const PAGES = [
  { url: '/', wijkBase: '/wijken/' },
  { url: '/wijken/', wijkBase: '/wijken/' },
  { url: '/en/', wijkBase: '/en/neighbourhoods/' },
  { url: '/en/neighbourhoods/', wijkBase: '/en/neighbourhoods/' },
];

async function finderOrSkip(page: Page, url: string) {
  await page.goto(url);
  const finder = page.locator('[data-wijkfinder]');
  test.skip((await finder.count()) === 0, `WijkFinder is not (yet) placed on ${url}`);
  return finder;
}

for (const p of PAGES) {
  test(`wijk finder on ${p.url} links every wijk to its page`, async ({ page }) => {
    const finder = await finderOrSkip(page, p.url);
    const hrefs = await finder.locator('.wijkfinder__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(WIJKEN.map((id) => `${p.wijkBase}${id}/`).sort());
    // Every link leads to a wijk page that names the wijkteam (done criterion of issue 7).
    for (const href of hrefs) {
      const res = await page.request.get(href as string);
      expect(res.status(), href as string).toBe(200);
      expect(await res.text(), href as string).toMatch(/wijkteam|neighbourhood team/i);
    }
    const results = await new AxeBuilder({ page }).withTags(WCAG).include('[data-wijkfinder]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('typing a wijk name (if the filter is on) filters the list and the link leads to the wijk page with wijkteam and informatiepunt', async ({ page }) => {
  const finder = await finderOrSkip(page, '/wijken/');
  const first = WIJKEN[0] as string;
  const name = (await finder.locator(`.wijkfinder__link[href="/wijken/${first}/"]`).textContent())?.trim() ?? '';
  const input = finder.getByRole('searchbox');
  test.skip((await input.count()) === 0, 'the filter is switched off on this page (filter={false})');
  await expect(input).toBeVisible();
  await input.fill(name.toUpperCase());
  await expect(finder.locator(`.wijkfinder__link[href="/wijken/${first}/"]`)).toBeVisible();
  await expect(finder.getByRole('status')).not.toBeEmpty();
  await finder.locator(`.wijkfinder__link[href="/wijken/${first}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`/wijken/${first}/$`));
  await expect(page.locator('main')).toContainText(/wijkteam/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the finder is a plain grouped list of links, with no filter box', async ({ page }) => {
    const finder = await finderOrSkip(page, '/wijken/');
    await expect(finder.locator('.wijkfinder__gebied').first()).toBeVisible();
    await expect(finder.getByRole('searchbox')).toHaveCount(0);
    await finder.locator('.wijkfinder__link').first().click();
    await expect(page).toHaveURL(/\/wijken\/[a-z0-9-]+\/$/);
  });
});
