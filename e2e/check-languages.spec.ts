/**
 * The check in every language of the locale table: a single parent on bijstand goes from the home
 * page to the results and gets the same statuses in every language as in Dutch (the Dutch journey in
 * check-journeys.spec.ts checks them one by one).
 * In Arabic (right to left): axe after every step, read aloud on the results, and screenshots at 360 px
 * of the home page, a regeling, a question and the results (test-results/…/ar-*.png).
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { LOCALES, dirOf, type Locale } from '../src/i18n/locales.ts';
import { journey, type Answers, type Lang } from './check-helpers.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';
import { spoken, stubSpeech } from './support/speech.ts';
import { ui } from './support/strings.ts';
import { unmarkedDutch } from './support/dutch.ts';

// One after the other in one worker: Dutch first, then every other language against its statuses.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const opt = (locale: Locale, q: string, v: string) => ui(locale, 'check', `q.${q}.options.${v}`);

/** The single parent on bijstand of check-journeys.spec.ts, answered in `locale` (labels from its check.json). */
function answers(locale: Locale): Answers {
  return {
    woonplaats: { radio: opt(locale, 'woonplaats', 'gemeente') },
    situatie: { radio: opt(locale, 'situatie', 'alleen-kinderen') },
    kinderen: { text: '4, 9' },
    leeftijd: { text: '34' },
    inkomstenbron: { check: [opt(locale, 'inkomstenbron', 'bijstand')] },
    // Arabic keyboards type Arabic digits: the check reads them too.
    inkomen: { text: locale === 'ar' ? '١٣٠٠' : '1300' },
    medebewoners: { radio: opt(locale, 'medebewoners', 'nee') },
    vermogen: { text: '300' },
    wonen: { radio: opt(locale, 'wonen', 'rent'), reveal: { text: '650' } },
    ontvangt: { check: [opt(locale, 'ontvangt', 'kinderbijslag')] },
    jarenLaag: { radio: opt(locale, 'jarenLaag', '5plus') },
    situaties: { check: [opt(locale, 'situaties', 'huisdier')] },
  };
}

const lang = (locale: Locale): Lang => ({
  next: ui(locale, 'check', 'nav.next'),
  unknown: ui(locale, 'check', 'nav.unknown'),
  submit: ui(locale, 'check', 'summary.submit'),
  start: ui(locale, 'check', 'start.button'),
  homeLink: ui(locale, 'common', 'home.checkButton'),
});

/** Every result on the page: id → status (and "receiving" for what the household already gets). */
async function statuses(page: Page): Promise<Record<string, string>> {
  // The groups below "Waarschijnlijk" render one frame after the results appear: wait for the page's signal.
  await expect(page.getByTestId('check-results')).toHaveAttribute('data-complete', 'true');
  const pairs = await page
    .locator('[data-result-id][data-result-status]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-result-id')!, `${e.getAttribute('data-result-status')}${e.getAttribute('data-result-receiving') === 'true' ? '+receiving' : ''}`]));
  return Object.fromEntries(pairs);
}

let dutch: Record<string, string> | undefined;

for (const locale of LOCALES) {
  test(`single parent on bijstand, in ${locale}: from the home page to ${locale === 'nl' ? 'the results' : 'the same results as in Dutch'}${locale === 'ar' ? ' (axe after every step, screenshots)' : ''}`, async ({ page }) => {
    const rtl = dirOf(locale) === 'rtl';
    if (rtl) {
      await stubSpeech(page, ['ar-SA', 'nl-NL']);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(PAGE_TYPES.find((p) => p.name === 'regeling')!.url[locale]);
      await page.screenshot({ path: test.info().outputPath(`${locale}-regeling-360.png`), fullPage: false });
    }
    let shotQuestion = false;
    await journey(page, answers(locale), {
      lang: lang(locale),
      home: PAGE_TYPES[0]!.url[locale],
      axeEachStep: rtl,
      beforeSubmit: async () => {
        await expect(page.locator('html')).toHaveAttribute('dir', dirOf(locale));
      },
      ...(rtl
        ? {
            onScreen: async (screen: string) => {
              if (screen === 'home') await page.screenshot({ path: test.info().outputPath(`${locale}-home-360.png`) });
              if (screen === 'question' && !shotQuestion) {
                shotQuestion = true;
                await page.screenshot({ path: test.info().outputPath(`${locale}-question-360.png`) });
              }
            },
          }
        : {}),
    });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('#check-heading')).toHaveText(ui(locale, 'check', 'results.heading'));
    const found = await statuses(page);
    expect(Object.keys(found).length).toBeGreaterThan(20);
    if (locale === 'nl') dutch = found;
    else expect(found, 'the same statuses as in Dutch').toEqual(dutch);
    if (rtl) {
      await page.screenshot({ path: test.info().outputPath(`${locale}-results-360.png`) });
      await page.locator('section[aria-labelledby="group-likely"] .check-result').first().screenshot({ path: test.info().outputPath(`${locale}-result-card-360.png`) });
      // Mirrored: the logo sits on the right; the amount keeps its digits.
      const logo = await page.locator('.site-logo').boundingBox();
      expect(logo!.x + logo!.width).toBeGreaterThan(300);
      await expect(page.locator('#check-total-heading')).toContainText(/\d/);
      // The results can be read aloud, in Arabic.
      await page.getByRole('button', { name: ui(locale, 'common', 'readAloud.start') }).first().click();
      const said = await spoken(page);
      expect(said[0]).toMatchObject({ text: ui(locale, 'check', 'results.heading'), lang: locale });
    }
    if (locale !== 'nl') {
      // Every Dutch sentence on the results (repayment notes, help in the neighbourhood, reasons) is marked lang="nl".
      await page.locator('details.check-unlikely > summary').click();
      expect(await unmarkedDutch(page, '.check-results')).toEqual([]);
    }
  });
}
