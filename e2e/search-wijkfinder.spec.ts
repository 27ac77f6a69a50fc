/**
 * Wijk finder: the grouped list on the wijken page (no JavaScript), and finding a wijk
 * by typing its name or a buurt from the home page (a plain form to the search page).
 * Every wijk of the site (the pack's wijken) must be reachable and lead to its wijk page.
 */
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/pageTypes.ts';
import { ids } from './support/site.ts';
import { ui } from './support/strings.ts';

const WIJKEN = ids('wijken');
const PAGES = [
  { url: '/wijken/', wijkBase: '/wijken/', team: /wijkteam/i },
  { url: '/en/neighbourhoods/', wijkBase: '/en/neighbourhoods/', team: /neighbourhood team/i },
];

for (const p of PAGES) {
  test(`wijk finder on ${p.url} links every wijk to its page, which names the wijkteam`, async ({ page }) => {
    await page.goto(p.url);
    const finder = page.locator('[data-wijkfinder]');
    await expect(finder).toHaveCount(1);
    const hrefs = await finder.locator('.wijkfinder__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...hrefs].sort()).toEqual(WIJKEN.map((id) => `${p.wijkBase}${id}/`).sort());
    for (const href of hrefs) {
      const res = await page.request.get(href as string);
      expect(res.status(), href as string).toBe(200);
      expect(await res.text(), href as string).toMatch(p.team);
    }
    // It says honestly that there is no postcode lookup.
    await expect(finder).toContainText(/postcode/i);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('[data-wijkfinder]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('from the home page, typing a wijk name finds the wijk page with wijkteam and informatiepunt', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Zoek uw wijk of buurt' }).fill('kattenbroek');
  await page.getByRole('searchbox', { name: 'Zoek uw wijk of buurt' }).press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=kattenbroek(#wijken)?$/);
  const result = page.getByRole('link', { name: /Kattenbroek/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/wijken\/kattenbroek\/$/);
  await expect(page.getByRole('heading', { level: 2, name: ui('nl', 'common', 'wijken.wijkteam') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: ui('nl', 'common', 'wijken.informatiepunt') })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the wijken page is a plain grouped list of links that works', async ({ page }) => {
    await page.goto('/wijken/');
    const finder = page.locator('[data-wijkfinder]');
    await expect(finder.locator('.wijkfinder__gebied').first()).toBeVisible();
    await finder.locator('.wijkfinder__link').first().click();
    await expect(page).toHaveURL(/\/wijken\/[a-z0-9-]+\/$/);
    await expect(page.locator('main')).toContainText(/wijkteam/i);
  });
});
