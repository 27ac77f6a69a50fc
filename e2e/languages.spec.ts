/**
 * Every page type in every language of the locale table: the right lang and dir, one h1, the
 * language list leading to the same page in each language (and hreflang with absolute URLs),
 * the footer help, and axe (WCAG 2.2 AA). One test per language, one page per type, in one
 * browser context: the sweep stays quick enough for CI.
 */
import { test, expect } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES, LOCALE_TABLE, dirOf, type Locale } from '../src/i18n/locales.ts';
import { INTERACTIVE_PAGE_TYPES, PAGE_TYPES, WCAG_TAGS } from './support/pageTypes.ts';
import { ui } from './support/strings.ts';
import { PHONE_NUMBER } from './support/site.ts';
import { unmarkedDutch } from './support/dutch.ts';

test.describe.configure({ mode: 'parallel', timeout: 240_000 });

for (const locale of LOCALES) {
  test(`every page type in ${locale}: lang/dir, one h1, language links, hreflang, footer help, axe WCAG 2.2 AA`, async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).hostname !== '127.0.0.1') foreign.push(req.url());
    });
    for (const pt of [...PAGE_TYPES, ...INTERACTIVE_PAGE_TYPES]) {
      const url = pt.url[locale];
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator('html'), url).toHaveAttribute('lang', locale);
      await expect(page.locator('html'), url).toHaveAttribute('dir', dirOf(locale));
      await expect(page.locator('h1'), url).toHaveCount(1);
      await expect(page.locator('h1'), url).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      // The language list: every language by its own name, to this same page.
      const langs = page.getByRole('navigation', { name: ui(locale, 'common', 'header.languageLabel') });
      for (const row of LOCALE_TABLE) {
        if (row.code === locale) {
          await expect(langs.locator('[aria-current="true"]'), url).toHaveText(row.name);
          continue;
        }
        const link = langs.getByRole('link', { name: row.name, exact: true });
        await expect(link, `${url} → ${row.code}`).toHaveAttribute('href', pt.url[row.code]);
        await expect(link).toHaveAttribute('lang', row.code);
        await expect(link).toHaveAttribute('dir', row.dir);
      }
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')]));
      for (const l of LOCALES) expect(alternates, url).toContainEqual([l, expect.stringMatching(new RegExp(`^https://[^/]+${pt.url[l].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))]);
      expect(alternates.find(([l]) => l === 'x-default')?.[1], url).toMatch(new RegExp(`${pt.url.nl}$`));
      // Footer: the municipality's number and in-person help on every page, in the page's language.
      await expect(page.getByRole('contentinfo')).toContainText(PHONE_NUMBER);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: ui(locale, 'common', 'footer.inPersonLink') })).toBeVisible();
      // No unmarked Dutch sentence on another language's page: Dutch fallback text says lang="nl".
      if (locale !== 'nl') expect(await unmarkedDutch(page), url).toEqual([]);
      // Dutch text on a right-to-left page is marked left to right.
      if (dirOf(locale) === 'rtl') {
        const unmarked = await page.locator('main [lang="nl"]').evaluateAll((els) => els.filter((e) => !e.closest('[dir="ltr"]')).map((e) => e.outerHTML.slice(0, 80)));
        expect(unmarked, url).toEqual([]);
      }
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}`);
      expect(summary, `axe violations on ${url}`).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });
}

test('the language list leads to the same page in every language and back', async ({ page }) => {
  const pt = PAGE_TYPES.find((p) => p.name === 'regeling')!;
  await page.goto(pt.url.nl);
  const order = [...LOCALE_TABLE.slice(1), LOCALE_TABLE[0]];
  let from: Locale = LOCALE_TABLE[0].code;
  for (const row of order) {
    await page.getByRole('navigation', { name: ui(from, 'common', 'header.languageLabel') }).getByRole('link', { name: row.name, exact: true }).click();
    await expect(page).toHaveURL(pt.url[row.code]);
    await expect(page.locator('html')).toHaveAttribute('lang', row.code);
    from = row.code;
  }
});

test('translated pages say once, in their own language, that the translation is a concept and where to ask', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(PAGE_TYPES.find((p) => p.name === 'regeling')!.url[locale]);
    const notes = page.locator('.translation-note');
    if (locale === 'nl') {
      await expect(notes).toHaveCount(0);
      continue;
    }
    await expect(notes).toHaveCount(1);
    await expect(notes).toHaveText(ui(locale, 'common', 'translation.concept'));
    await expect(notes).toContainText(PHONE_NUMBER);
  }
});

test('in Arabic, phone numbers stay in their Dutch order inside right-to-left text', async ({ page }) => {
  await page.goto('/ar/');
  // The municipality's number in the concept note ("14 000"): the "14" is drawn left of the "000", as on Dutch letters.
  const parts = PHONE_NUMBER.split(' ');
  expect(parts.length, 'the phone number is written in groups').toBeGreaterThan(1);
  const order = await page.locator('.translation-note').evaluate((el, [firstPart, lastPart]) => {
    const text = el.firstChild as Text;
    const at = (needle: string) => {
      const i = text.data.indexOf(needle);
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + needle.length);
      return r.getBoundingClientRect().x;
    };
    return { first: at(firstPart as string), second: at(lastPart as string) };
  }, [parts[0], parts[parts.length - 1]]);
  expect(order.first).toBeLessThan(order.second);
});

test('the Dutch name stays next to a translated name (English regeling and its cards)', async ({ page }) => {
  await page.goto('/en/schemes/huurtoeslag/');
  await expect(page.locator('h1')).toHaveText('Rent benefit');
  await expect(page.locator('.dutch-name--labelled')).toHaveText('In Dutch: Huurtoeslag');
  await expect(page.locator('.dutch-name--labelled [lang="nl"]')).toHaveText('Huurtoeslag');
  await page.goto('/en/schemes/');
  await expect(page.locator('.card', { hasText: 'Rent benefit' }).first().locator('.dutch-name[lang="nl"]')).toHaveText('Huurtoeslag');
});
