/**
 * The site under real nginx with the shipped deploy/nginx.conf (npm run serve:nginx): every page
 * type in both languages, the 404 page, the whole check, the quick form and search, with 0 CSP
 * violations (csp-watch.ts fails the test on any violation event or CSP console message), and
 * the islands really run (they are not silently blocked).
 */
import { test, expect } from './csp-watch.ts';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES } from '../support/pageTypes.ts';
import { group, journey, type Answers } from '../check-helpers.ts';

test.describe.configure({ timeout: 90_000 });

test('every page type in Dutch and English, and the 404 page, loads with 0 CSP violations', async ({ page }) => {
  for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
    for (const url of [pt.nl, pt.en]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expect(page.locator('main h1').first(), url).toBeVisible();
    }
  }
  const missing = await page.goto('/bestaat-niet/');
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main h1').first()).toBeVisible();
});

test('the islands hydrate under the CSP (check, quick check, search)', async ({ page }) => {
  for (const url of ['/check/', '/en/check/', '/check/snel/', '/en/check/quick/']) {
    await page.goto(url);
    await expect(page.locator('.check[data-ready="true"]'), url).toBeVisible();
  }
  await page.goto('/zoeken/');
  await expect(page.locator('[data-island="search"][data-hydrated="true"]')).toBeAttached();
});

const FULL: Answers = {
  woonplaats: { radio: 'Ja', reveal: { select: 'Schothorst-Noord' } },
  situatie: { radio: 'Alleen met mijn kind of kinderen' },
  kinderen: { text: '4, 9' },
  leeftijd: { text: '34' },
  inkomstenbron: { check: ['Bijstand'] },
  inkomen: { text: '€ 1.300' },
  medebewoners: { radio: 'Nee' },
  vermogen: { text: '300' },
  wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '650' } },
  ontvangt: { check: ['Kinderbijslag'] },
  jarenLaag: { radio: '5 jaar of langer' },
  situaties: { check: ['Ik heb een huisdier', 'Ik zorg zonder geld voor iemand die ziek is of hulp nodig heeft (mantelzorg)', 'Ik heb geldzorgen of rekeningen die ik niet kan betalen'] },
  mantelzorg: { radios: ['8 uur of meer', 'Langer dan 3 maanden', 'Ja'] },
  zorgVoor: { check: ['Dementie'] },
  vasteLasten: { text: '900' },
};

test('the whole check: every question, the results, the share panel with QR code, print view', async ({ page }) => {
  await journey(page, FULL);
  expect((await group(page, 'likely')).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  await expect(page.locator('.check-qr svg')).toBeVisible();
  await page.getByRole('button', { name: 'Kopieer de link' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('check-results')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // A share link opens the same results in a fresh page.
  const link = await page.getByRole('textbox', { name: 'Link naar uw uitkomst' }).inputValue();
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByTestId('check-results')).toBeVisible();
});

test('the quick form: answers, results, errors', async ({ page }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.locator('.check-error-summary')).toBeVisible();
  const form = page.locator('form.check-form');
  await form.getByRole('radio', { name: 'Ja', exact: true }).first().check();
  await form.getByRole('radio', { name: 'Alleen', exact: true }).check();
  await form.getByLabel('Hoe oud bent u?').fill('40');
  await form.getByRole('checkbox', { name: 'Werk (loon)' }).check();
  await form.getByLabel(/Hoeveel inkomen heeft u per maand/).fill('1400');
  // The gross yearly income (optional): "Ik weet het niet".
  await form.locator('#q-brutoInkomen-unknown').check();
  await form.locator('fieldset').filter({ hasText: 'Wonen er andere mensen van 27 jaar' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel(/spaargeld/i).first().fill('500');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.locator('fieldset').filter({ hasText: 'Welke van deze krijgt u al?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  await form.getByRole('radio', { name: 'Korter dan 3 jaar' }).check();
  await form.locator('fieldset').filter({ hasText: 'Past een van deze dingen bij u?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
});

test('search: typing, results, the A–Z page and the no-results help', async ({ page }) => {
  await page.goto('/zoeken/');
  await page.locator('#search-page-q').fill('huurtoeslag');
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', '/regelingen/huurtoeslag/');
  await page.locator('#search-page-q').fill('qqqqzzzz');
  await expect(page.locator('[role="status"].search-page__live')).toContainText(/0|geen/i);
  await page.goto('/zoeken/?q=kwijtschelding');
  await expect(page.locator('#search-page-results a').first()).toBeVisible();
  // The header search box (a plain form on every page) submits to the search page.
  await page.goto('/');
  await page.getByRole('searchbox').first().fill('voedselbank');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=voedselbank/);
  await expect(page.locator('#search-page-results a').first()).toBeVisible();
});

test('the watcher itself sees a violation (so 0 above means 0)', async ({ page, csp }) => {
  await page.goto('/check/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(() => csp.problems.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  expect(csp.problems.join('\n')).toMatch(/script-src/);
  csp.problems.length = 0;
});
