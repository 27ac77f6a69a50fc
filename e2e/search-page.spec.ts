/**
 * Search page (/zoeken, /en/search) and the A–Z pages.
 * Run after a build: npm run build && npx playwright test e2e/search-
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}`);
}

const box = (page: Page) => page.locator('#search-page-q');
const results = (page: Page) => page.locator('#search-page-results a');

test('typing shows results as you type, with type labels and a count in a live region', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/search-index/')) indexRequests.push(r.url()); });
  await page.goto('/zoeken/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'the index loads only when the user starts searching').toEqual([]);
  await box(page).click();
  await page.keyboard.type('huurtoeslag');
  await expect(results(page).first()).toHaveAttribute('href', '/regelingen/huurtoeslag/');
  await expect(page.locator('.search-result__type').first()).toHaveText('Regeling');
  await expect(page.locator('[role="status"].search-page__live')).toContainText(/resulta/);
  expect(indexRequests).toEqual([expect.stringContaining('/search-index/nl.json')]);
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

test('no results: says so and points to the A–Z page', async ({ page }) => {
  await page.goto('/zoeken/?q=xqzwv');
  await expect(page.locator('.search-page__count')).toContainText('Geen resultaten');
  await expect(page.locator('.search-page__empty a')).toHaveAttribute('href', '/a-z/');
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/zoeken explains and links to the A–Z page', async ({ page }) => {
    await page.goto('/zoeken/?q=huur');
    const msg = page.locator('.search-page__nojs');
    await expect(msg).toBeVisible();
    await msg.getByRole('link').click();
    await expect(page).toHaveURL(/\/a-z\/$/);
  });
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
    expect(await page.locator('script:not([type="application/ld+json"])').count(), 'A–Z ships no JavaScript').toBe(0);
    expect(await axe(page)).toEqual([]);
  });
}
