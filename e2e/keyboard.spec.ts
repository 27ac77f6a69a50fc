import { test, expect } from './fixtures.ts';

test('keyboard only: the skip link comes first and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
});

test('keyboard only: Tab reaches "Start de check" from the top of the home page and Enter opens the check', async ({ page }) => {
  await page.goto('/');
  let found = false;
  for (let i = 0; i < 30 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Start de check');
  }
  expect(found, 'Start de check is reachable with Tab').toBe(true);
  // Focus is visible: an outline is drawn around the focused element.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/check\/$/);
});

test('keyboard only (English): the skip link and check start work too', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // From the main content, the check start is the first interactive element.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Start the check' })).toBeFocused();
});

test('the header search is a plain form that leads to the search page with the query', async ({ page }) => {
  await page.goto('/regelingen/');
  await page.getByRole('searchbox', { name: 'Zoek hulp' }).fill('huur');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=huur$/);
});
