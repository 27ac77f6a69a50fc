import { test, expect } from './fixtures.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';

// Every page type in every language (lang, dir, h1, language links, footer): e2e/languages.spec.ts.

test('untranslated content on an English page is marked lang="nl"', async ({ page }) => {
  const pt = PAGE_TYPES.find((p) => p.name === 'organisatie')!;
  await page.goto(pt.en);
  // Organisation descriptions have no English text yet in most entries; whatever is Dutch must say so.
  const dutchBlocks = page.locator('main [lang="nl"]');
  expect(await dutchBlocks.count()).toBeGreaterThan(0);
  // The page itself is English: interface headings are translated.
  await expect(page.getByRole('heading', { name: 'Contact', level: 2 })).toBeVisible();
});

test('breadcrumbs show the path and mark the current page', async ({ page }) => {
  const pt = PAGE_TYPES.find((p) => p.name === 'regeling')!;
  await page.goto(pt.nl);
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  await expect(crumbs.getByRole('link', { name: 'Alle regelingen' })).toHaveAttribute('href', '/regelingen/');
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText(await page.locator('h1').innerText());
});

test('a missing page shows the friendly 404 with ways forward, in every language', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Ga naar de startpagina' })).toHaveAttribute('href', '/');
  await expect(page.locator('section[lang="en"]').getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await expect(page.locator('section[lang="ar"][dir="rtl"]').getByRole('link', { name: 'الذهاب إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/ar/');
  await expect(page.locator('section[lang="uk"]').getByRole('heading', { level: 2 })).toHaveText('Цієї сторінки не існує');
});

test('the regeling page has the six fixed sections, sources and a last-checked date', async ({ page }) => {
  const pt = PAGE_TYPES.find((p) => p.name === 'regeling')!;
  await page.goto(pt.nl);
  for (const name of ['Wat is het?', 'Voor wie?', 'Hoeveel krijgt u?', 'Hoe vraagt u het aan?', 'Wat hebt u nodig?', 'Wie helpt u?']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
  await expect(page.getByText(/Laatst gecontroleerd op \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Moet u iets terugbetalen?' })).toBeVisible();
  // JSON-LD describes the service for search engines.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('GovernmentService');
  expect(ld.name).toBe(await page.locator('h1').innerText());
});
