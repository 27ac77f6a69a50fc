/**
 * Issue 12, items 4 and 5: what screen-reader, keyboard, zoom and slow-phone users meet in the
 * check (../shared/reference/journeys-2026-12.md), measured on the built site.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { answer, axe, group, journey, next, WOONPLAATS } from './check-helpers.ts';
import { JOURNEYS } from './journeys.ts';
import { escapeRegExp } from './support/site.ts';

test.describe.configure({ timeout: 60_000 });

const SINGLE = JOURNEYS['working single just above 110%']!;

const status = (page: Page) => page.locator('.check > [role="status"]');

/** Every text the live region gets, in order (what a screen reader would say). */
async function recordLiveRegion(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    const region = document.querySelector('.check > [role="status"]')!;
    new MutationObserver(() => {
      const text = region.textContent?.trim();
      if (text) w.said.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

test('screen reader: the announced counts are the visible ones, help desks counted apart', async ({ page }) => {
  await journey(page, SINGLE);
  await group(page, 'likely');
  const likely = await page.locator('section[aria-labelledby="group-likely"] article').count();
  const check = await page.locator('section[aria-labelledby="group-check"] article').count();
  const services = await page.locator('.check-services li').count();
  await expect(status(page)).toHaveText(`De uitkomst staat klaar. Waarschijnlijk: ${likely}. Bekijk of het past: ${check}. Hier helpen ze u ook: ${services}.`);
  await expect(page.getByRole('heading', { name: new RegExp(`^Waarschijnlijk \\(${likely} regeling(en)?\\)$`) })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Hier helpen ze u ook (${services})` })).toBeVisible();
});

test('screen reader: "Vraag x van y" is part of the focused question; an old error never stays in the live region', async ({ page }) => {
  await page.goto('/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.locator('#check-heading')).toBeFocused();
  await expect(page.locator('#check-heading')).toContainText(/Vraag 1 van ongeveer \d+/);
  await expect(page.locator('#check-heading')).toContainText(WOONPLAATS);
  // The tab title names the question only.
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(WOONPLAATS)} \\|`));
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(status(page)).toContainText('Kies');
  await expect(page).toHaveTitle(/^Fout: /);
  await answer(page, { radio: 'Ja' });
  await next(page);
  await expect(page.locator('#check-heading')).toContainText('Met wie woont u?');
  await expect(status(page)).toHaveText('');
  await axe(page, 'question after an error');
});

test('quick form: questions are headings, the error summary says what the fields say, the tab title gets "Fout:"', async ({ page }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: WOONPLAATS })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hoe oud bent u?' })).toBeVisible();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  const summary = page.locator('.check-error-summary');
  for (const id of ['woonplaats', 'leeftijd', 'situatie']) {
    const field = (await page.locator(`[id="q-${id}-error"]`).textContent())?.trim() ?? '';
    expect(field, id).not.toBe('');
    await expect(summary).toContainText(field);
  }
  // "Kies dan 'Ik weet het niet'" only where that option exists.
  const woont = (await page.locator('#q-situatie-error').textContent()) ?? '';
  expect(woont).not.toContain('Ik weet het niet');
  await axe(page, 'quick form errors');
});

test('quick form: "De uitkomst is bijgewerkt" is said once after typing stops, not per key', async ({ page }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  const form = page.locator('form.check-form');
  await form.locator('fieldset').filter({ hasText: WOONPLAATS }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Alleen', exact: true }).check();
  await form.getByLabel('Hoe oud bent u?').fill('29');
  await form.getByRole('checkbox', { name: 'Werk (loon)', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1520');
  await form.locator('fieldset').filter({ hasText: 'Wonen er andere mensen van 27 jaar' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('2000');
  await form.getByRole('radio', { name: 'Ik woon in bij iemand' }).check();
  await form.locator('fieldset').filter({ hasText: 'Welke van deze krijgt u al?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  await form.locator('fieldset').filter({ hasText: 'Hoe lang heeft u al zo weinig inkomen?' }).getByRole('radio', { name: 'Korter dan 3 jaar' }).check();
  await form.locator('fieldset').filter({ hasText: 'Past een van deze dingen bij u?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  // The gross-income question comes only where it can matter: then "Ik weet het niet".
  const gross = form.locator('.check-quick-item').filter({ has: page.getByLabel('Weet u uw bruto jaarinkomen?') });
  if (await gross.count()) await gross.getByRole('checkbox', { name: 'Ik weet het niet' }).check();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(status(page)).toContainText('De uitkomst staat klaar');
  const said = await recordLiveRegion(page);
  const income = form.getByLabel('Hoeveel inkomen heeft u per maand?');
  await income.fill('');
  await income.pressSequentially('1000', { delay: 60 });
  await expect.poll(said, { timeout: 5_000 }).toContain('De uitkomst is bijgewerkt.');
  await page.waitForTimeout(1_500);
  expect((await said()).filter((t) => t === 'De uitkomst is bijgewerkt.')).toHaveLength(1);
});

for (const [name, viewport] of [
  ['320 px wide', { width: 320, height: 450 }],
  ['200% zoom (640 × 400 CSS px)', { width: 640, height: 400 }],
] as const) {
  test(`${name}: after "Volgende" the question and its first option are in view`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/check/');
    await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
    await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
    for (const step of [{ radio: 'Ja' }, { radio: 'Alleen' }] as const) {
      await answer(page, step);
      await next(page);
      const inView = await page.evaluate(() => {
        const h = document.getElementById('check-heading')!.getBoundingClientRect();
        const o = document.querySelector('.check-question .check-option, .check-question input')!.getBoundingClientRect();
        return { heading: h.top >= 0 && h.bottom <= innerHeight, option: o.top >= 0 && o.bottom <= innerHeight };
      });
      expect(inView).toEqual({ heading: true, option: true });
    }
  });
}

/** Holds the page's scripts until `release()`: a slow phone where the island is not yet there. */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let open = false;
  await page.route('**/_astro/*.js', (route) => (open ? route.continue() : held.push(route)));
  return async () => {
    open = true;
    for (const r of held.splice(0)) await r.continue();
  };
}

test('slow phone: "Begin met de check" tapped before the island has loaded still starts the check', async ({ page }) => {
  const release = await holdScripts(page);
  // The page's module scripts are held, so DOMContentLoaded has not fired yet: wait for the HTML only.
  await page.goto('/check/', { waitUntil: 'commit' });
  await expect(page.getByRole('link', { name: 'Begin met de check' })).toBeVisible();
  await expect(page.locator('.check')).toHaveAttribute('data-ready', 'false');
  await page.getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.getByText('Een moment, de check wordt geladen.')).toBeVisible();
  await release();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#check-heading')).toContainText(WOONPLAATS);
  await expect(page.locator('#check-heading')).toBeFocused();
  // The back button returns to the start.
  await page.goBack();
  await expect(page.locator('#check-heading')).toContainText('Doe de check');
});

test('slow phone: answers typed into the quick form before it has loaded are kept', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/check/snel/', { waitUntil: 'commit' });
  await expect(page.locator('form.check-form').getByLabel('Hoe oud bent u?')).toBeVisible();
  await expect(page.locator('.check')).toHaveAttribute('data-ready', 'false');
  const form = page.locator('form.check-form');
  await form.getByLabel('Hoe oud bent u?').fill('41');
  await form.locator('fieldset').filter({ hasText: WOONPLAATS }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await release();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(form.getByLabel('Hoe oud bent u?')).toHaveValue('41');
  await expect(form.locator('fieldset').filter({ hasText: WOONPLAATS }).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
});
