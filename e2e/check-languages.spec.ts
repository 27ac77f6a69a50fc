/**
 * The check in every language of the locale table: a single parent on bijstand goes from the home
 * page to the results and gets the same statuses in every language; they are the engine's statuses
 * for that household (the Dutch journey in check-journeys.spec.ts checks them one by one).
 * In Arabic (right to left): axe after every step, read aloud on the results, and screenshots at 360 px
 * of the home page, a regeling, a question and the results (test-results/…/ar-*.png).
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, dirOf, type Locale } from '../src/i18n/locales.ts';
import { evaluateAll, parseHousehold } from '../src/lib/engine/index.ts';
import type { NormSet, Rule } from '../src/lib/engine/types.ts';
import { toHousehold } from '../src/components/check/logic/household.ts';
import type { Answers } from '../src/components/check/logic/questions.ts';
import { journey, type Lang, type Step } from './check-helpers.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';
import { spoken, stubSpeech } from './support/speech.ts';
import { ui } from './support/strings.ts';
import { unmarkedDutch } from './support/dutch.ts';

test.describe.configure({ mode: 'parallel', timeout: 180_000 });

/** The day the tests pretend it is (the check takes today's norms). */
const TODAY = '2026-12-01';

const SINGLE_PARENT: Answers = {
  woonplaats: 'amersfoort',
  situatie: 'alleen-kinderen',
  kinderen: '4, 9',
  leeftijd: '34',
  inkomstenbron: ['bijstand'],
  inkomen: '1300',
  vermogen: '300',
  wonen: 'rent',
  huur: '650',
  jarenLaag: '5plus',
  situaties: ['huisdier'],
};

/** What the engine says for this household: the statuses every language must show. */
function expectedStatuses(): Record<string, string> {
  const json = (dir: string, re: RegExp) => readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
  const rules = json('content/regelingen', /\.rule\.json$/) as Rule[];
  const norms = json('content/normen', /\.json$/) as NormSet[];
  const parsed = parseHousehold(toHousehold(SINGLE_PARENT, TODAY));
  if (!parsed.ok) throw new Error('household does not parse');
  return Object.fromEntries(evaluateAll(parsed.household, rules, norms).results.map((r) => [r.id, r.status]));
}

const opt = (locale: Locale, q: string, v: string) => ui(locale, 'check', `q.${q}.options.${v}`);

function steps(locale: Locale): Step[] {
  // Arabic keyboards type Arabic digits: the check reads them too.
  const income = locale === 'ar' ? '١٣٠٠' : SINGLE_PARENT.inkomen as string;
  return [
    { radio: opt(locale, 'woonplaats', 'amersfoort') },
    { radio: opt(locale, 'situatie', 'alleen-kinderen') },
    { text: SINGLE_PARENT.kinderen as string },
    { text: SINGLE_PARENT.leeftijd as string },
    { check: [opt(locale, 'inkomstenbron', 'bijstand')] },
    { text: income },
    { text: SINGLE_PARENT.vermogen as string },
    { radio: opt(locale, 'wonen', 'rent'), reveal: { text: SINGLE_PARENT.huur as string } },
    { radio: opt(locale, 'jarenLaag', '5plus') },
    { check: [opt(locale, 'situaties', 'huisdier')] },
  ];
}

const lang = (locale: Locale): Lang => ({
  next: ui(locale, 'check', 'nav.next'),
  unknown: ui(locale, 'check', 'nav.unknown'),
  submit: ui(locale, 'check', 'summary.submit'),
  start: ui(locale, 'check', 'start.button'),
  homeLink: ui(locale, 'common', 'home.checkButton'),
});

async function statuses(page: Page): Promise<Record<string, string>> {
  const pairs = await page.locator('[data-result-id][data-result-status]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-result-id')!, e.getAttribute('data-result-status')!]));
  return Object.fromEntries(pairs);
}

for (const locale of LOCALES) {
  test(`single parent on bijstand, in ${locale}: from the home page to the same results as in Dutch${locale === 'ar' ? ' (axe after every step, screenshots)' : ''}`, async ({ page }) => {
    const rtl = dirOf(locale) === 'rtl';
    await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00+01:00`));
    if (rtl) {
      await stubSpeech(page, ['ar-SA', 'nl-NL']);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(PAGE_TYPES.find((p) => p.name === 'regeling')!.url[locale]);
      await page.screenshot({ path: test.info().outputPath(`${locale}-regeling-360.png`), fullPage: false });
    }
    let shotQuestion = false;
    await journey(page, steps(locale), {
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
    expect(await statuses(page)).toEqual(expectedStatuses());
    if (rtl) {
      await page.screenshot({ path: test.info().outputPath(`${locale}-results-360.png`) });
      await page.locator('.check-result').first().screenshot({ path: test.info().outputPath(`${locale}-result-card-360.png`) });
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
