/**
 * Issue 12: the results on a phone and the handover sheet on paper, for the households of the
 * user journeys (../shared/reference/journeys-2026-12.md). Prints the figures: phone screens of
 * 360 × 800 per result page and A4 pages per printed sheet.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axe, group, journey, shareLink, WOONPLAATS } from './check-helpers.ts';
import { JOURNEYS } from './journeys.ts';
import { PHONE_NUMBER, escapeRegExp } from './support/site.ts';

test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 360, height: 800 };

/** Phone screens the results take, from their heading to the last line (the site's header and footer apart). */
async function screens(page: Page) {
  return (await page.getByTestId('check-results').evaluate((e) => e.getBoundingClientRect().height)) / PHONE.height;
}

async function pdfPages(page: Page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
}

/** What printing shows: the handover sheet only, with what a client needs at home as text. */
async function expectSheet(page: Page, shareUrl: string) {
  await expect(page.locator('.check-print-sheet')).toHaveAttribute('data-qr', 'ready');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.check-print-sheet');
  await expect(sheet).toBeVisible();
  // Never the questionnaire, the buttons, the site header or the on-screen results.
  for (const sel of ['form.check-form', '.site-header', '.site-footer', '.check-overview', '.check-actions', 'section[aria-labelledby="group-likely"]', '.check-clear']) {
    for (const el of await page.locator(sel).all()) await expect(el, sel).toBeHidden();
  }
  expect(await page.locator('button:visible').count(), 'no buttons on paper').toBe(0);
  await expect(sheet.getByText(/Gemaakt op \d+ \w+ \d{4}/)).toBeVisible();
  await expect(sheet.locator('.sheet-answers')).toBeVisible();
  // The municipality's number, and every organisation on the sheet with a phone (or "onbekend, bel <the municipality's number>").
  await expect(sheet).toContainText(PHONE_NUMBER);
  for (const li of await sheet.locator('.sheet-addresses li').all()) await expect(li).toContainText(new RegExp(`tel\\. [0-9 ]+|telefoonnummer onbekend, bel ${escapeRegExp(PHONE_NUMBER)}`));
  // Per regeling: what to bring and how to apply, as text.
  for (const card of await sheet.locator('.sheet-card').all()) {
    await expect(card).toContainText('Neem mee:');
    await expect(card).toContainText('Zo vraagt u het aan:');
  }
  // Paper shows text people can read and type: no program values, no mailto: prefixes.
  for (const raw of ['[object Object]', 'undefined', 'mailto:']) await expect(sheet, raw).not.toContainText(raw);
  // The share link as text and as a QR code; room for notes.
  await expect(sheet.locator('.sheet-url')).toHaveText(shareUrl);
  await expect(sheet.locator('.sheet-qr svg')).toBeVisible();
  await expect(sheet.locator('.sheet-notes__line').first()).toBeVisible();
  // Readable on paper: body text at least 10 pt; cards and the closing block never split across pages.
  const sizes = await sheet.locator('p, li, dd, dt').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes), 'smallest text on the sheet (px; 10 pt = 13.33 px)').toBeGreaterThanOrEqual(13.3);
  const breaks = await sheet.locator('.sheet-card, .sheet-keep').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
  expect(new Set(breaks)).toEqual(new Set(['avoid']));
}


for (const [name, answers] of Object.entries(JOURNEYS)) {
  test(`${name}: the results fit on a phone, the printed sheet on at most 2 A4`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await journey(page, answers);
    await group(page, 'likely');
    // The summary is at the top: new money, what to ask about, where to get help in person.
    const overview = page.locator('.check-overview');
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-overview="help"]')).toContainText(PHONE_NUMBER);
    expect(await overview.evaluate((e) => e.getBoundingClientRect().top), 'summary starts on the first screen').toBeLessThan(PHONE.height);
    const n = await screens(page);
    console.log(`[figures] ${name}: results ${n.toFixed(1)} screens of 360 × 800`);
    expect(n).toBeLessThanOrEqual(8);
    await axe(page, `results at 360 px (${name})`);

    const url = await shareLink(page);
    await expectSheet(page, url);
    const pages = await pdfPages(page);
    console.log(`[figures] ${name}: printed sheet ${pages} A4`);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('results order what matters: groups as headings, "Niet voor uw situatie (n)" a closed line with names', async ({ page }) => {
  await journey(page, JOURNEYS['AOW couple with a paid-off house']!);
  await group(page, 'likely');
  // Every group is a heading, also the closed ones; the counts are the cards shown.
  const likely = await page.locator('section[aria-labelledby="group-likely"] article').count();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Waarschijnlijk \\(${likely} regeling(en)?\\)$`) })).toBeVisible();
  const na = page.locator('details.check-not-applicable');
  await expect(na).not.toHaveAttribute('open', '');
  const naCount = await na.locator('li').count();
  expect(naCount).toBeGreaterThan(0);
  await expect(na.getByRole('heading', { name: `Niet voor uw situatie (${naCount})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Waarschijnlijk niet \(\d+ regeling(en)?\)$/ })).toBeVisible();
  // Child schemes at 68 without children: not "Waarschijnlijk niet" with reasons, only named here.
  await expect(na.locator('[data-result-id="kinderbijslag"]')).toHaveCount(1);
  await expect(page.locator('details.check-unlikely [data-result-id="kinderbijslag"]')).toHaveCount(0);
  await na.locator('summary').click();
  await expect(na.locator('[data-result-id="kinderbijslag"]')).toBeVisible();
  await axe(page, 'results with "Niet voor uw situatie" open');
});

