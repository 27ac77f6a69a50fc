/**
 * Search page (/zoeken, /en/search) and the A–Z pages.
 * Run after a build: npm run build && npx playwright test e2e/search-
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}`);
}

const box = (page: Page) => page.locator('#search-page-q');
const results = (page: Page) => page.locator('#search-page-results a');

test('the index loads before the first keystroke; typing shows results, type labels and a count in a live region', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/search-index/')) indexRequests.push(r.url()); });
  await page.goto('/zoeken/');
  // Loaded while the browser is idle, so the first keystroke finds it ready.
  await expect.poll(() => indexRequests).toEqual([expect.stringContaining('/search-index/nl.json')]);
  await box(page).click();
  await page.keyboard.type('huurtoeslag');
  await expect(results(page).first()).toHaveAttribute('href', '/regelingen/huurtoeslag/');
  await expect(page.locator('.search-result__type').first()).toHaveText('Regeling');
  await expect(page.locator('.search-result__org').first()).toHaveText('Organisatie: Dienst Toeslagen');
  await expect(page.locator('[role="status"].search-page__live')).toHaveText(/^\d+ resultaten? voor ‘huurtoeslag’\.$/);
  expect(indexRequests).toHaveLength(1);
  await expect(page).toHaveURL(/\?q=huurtoeslag/);
});

test('keyboard: arrow down moves into the results, arrows move between them, Escape goes back, Enter opens', async ({ page }) => {
  await page.goto('/zoeken/');
  await box(page).focus();
  await page.keyboard.type('kind');
  await expect(results(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await results(page).first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('a query with a typo and without diacritics still finds the right page', async ({ page }) => {
  await page.goto('/zoeken/');
  await box(page).fill('kwijtscheldnig');
  await expect(results(page).first()).toHaveAttribute('href', '/regelingen/kwijtschelding-gemeentelijke-belastingen/');
  await box(page).fill('clientondersteuning');
  await expect(page.locator('#search-page-results li:nth-child(-n+3) a[href="/clientondersteuning/"]')).toHaveCount(1);
});

test('/zoeken/?q= prefills the query and shows results (the header form leads here)', async ({ page }) => {
  await page.goto('/regelingen/');
  await page.locator('#site-search-q').fill('schulden');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=schulden/);
  await expect(box(page)).toHaveValue('schulden');
  await expect(results(page).first()).toHaveAttribute('href', '/regelingen/schuldhulpverlening/');
});

test('no results: says so in one plain sentence and points to the A–Z page', async ({ page }) => {
  await page.goto('/zoeken/?q=geen-bestaand-woord-xyz');
  await expect(page.locator('.search-page__empty')).toHaveText('Geen resultaten. Probeer een ander woord of bekijk de A-Z-lijst.');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('[role="status"].search-page__live')).toHaveText('Geen resultaten. Probeer een ander woord of bekijk de A-Z-lijst.');
  await page.locator('.search-page__empty').getByRole('link', { name: 'A-Z-lijst' }).click();
  await expect(page).toHaveURL(/\/a-z\/$/);
  await page.goto('/en/search/?q=no-such-word-xyz');
  await expect(page.locator('.search-page__empty')).toHaveText('No results. Try another word or see the A–Z list.');
});

test('English search works and labels types in English', async ({ page }) => {
  await page.goto('/en/search/');
  await box(page).fill('rent benefit');
  await expect(results(page).first()).toHaveAttribute('href', '/en/schemes/huurtoeslag/');
  await expect(page.locator('.search-result__type').first()).toHaveText('Scheme');
  await expect(page.locator('.search-page__count')).toContainText('result');
});

test('axe: search page with results is clean in Dutch and English', async ({ page }) => {
  await page.goto('/zoeken/?q=kind');
  await expect(results(page).first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/en/search/?q=child');
  await expect(results(page).first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

for (const [url, first] of [['/a-z/', '/regelingen/'], ['/en/a-z/', '/en/schemes/']] as const) {
  test(`A–Z ${url} lists all regelingen and organisations alphabetically, with working letter navigation`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(url);
    expect(await page.locator(`.az__link[href^="${first}"]`).count()).toBeGreaterThan(5);
    expect(await page.locator('.az__link[href*="organis"]').count()).toBeGreaterThan(5);
    const names = await page.locator('.az__link').allTextContents();
    const sortKey = (s: string) => s.replace(/^'t\s+/i, '');
    const sorted = [...names].sort((a, b) => sortKey(a).localeCompare(sortKey(b), url.startsWith('/en') ? 'en' : 'nl', { sensitivity: 'base', numeric: true }));
    expect(names).toEqual(sorted);
    const letter = page.locator('a.az__letter').first();
    const target = await letter.getAttribute('href');
    await letter.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    // No JavaScript but the one deferred site module of every page (e2e/static.spec.ts).
    expect(await page.locator('script:not([type="application/ld+json"]):not([type="module"][src^="/_astro/"])').count(), 'A–Z ships no other JavaScript').toBe(0);
    expect(await page.locator('script[type="module"]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
  });
}
