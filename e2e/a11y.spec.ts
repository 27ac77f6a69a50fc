import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES, WCAG_TAGS } from './support/pageTypes.ts';

// axe on every page type in every language: e2e/languages.spec.ts.
test('axe finds no WCAG 2.2 A/AA violations on the 404 page', async ({ page }) => {
  await page.goto('/bestaat-niet/');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
});

test('at 320 px wide, no page in any language scrolls sideways (reflow, WCAG 1.4.10)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
    for (const url of Object.values(pt.url)) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${url}`).toBeLessThanOrEqual(0);
    }
  }
});

test('at 200% zoom (640 px CSS viewport of a 1280 px screen) content stays readable without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const pt of PAGE_TYPES) {
    await page.goto(pt.nl);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${pt.nl}`).toBeLessThanOrEqual(0);
    await expect(page.locator('h1')).toBeInViewport();
  }
  await context.close();
});

test('print style: a regeling prints without navigation and search, with its content', async ({ page }) => {
  const pt = PAGE_TYPES.find((x) => x.name === 'regeling')!;
  await page.goto(pt.nl);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe vraagt u het aan?' })).toBeVisible();
  // External links are written out so the paper copy still says where to go.
  const after = await page.locator('main a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
