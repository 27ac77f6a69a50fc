/**
 * The check's behaviour beyond the happy path: keyboard only, 320 px, share link, reload and
 * "wis", print, browser back, kind validation, no network traffic, the quick form, no JavaScript.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { answer, answerAll, axe, group, journey, next, type Answers, WOONPLAATS } from './check-helpers.ts';
import { PHONE_NUMBER, TEL } from './support/site.ts';

// Axe runs and slow CI machines: more time than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const AOW_COUPLE: Answers = {
  woonplaats: { radio: 'Ja' },
  situatie: { radio: 'Met een partner' },
  leeftijd: { text: '72' },
  leeftijdPartner: { text: '70' },
  inkomstenbron: { check: ['AOW'] },
  inkomen: { text: '1.900' },
  brutoInkomen: { unknown: true },
  medebewoners: { radio: 'Nee' },
  vermogen: { text: '5000' },
  wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '700' } },
  ontvangt: { check: ['Geen van deze'] },
  situaties: { check: ['Geen van deze'] },
};

async function startCheck(page: Page) {
  await page.goto('/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.locator('#check-heading')).toBeFocused();
}

/** Press Tab until the focused element matches, like a keyboard user. */
async function tabTo(page: Page, match: (el: { tag: string; text: string; type: string; label: string }) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const input = a as HTMLInputElement | null;
      const label = input?.id ? (document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '') : '';
      return { tag: a?.tagName.toLowerCase() ?? '', text: (a?.textContent ?? '').trim(), type: input?.type ?? '', label: label.trim() };
    });
    if (match(el)) return;
  }
  throw new Error('element not reached with Tab');
}

test('keyboard only: from the home page to the results', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (e) => e.tag === 'a' && e.text === 'Start de check');
  await page.keyboard.press('Enter');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await tabTo(page, (e) => e.tag === 'a' && e.text === 'Begin met de check');
  await page.keyboard.press('Enter');
  const radio = async (label: string) => {
    await tabTo(page, (e) => e.type === 'radio');
    // Arrow keys move within the group; the first arrow-down from an unchecked group checks the next one.
    for (let i = 0; i < 8; i++) {
      const l = await page.evaluate(() => document.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent?.trim());
      if (l === label) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
  };
  const text = async (value: string) => {
    await tabTo(page, (e) => e.tag === 'input' && e.type === 'text');
    await page.keyboard.type(value);
  };
  const box = async (label: string) => {
    await tabTo(page, (e) => e.type === 'checkbox' && e.label === label);
    await page.keyboard.press('Space');
  };
  const volgende = async () => {
    await tabTo(page, (e) => e.tag === 'button' && e.text === 'Volgende');
    const before = await page.locator('#check-heading').textContent();
    await page.keyboard.press('Enter');
    await expect(page.locator('#check-heading')).not.toHaveText(before ?? '');
    await expect(page.locator('#check-heading')).toBeFocused();
  };
  await radio('Ja');
  await volgende();
  await radio('Met een partner');
  await volgende();
  await text('72');
  await page.keyboard.press('Enter'); // Enter in a text field submits too
  await expect(page.locator('#check-heading')).toContainText('Hoe oud is uw partner?');
  await text('70');
  await volgende();
  await box('AOW');
  await volgende();
  await text('1900');
  await volgende();
  await expect(page.locator('#check-heading')).toContainText('Weet u uw bruto jaarinkomen?');
  await box('Ik weet het niet');
  await volgende();
  await radio('Nee');
  await volgende();
  await text('5000');
  await volgende();
  await radio('Ik huur een huis of kamer');
  await text('700');
  await volgende();
  await box('Geen van deze');
  await volgende();
  await box('Geen van deze');
  await volgende();
  await expect(page.locator('#check-heading')).toContainText('Kloppen uw antwoorden?');
  await tabTo(page, (e) => e.tag === 'button' && e.text === 'Bekijk de uitkomst');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.locator('#check-heading')).toBeFocused();
  expect(await group(page, 'likely')).toContain('huurtoeslag');
  // The collapsed group opens with the keyboard.
  await tabTo(page, (e) => e.tag === 'summary' && e.text.startsWith('Waarschijnlijk niet'), 200);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.check-unlikely')).toHaveAttribute('open', '');
});

