/**
 * Issue 12 in English, and on a slow phone: the results summary, "Not for your situation", the
 * printed handover sheet and the shared link for the single mother of the journeys, answered on
 * the English pages; and the same household on a phone with a 4× slower CPU (Chrome's own CPU
 * throttling), from the start link to the sheet. Labels come from src/i18n/en/*.json.
 */
import type { Page } from '@playwright/test';
import { test, expect, E2E_DATE } from './fixtures.ts';
import { EN, answerAll, axe, group, journey, type Answers } from './check-helpers.ts';
import { JOURNEYS } from './journeys.ts';
import { ui } from './support/strings.ts';

test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 360, height: 800 };
const en = (key: string) => ui('en', 'check', key);
const opt = (q: string, v: string) => en(`q.${q}.options.${v}`);

/** The single mother on bijstand (e2e/journeys.ts), answered in English. */
const MOTHER_EN: Answers = {
  woonplaats: { radio: opt('woonplaats', 'gemeente') },
  situatie: { radio: opt('situatie', 'alleen-kinderen') },
  kinderen: { text: '8, 14' },
  leeftijd: { text: '34' },
  inkomstenbron: { check: [opt('inkomstenbron', 'bijstand')] },
  inkomen: { text: '1,420' },
  brutoInkomen: { unknown: true },
  medebewoners: { radio: opt('medebewoners', 'nee') },
  vermogen: { text: '300' },
  wonen: { radio: opt('wonen', 'rent'), reveal: { text: '720' } },
  ontvangt: { check: [opt('ontvangt', 'kinderbijslag')] },
  jarenLaag: { radio: opt('jarenLaag', '5plus') },
  situaties: { check: [opt('situaties', 'geldzorgen')] },
  vasteLasten: { text: '1100' },
};

async function pdfPages(page: Page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
}

async function shareLink(page: Page, button: string, label: string) {
  await page.getByRole('button', { name: button }).click();
  const url = await page.getByRole('textbox', { name: label }).inputValue();
  await page.getByRole('button', { name: button }).click();
  return url;
}

test('English: single mother on bijstand, results fit a phone, the sheet is English with phones and what to bring, the link opens the results', async ({ page, browser }) => {
  await page.setViewportSize(PHONE);
  await journey(page, MOTHER_EN, { lang: EN, home: '/en/' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const likely = await group(page, 'likely');
  expect(likely).toContain('kwijtschelding-gemeentelijke-belastingen');
  const overview = page.locator('.check-overview');
  await expect(overview.locator('[data-overview="help"]')).toContainText('14 033');
  await expect(overview.locator('[data-overview="receiving"]')).toContainText('Child benefit');
  const na = page.locator('details.check-not-applicable');
  await expect(na.getByRole('heading', { name: new RegExp(`^${en('results.groups.notApplicable')} \\(\\d+\\)$`) })).toBeVisible();
  const screens = (await page.getByTestId('check-results').evaluate((e) => e.getBoundingClientRect().height)) / PHONE.height;
  console.log(`[figures] single mother (en): results ${screens.toFixed(1)} screens of 360 × 800`);
  expect(screens).toBeLessThanOrEqual(8);
  await axe(page, 'English results at 360 px');

  const url = await shareLink(page, en('share.button'), en('share.label'));
  expect(url).toContain('/en/check/#');
  await expect(page.locator('.check-print-sheet')).toHaveAttribute('data-qr', 'ready');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.check-print-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('form.check-form')).toHaveCount(0);
  expect(await page.locator('button:visible').count(), 'no buttons on paper').toBe(0);
  await expect(sheet.locator('.sheet-header')).toContainText(en('print.heading'));
  await expect(sheet.getByText(/Made on \d+ \w+ \d{4}/)).toBeVisible();
  for (const card of await sheet.locator('.sheet-card').all()) {
    await expect(card).toContainText(en('print.bring'));
    await expect(card).toContainText(en('print.howTo'));
  }
  for (const li of await sheet.locator('.sheet-addresses li').all()) await expect(li).toContainText(/phone [0-9 ]+|phone number unknown, call 14 033/);
  await expect(sheet.locator('.sheet-url')).toHaveText(url);
  await expect(sheet.locator('.sheet-qr svg')).toBeVisible();
  const pages = await pdfPages(page);
  console.log(`[figures] single mother (en): printed sheet ${pages} A4`);
  expect(pages).toBeLessThanOrEqual(2);

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.clock.setFixedTime(new Date(`${E2E_DATE}T10:00:00`));
  await p2.goto(url);
  await expect(p2.getByTestId('check-results')).toBeVisible();
  await expect(p2.locator('html')).toHaveAttribute('lang', 'en');
  await expect(p2.getByText(en('results.fromLink'))).toBeVisible();
  await expect(p2.getByRole('link', { name: en('results.changeShared') })).toBeVisible();
  expect(await group(p2, 'likely')).toEqual(likely);
  await axe(p2, 'English results from a shared link');
  await other.close();
});

test('slow phone (4× CPU): start before the check has loaded, answer, results and the sheet', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/check/', { waitUntil: 'commit' });
  // Tapped as soon as it shows, whether or not the island has loaded.
  await page.getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#check-heading')).toContainText('Woont u in de gemeente Amersfoort?');
  await answerAll(page, JOURNEYS['single mother on bijstand']!);
  await expect(page.locator('.check')).toHaveAttribute('data-screen', 'summary');
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  const likely = await group(page, 'likely');
  expect(likely).toContain('individuele-inkomenstoeslag');
  await expect(page.locator('.check-overview')).toBeVisible();
  await expect(page.locator('.check-print-sheet')).toHaveAttribute('data-qr', 'ready');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.check-print-sheet')).toBeVisible();
  expect(await pdfPages(page)).toBeLessThanOrEqual(2);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