test('informatiewinkel volunteer: quick form, print the sheet only (at most 3 A4), share link opens the results', async ({ page, browser }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  const form = page.locator('form.check-form');
  const fieldset = (legend: string) => form.locator('fieldset').filter({ hasText: legend });
  await fieldset(WOONPLAATS).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Alleen met mijn kind of kinderen', exact: true }).check();
  await form.getByLabel('Hoe oud zijn de kinderen die bij u wonen?').fill('5, 11');
  await form.getByLabel('Hoe oud bent u?').fill('41');
  await form.getByRole('checkbox', { name: 'Werk (loon)', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1350');
  await fieldset('Wonen er andere mensen van 27 jaar').getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('1200');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.getByLabel('Hoeveel huur betaalt u per maand?').fill('850');
  await fieldset('Welke van deze krijgt u al?').getByRole('checkbox', { name: 'Kinderbijslag' }).check();
  await fieldset('Welke van deze krijgt u al?').getByRole('checkbox', { name: 'Kindgebonden budget' }).check();
  await fieldset('Hoe lang heeft u al zo weinig inkomen?').getByRole('radio', { name: '5 jaar of langer' }).check();
  await fieldset('Past een van deze dingen bij u?').getByRole('checkbox', { name: 'Ik heb geldzorgen of rekeningen die ik niet kan betalen' }).check();
  await form.getByLabel('Hoeveel betaalt u per maand aan vaste lasten?').fill('1300');
  // The gross-income question comes only where it can matter: then "Ik weet het niet".
  const gross = form.locator('.check-quick-item').filter({ has: page.getByLabel('Weet u uw bruto jaarinkomen?') });
  if (await gross.count()) await gross.getByRole('checkbox', { name: 'Ik weet het niet' }).check();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.locator('#check-results-heading')).toBeFocused();
  const likely = await group(page, 'likely');
  const apply = await page.locator('section[aria-labelledby="group-likely"] article').count();
  expect(apply).toBeGreaterThan(5);
  // Already received: never something to apply for.
  await expect(page.locator('.check-overview [data-overview="likely"]')).not.toContainText('Kindgebonden budget');
  await expect(page.locator('.check-overview [data-overview="receiving"]')).toContainText('Kindgebonden budget');

  const url = await shareLink(page);
  expect(url).toMatch(/\/check\/#c1&/);
  await expectSheet(page, url);
  const pages = await pdfPages(page);
  console.log(`[figures] volunteer, quick form (largest: ${apply} to apply for): printed sheet ${pages} A4`);
  expect(pages).toBeLessThanOrEqual(3);

  // The link (made from the quick form) opens the results view of the check, says where it comes from, and can be changed.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await p2.goto(url);
  await expect(p2.getByTestId('check-results')).toBeVisible();
  expect(await group(p2, 'likely')).toEqual(likely);
  await expect(p2.getByText('Deze uitkomst komt uit een gedeelde link.')).toBeVisible();
  await axe(p2, 'results from a shared link');
  // Printing the shared link gives the same sheet.
  await expectSheet(p2, url);
  expect(await pdfPages(p2)).toBe(pages);
  await p2.emulateMedia({ media: 'screen' });
  await p2.getByRole('link', { name: 'Verander de antwoorden' }).click();
  await expect(p2.locator('#check-heading')).toContainText('Kloppen uw antwoorden?');
  await expect(p2.locator('.check-summary')).toContainText('41 jaar');
  await other.close();
});

test('a share link with parts that cannot be used names them and shows the rest', async ({ page }) => {
  await page.goto('/check/#c1&woonplaats=gemeente&situatie=alleen&leeftijd=999&inkomen=1500&kleur=rood');
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.getByText('Deze uitkomst komt uit een gedeelde link.')).toBeVisible();
  const note = page.getByRole('alert');
  await expect(note).toContainText('Deze antwoorden uit de link konden we niet gebruiken');
  await expect(note).toContainText('Uw leeftijd');
  await expect(note).toContainText('kleur');
  await expect(page.locator('.check-overview')).not.toContainText('999');
  await axe(page, 'shared link with unusable parts');
});

test('forced colours: a selected radio looks selected; result cards keep their status border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  const ja = page.getByRole('radio', { name: 'Ja', exact: true });
  const nee = page.getByRole('radio', { name: 'Nee', exact: true });
  const before = await ja.screenshot();
  await ja.check();
  const after = await ja.screenshot();
  expect(after.equals(before), 'the selected radio is drawn differently from the unselected one').toBe(false);
  expect((await nee.screenshot()).equals(before), 'an unselected radio stays as it was').toBe(true);
});