test('320 px wide: no sideways scrolling on any step or on the results', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto('/');
  await page.getByRole('link', { name: 'Start de check', exact: true }).first().click();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  await answerAll(page, AOW_COUPLE, undefined, async (id) => {
    expect(await overflow(), `overflow at ${id}`).toBeLessThanOrEqual(0);
  });
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await page.locator('details.check-unlikely > summary').click();
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  await expect(page.locator('.check-qr svg')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('share link: answers travel in the fragment and restore the results elsewhere', async ({ page, browser }) => {
  await journey(page, AOW_COUPLE);
  const before = { likely: await group(page, 'likely'), check: await group(page, 'check') };
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  await expect(page.getByRole('heading', { name: 'Deel of bewaar uw uitkomst' })).toBeFocused();
  const url = await page.getByRole('textbox', { name: 'Link naar uw uitkomst' }).inputValue();
  expect(url).toMatch(/\/check\/#c1&/);
  expect(url).toContain('situatie=partner');
  await expect(page.getByRole('img', { name: 'QR-code met de link naar uw uitkomst' })).toBeVisible();
  await axe(page, 'share panel open');

  // A fresh browser (another device): the link opens the results directly.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  const requests: string[] = [];
  p2.on('request', (r) => requests.push(r.url()));
  await p2.goto(url);
  await expect(p2.getByTestId('check-results')).toBeVisible();
  expect(await group(p2, 'likely')).toEqual(before.likely);
  expect(await group(p2, 'check')).toEqual(before.check);
  await expect(p2.locator('.check-answers .check-summary')).toContainText('Met een partner');
  // The fragment is not sent: no request carries the answers.
  expect(requests.filter((u) => u.includes('situatie') || u.includes('c1&'))).toEqual([]);
  // And the fragment is removed from the address bar once read.
  expect(new URL(p2.url()).hash).toBe('');
  await other.close();
});

test('a reload keeps the answers in this tab; "Wis mijn antwoorden" clears everything', async ({ page }) => {
  await startCheck(page);
  await answer(page, { radio: 'Ja' });
  await next(page);
  await answer(page, { radio: 'Alleen' });
  await next(page);
  await answer(page, { text: '45' });
  await page.reload();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#check-heading')).toContainText('Hoe oud bent u?');
  await expect(page.locator('#q-leeftijd')).toHaveValue('45');
  // Back still works after the reload, with the answer kept.
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('#check-heading')).toContainText('Met wie woont u?');
  await expect(page.getByRole('radio', { name: 'Alleen', exact: true })).toBeChecked();
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // "Wis mijn antwoorden" is not on a question screen (never the next Tab stop after "Volgende").
  await expect(page.getByRole('button', { name: 'Wis mijn antwoorden' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Terug' }).click();
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('#check-heading')).toContainText('Doe de check');
  // It asks first; "Nee" keeps everything and puts focus back on the button.
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(page.getByText('Weet u het zeker? Al uw antwoorden worden gewist.')).toBeFocused();
  await axe(page, 'clear: are you sure?');
  await page.getByRole('button', { name: 'Nee, bewaar mijn antwoorden' }).click();
  await expect(page.getByRole('button', { name: 'Wis mijn antwoorden' })).toBeFocused();
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.locator('#check-heading')).toContainText('Doe de check');
  await expect(page.getByRole('status')).toHaveText('Alle antwoorden zijn gewist. U kunt opnieuw beginnen.');
  // Also said on the page, not only to a screen reader.
  await expect(page.locator('.check-cleared')).toHaveText('Alle antwoorden zijn gewist. U kunt opnieuw beginnen.');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ga verder waar u was' })).toHaveCount(0);
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.getByRole('radio', { name: 'Ja', exact: true })).not.toBeChecked();
});

test('browser back and forward move between questions without losing answers', async ({ page }) => {
  await startCheck(page);
  await answer(page, { radio: 'Nee' });
  await next(page);
  await answer(page, { radio: 'Alleen met mijn kind of kinderen' });
  await next(page);
  await expect(page.locator('#check-heading')).toContainText('Hoe oud zijn de kinderen die bij u wonen?');
  await expect(page.getByText('Vraag 3 van ongeveer 13')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#check-heading')).toContainText('Met wie woont u?');
  await expect(page.locator('#check-heading')).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Alleen met mijn kind of kinderen' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Nee', exact: true })).toBeChecked();
  await page.goForward();
  await expect(page.locator('#check-heading')).toContainText('Met wie woont u?');
  // The skip link (an in-page anchor) does not change the step.
  await page.getByRole('link', { name: 'Ga direct naar de inhoud' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#check-heading')).toContainText('Met wie woont u?');
});

test('impossible values get a kind message next to the field, announced, and nothing is lost', async ({ page }) => {
  await startCheck(page);
  // Nothing chosen
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#q-woonplaats-error')).toHaveText(/Kies of vul een antwoord in/);
  await expect(page.locator('fieldset[aria-describedby~="q-woonplaats-error"]')).toHaveCount(1);
  await axe(page, 'error on a radio question');
  await answer(page, { radio: 'Ja' });
  await expect(page.locator('#q-woonplaats-error')).toHaveCount(0);
  await next(page);
  await answer(page, { radio: 'Met een partner en kind of kinderen' });
  await next(page);
  // 30 children
  await answer(page, { text: Array.from({ length: 30 }, () => '5').join(', ') });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#q-kinderen-error')).toContainText('hoogstens 15');
  await expect(page.getByRole('status')).toContainText('Er is iets niet goed ingevuld');
  await expect(page.locator('#q-kinderen')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#q-kinderen')).toHaveAttribute('aria-describedby', /q-kinderen-error/);
  await expect(page.locator('#q-kinderen')).toBeFocused();
  await answer(page, { text: '3, 8' });
  await next(page);
  // Age over 120
  await answer(page, { text: '130' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#q-leeftijd-error')).toHaveText('Vul een leeftijd in van 120 jaar of jonger.');
  await expect(page).toHaveTitle(/^Fout: Hoe oud bent u\? \| Doe de check/);
  await expect(page.locator('#q-leeftijd')).toHaveValue('130');
  await axe(page, 'error on a text question');
  await answer(page, { text: '41' });
  await next(page);
  await answer(page, { text: '39' });
  await next(page);
  await answer(page, { check: ['Werk (loon)'] });
  await next(page);
  // Negative income, then amounts as people type them
  await answer(page, { text: '-1200' });
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#q-inkomen-error')).toHaveText(/kan niet lager zijn dan 0/);
  await answer(page, { text: '€ 1.250,50' });
  await next(page);
  await expect(page.locator('#check-heading')).toContainText('Wonen er andere mensen van 27 jaar of ouder bij u in huis?');
  // Earlier answers are all still there.
  await page.getByRole('link', { name: 'Terug' }).click();
  await expect(page.locator('#q-inkomen')).toHaveValue('€ 1.250,50');
});

test('changing an answer on the summary returns to the summary and updates the results', async ({ page }) => {
  await journey(page, AOW_COUPLE);
  expect(await group(page, 'likely')).toContain('huurtoeslag');
  // The answers are one closed line under the results ("Uw antwoorden"): open it, then change one.
  await page.locator('details.check-answers > summary').click();
  await page.locator('.check-answers').getByRole('link', { name: /Wijzig.*Wonen/ }).click();
  await expect(page.locator('#check-heading')).toContainText('Hoe woont u?');
  await answer(page, { radio: 'Ik heb een koophuis' });
  await expect(page.locator('form.check-form').getByRole('button')).toHaveText('Naar uw antwoorden');
  await next(page);
  await expect(page.locator('#check-heading')).toContainText('Kloppen uw antwoorden?');
  await expect(page.locator('.check-summary')).toContainText('Ik heb een koophuis');
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  expect(await group(page, 'unlikely')).toContain('huurtoeslag');
  // The link at the top goes back to the summary, with every answer kept.
  await page.getByRole('link', { name: 'Verander uw antwoorden' }).click();
  await expect(page.locator('#check-heading')).toContainText('Kloppen uw antwoorden?');
  await expect(page.locator('.check-summary')).toContainText('72 jaar');
});

// Printing (the handover sheet) is tested per journey in check-handover.spec.ts.

test('no requests to other servers and no cookies while answering', async ({ page, context }) => {
  const requests: { url: string; type: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  await journey(page, AOW_COUPLE);
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((r) => !r.url.startsWith(origin));
  expect(foreign).toEqual([]);
  // After the page itself, only the site's own scripts, styles, data and images.
  // (The questions data is fetched through a preload link, which Chromium reports as 'other'.)
  const afterStart = requests.filter((r) => r.type !== 'document' && !r.url.endsWith('/favicon.svg') && !(r.type === 'other' && r.url.startsWith(`${origin}/check-data/`)));
  for (const r of afterStart) expect(['script', 'stylesheet', 'fetch', 'image', 'font']).toContain(r.type);
  expect(requests.filter((r) => /[?&](situatie|inkomen|leeftijd)=/.test(r.url))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('quick form: all questions on one page, same results, errors listed at the top', async ({ page }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await axe(page, 'quick form');
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' })).toBeVisible();
  await expect(page.locator('.check-error-summary')).toBeFocused();
  await axe(page, 'quick form with errors');
  const form = page.locator('form.check-form');
  await form.locator('fieldset').filter({ hasText: WOONPLAATS }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Met een partner', exact: true }).check();
  await form.getByLabel('Hoe oud bent u?').fill('72');
  await form.getByLabel('Hoe oud is uw partner?').fill('70');
  await form.getByRole('checkbox', { name: 'AOW', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1.900');
  // The gross yearly income per adult (jaaropgaaf): the partner's is asked once the applicant's is given.
  await expect(form.getByLabel('Weet u het bruto jaarinkomen van uw partner?')).toHaveCount(0);
  await form.getByLabel('Weet u uw bruto jaarinkomen?').fill('14.000');
  await form.getByLabel('Weet u het bruto jaarinkomen van uw partner?').fill('13.000');
  await form.locator('fieldset').filter({ hasText: 'Wonen er andere mensen van 27 jaar' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('5000');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.getByLabel('Hoeveel huur betaalt u per maand?').fill('700');
  await form.locator('fieldset').filter({ hasText: 'Welke van deze krijgt u al?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  await form.locator('fieldset').filter({ hasText: 'Past een van deze dingen bij u?' }).getByRole('checkbox', { name: 'Geen van deze' }).check();
  await expect(form.getByLabel('Hoe lang heeft u al zo weinig inkomen?')).toHaveCount(0);
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.locator('#check-results-heading')).toBeFocused();
  expect(await group(page, 'likely')).toEqual(expect.arrayContaining(['huurtoeslag', 'zorgtoeslag']));
  // Both grosses known: the toeslagen are computed exactly, not estimated.
  await expect(page.locator('#result-zorgtoeslag').locator('..')).not.toContainText('schatting');
  await expect(page.locator('#result-zorgtoeslag').locator('..')).toContainText(/Bij uw inkomen krijgt u zorgtoeslag: €\s[\d.]+ per jaar\./);
  await axe(page, 'quick form with results');
});

test('without JavaScript the page explains the check needs it and links to the regelingen and the municipality\'s phone', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/check/');
  // The note is a <noscript> block (no inline script under the CSP); Playwright's getByText skips <noscript>, so look inside it.
  await expect(page.locator('.check-nojs')).toBeVisible();
  await expect(page.locator('.check-nojs')).toContainText('De check werkt alleen met JavaScript aan.');
  await expect(page.locator('.check').getByRole('link', { name: 'Begin met de check' }), 'the island that cannot work is hidden').toBeHidden();
  await expect(page.getByRole('link', { name: 'Bekijk alle regelingen' })).toHaveAttribute('href', '/regelingen/');
  await expect(page.getByRole('main').getByRole('link', { name: `Bel de gemeente: ${PHONE_NUMBER}` })).toHaveAttribute('href', TEL);
  await ctx.close();
});

test('English: axe on the start, a question with an error, the summary and the quick form', async ({ page }) => {
  await page.goto('/en/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await axe(page, 'start (en)');
  await page.locator('.check').getByRole('link', { name: 'Start the check' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#q-woonplaats-error')).toContainText('Choose or fill in an answer');
  await axe(page, 'error (en)');
  await page.goto('/en/check/quick/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await axe(page, 'quick (en)');
});
