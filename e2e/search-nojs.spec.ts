/**
 * Search without JavaScript. A static site cannot read ?q= without it, so the search page
 * says so plainly, hides the box that would not work, and offers the A–Z list and the wijken
 * list with letter links. The header search and the home page's wijk box both lead there.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './support/pageTypes.ts';

test.use({ javaScriptEnabled: false });

async function expectHonestNoJsPage(page: Page) {
  await expect(page.locator('.search-page__nojs')).toBeVisible();
  await expect(page.locator('.search-page__nojs')).toContainText('werkt alleen met JavaScript');
  // Nothing on the page describes what is not there: no search box, no "results as you type".
  await expect(page.locator('#search-page-q')).toBeHidden();
  await expect(page.getByText('terwijl u typt')).toBeHidden();
  await expect(page.getByText('tikfouten')).toBeHidden();
}

test('the header search leads to a search page that says what works and offers the A–Z list by letter', async ({ page }) => {
  await page.goto('/regelingen/');
  await page.getByRole('searchbox', { name: 'Zoek hulp' }).fill('huurtoeslag');
  await page.getByRole('searchbox', { name: 'Zoek hulp' }).press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=huurtoeslag$/);
  await expectHonestNoJsPage(page);
  const letters = page.getByRole('navigation', { name: 'Kies een letter', exact: true });
  await letters.getByRole('link', { name: 'H', exact: true }).click();
  await expect(page).toHaveURL(/#az-h$/);
  await expect(page.locator('#az-h')).toBeInViewport();
  await page.locator('#az-h').locator('..').getByRole('link', { name: 'Huurtoeslag' }).click();
  await expect(page).toHaveURL(/\/regelingen\/huurtoeslag\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huurtoeslag');
});

test('the home page wijk box leads to the wijken list, where a letter and a wijk lead to the wijk page', async ({ page }) => {
  await page.goto('/');
  const wijkBox = page.getByRole('searchbox', { name: 'Zoek uw wijk of buurt' });
  await wijkBox.fill('kattenbroek');
  await wijkBox.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=kattenbroek#wijken$/);
  await expectHonestNoJsPage(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Wijken en buurten van A tot Z' })).toBeInViewport();
  await page.getByRole('navigation', { name: 'Kies een letter voor uw wijk of buurt' }).getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#wijk-k$/);
  await page.locator('#wijk-k').locator('..').getByRole('link', { name: 'Kattenbroek' }).click();
  await expect(page).toHaveURL(/\/wijken\/kattenbroek\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Wijkteam' })).toBeVisible();
});

test('a buurt is listed under its own name and leads to its wijk', async ({ page }) => {
  await page.goto('/zoeken/#wijken');
  const item = page.locator('#wijk-d').locator('..').locator('.az__item', { hasText: 'De Brand' });
  await expect(item).toContainText('buurt in Zielhorst');
  await item.getByRole('link', { name: 'De Brand' }).click();
  await expect(page).toHaveURL(/\/wijken\/zielhorst\/$/);
});

test('English: the same, in English', async ({ page }) => {
  await page.goto('/en/search/?q=rent');
  await expect(page.locator('.search-page__nojs')).toContainText('only works with JavaScript');
  await expect(page.locator('#search-page-q')).toBeHidden();
  await expect(page.getByText('as you type')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Neighbourhoods from A to Z' })).toBeVisible();
});

test.describe('axe', () => {
  // axe runs as JavaScript, so it gets a page with the DOM a browser without JavaScript builds:
  // the <noscript> content as normal HTML, no scripts, and the hidden search box left out.
  test.use({ javaScriptEnabled: true });
  for (const url of ['/zoeken/', '/en/search/']) {
    test(`the search page ${url} as shown without JavaScript is clean`, async ({ page }) => {
      await page.route(`**${url}`, async (route) => {
        const res = await route.fetch();
        const html = (await res.text())
          .replace(/<script\b[\s\S]*?<\/script>/g, '')
          .replace(/<div class="search-js">[\s\S]*?<div[^>]*data-island="search"[\s\S]*?<\/div>\s*<\/div>(?=\s*<noscript>)/, '')
          .replace(/<(\/?)noscript>/g, '<$1div>');
        await route.fulfill({ response: res, body: html });
      });
      await page.goto(url);
      await expect(page.locator('.search-page__nojs')).toBeVisible();
      await expect(page.locator('#search-page-q')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
});
