import { test, expect } from './fixtures.ts';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from './support/pageTypes.ts';

for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
  for (const locale of ['nl', 'en'] as const) {
    test(`${pt.name} (${locale}) opens with one h1, the right lang/dir and a link to the other language`, async ({ page }) => {
      const response = await page.goto(pt[locale]);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      const other = locale === 'nl' ? 'en' : 'nl';
      const switchLink = page.locator(`header a[hreflang="${other}"]`);
      await expect(switchLink).toHaveAttribute('href', pt[other]);
      // Footer: the municipality's number and in-person help on every page.
      await expect(page.getByRole('contentinfo')).toContainText('14 033');
      await expect(page.getByRole('contentinfo').getByRole('link', { name: locale === 'nl' ? 'Zoek hulp in uw wijk' : 'Find help in your neighbourhood' })).toBeVisible();
    });
  }
}

test('the language switch leads to the same page in English and back', async ({ page }) => {
  const pt = PAGE_TYPES.find((p) => p.name === 'regeling')!;
  await page.goto(pt.nl);
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(pt.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
  await expect(page).toHaveURL(pt.nl);
});

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

test('a missing page shows the friendly 404 with ways forward, in Dutch and English', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Ga naar de startpagina' })).toHaveAttribute('href', '/');
  await expect(page.locator('section[lang="en"]').getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
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
