/**
 * Another municipality's site, built from its pack (`npm run build:gemeenten`), as its residents use
 * it. One spec for every pack: what it expects comes from the pack's own content (gemeente.yaml,
 * regelingen, organisaties, wijken) and the engine, so a new municipality is tested without a new
 * test. Runs in the project `gemeente-<id>` (playwright.config.ts).
 */
import { test, expect, E2E_DATE } from '../fixtures.ts';
import type { Page } from '@playwright/test';
import { axe, group, journey, shareLink } from '../check-helpers.ts';
import { JOURNEYS } from '../journeys.ts';
import { allPacks, loadPack, type Pack } from '../../src/lib/content/packs.ts';
import { loadAllContent } from '../../src/lib/content/validate.ts';
import { loadPackContent } from '../../src/lib/content/engineFiles.ts';
import { evaluateAll } from '../../src/lib/engine/index.ts';
import { decodeAnswers } from '../../src/components/check/logic/share.ts';
import { toHousehold } from '../../src/components/check/logic/household.ts';
import { envFor } from '../../src/components/check/logic/meta.ts';
import { thresholdPeriods } from '../../src/lib/engine/thresholds.ts';
import { LOCALE_TABLE, type Locale } from '../../src/i18n/locales.ts';
import { ROUTE_KEYS, route, type RouteKey } from '../../src/utils/routes.ts';
import { loadTemplates } from '../../scripts/lib/engineContent.ts';

test.describe.configure({ timeout: 90_000 });

const ROOT = process.cwd();
const packOf = (): Pack => loadPack(ROOT, String(test.info().project.metadata.gemeente));
const siteOf = async (pack: Pack) => loadAllContent(ROOT, [], pack);
const ownIds = (pack: Pack, entries: { file: string; id: string }[]) => entries.filter((e) => !e.file.startsWith('content/landelijk/')).map((e) => e.id);
/** How the other municipalities are recognised: their name and phone must never show on this site. */
const others = (pack: Pack) => allPacks(ROOT).filter((p) => p.id !== pack.id);
const templates = loadTemplates('nl');

async function noOtherMunicipality(page: Page, pack: Pack, where: string) {
  const text = (await page.locator('body').innerText()).toLowerCase();
  for (const o of others(pack)) {
    for (const word of [o.gemeente.name, o.gemeente.phone]) expect(text.includes(word.toLowerCase()), `${where}: "${word}" (${o.id}) on the ${pack.id} site`).toBe(false);
  }
}

test('home: the site name, the phone as a link, only the pack\'s languages', async ({ page }) => {
  const pack = packOf();
  const g = pack.gemeente;
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(`^${g.site.name}`));
  const phone = page.locator('.site-footer').getByRole('link', { name: g.phone });
  await expect(phone).toHaveAttribute('href', `tel:${g.phone.replace(/\D/g, '')}`);
  const langs = page.getByRole('navigation', { name: /taal/i }).locator('[lang]');
  await expect(langs).toHaveText(LOCALE_TABLE.filter((l) => g.languages.includes(l.code)).map((l) => l.name));
  await noOtherMunicipality(page, pack, 'home');
  await axe(page, 'home');
});

test('every page type in every language of the site is accessible (axe) and names no other municipality', async ({ page }) => {
  test.setTimeout(300_000);
  const pack = packOf();
  const site = await siteOf(pack);
  const slug: Partial<Record<RouteKey, string>> = {
    regeling: ownIds(pack, site.regelingen)[0],
    organisatie: pack.gemeente.organisation,
    wijk: site.wijken[0]?.id,
  };
  for (const locale of pack.gemeente.languages as Locale[]) {
    for (const key of ROUTE_KEYS) {
      const url = route(locale, key, slug[key] ?? 'x');
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      if (key === 'check' || key === 'checkSnel') await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
      await noOtherMunicipality(page, pack, url);
      await axe(page, url);
    }
  }
});

test('regelingen, a regeling, the wijken and a wijk: the pack\'s own content and the national content, with the pack\'s helpers', async ({ page }) => {
  const pack = packOf();
  const site = await siteOf(pack);
  await page.goto('/regelingen/');
  const listed = await page.locator('main a[href^="/regelingen/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('/')[2]))]);
  expect(new Set(listed)).toEqual(new Set(site.regelingen.map((r) => r.id)));
  // The pack's own regeling: its title and its organisation with contact details.
  const own = site.regelingen.find((r) => !r.file.startsWith('content/landelijk/') && r.data.organisation === pack.gemeente.organisation)!;
  await page.goto(`/regelingen/${own.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(own.data.title);
  const org = site.organisaties.find((o) => o.id === pack.gemeente.organisation)!;
  await expect(page.locator('main')).toContainText(org.data.name);
  // A national regeling: the pack's helpers and phone filled in, no tokens left.
  await page.goto('/regelingen/huurtoeslag/');
  const helper = site.organisaties.find((o) => o.id === pack.gemeente.helpers.formulieren[0])!;
  await expect(page.locator('main')).toContainText(helper.data.name);
  await expect(page.locator('main')).not.toContainText('{{');
  await expect(page.locator('main')).not.toContainText('@formulieren');
  await page.goto('/wijken/');
  const wijk = site.wijken[0]!;
  await page.getByRole('link', { name: wijk.data.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(wijk.data.name);
  await noOtherMunicipality(page, pack, 'wijk');
});

/** The single mother on bijstand of the user journeys (e2e/journeys.ts). */
const MOTHER = JOURNEYS['single mother on bijstand']!;

/** What the engine says for the answers in a share link, with this pack's content (the CLI's answer). */
function engineStatuses(pack: Pack, url: string) {
  const content = loadPackContent(ROOT, pack);
  const answers = decodeAnswers(new URL(url).hash);
  if (!answers) throw new Error(`not a check link: ${url}`);
  const env = envFor({ thresholds: thresholdPeriods(content), municipality: content.municipality }, E2E_DATE);
  const r = evaluateAll(toHousehold(answers, E2E_DATE, env), content, { locale: 'nl', templates, referenceDate: E2E_DATE });
  return { content, results: r.results };
}

async function expectPackResults(page: Page, pack: Pack) {
  const site = await siteOf(pack);
  const { content, results } = engineStatuses(pack, await shareLink(page));
  // Only regelingen of this site (national and its own) are shown; of the pack's own, the page says what the engine says.
  const shown = await page.locator('[data-result-id]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-result-id') ?? ''))]);
  const known = new Set([...content.rules.map((r) => r.name), ...site.regelingen.map((r) => r.id)]);
  for (const id of shown) expect(known.has(id), `${id} is a regeling of the ${pack.id} site`).toBe(true);
  const own = new Set(ownIds(pack, site.regelingen));
  const likely = await group(page, 'likely');
  const check = await group(page, 'check');
  let ownOffered = 0;
  for (const r of results.filter((x) => own.has(x.id) && x.applicable !== false)) {
    if (r.status === 'likely') expect(likely, `${r.id}: the engine says likely`).toContain(r.id);
    if (r.status === 'check') expect(check, `${r.id}: the engine says check`).toContain(r.id);
    if (r.status !== 'unlikely') ownOffered++;
  }
  expect(ownOffered, `the ${pack.id} regelingen she can ask for`).toBeGreaterThan(0);
  // Help in person: the municipality's own phone.
  await expect(page.locator('.check-help')).toContainText(pack.gemeente.phone);
  await noOtherMunicipality(page, pack, 'results');
}

test('the check: a single mother on bijstand gets this municipality\'s regelingen, never another\'s (axe after every step)', async ({ page }) => {
  test.setTimeout(180_000);
  const pack = packOf();
  await journey(page, MOTHER, { axeEachStep: true });
  await expect(page.getByRole('heading', { name: /U krijgt dit al/ })).toBeVisible();
  await expectPackResults(page, pack);
  await axe(page, 'results');
});

test('the quick form at the desk, then the printed handover sheet with the municipality\'s phone', async ({ page }) => {
  const pack = packOf();
  const g = pack.gemeente;
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  const form = page.locator('form.check-form');
  const fieldset = (legend: string | RegExp) => form.locator('fieldset').filter({ hasText: legend });
  await fieldset(`Woont u in de gemeente ${g.name}?`).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Alleen met mijn kind of kinderen', exact: true }).check();
  await form.getByLabel('Hoe oud zijn de kinderen die bij u wonen?').fill('4, 9');
  await form.getByLabel('Hoe oud bent u?').fill('34');
  await form.getByRole('checkbox', { name: 'Bijstand', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1420');
  const mede = fieldset('Wonen er andere mensen van 27 jaar');
  if (await mede.count()) await mede.getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('300');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.getByLabel('Hoeveel huur betaalt u per maand?').fill('650');
  await fieldset('Welke van deze krijgt u al?').getByRole('checkbox', { name: 'Kinderbijslag' }).check();
  const jaren = fieldset('Hoe lang heeft u al zo weinig inkomen?');
  if (await jaren.count()) await jaren.getByRole('radio', { name: '5 jaar of langer' }).check();
  await fieldset('Past een van deze dingen bij u?').getByRole('checkbox', { name: 'Geen van deze' }).check();
  const gross = form.locator('.check-quick-item').filter({ has: page.getByLabel('Weet u uw bruto jaarinkomen?') });
  if (await gross.count()) await gross.getByRole('checkbox', { name: 'Ik weet het niet' }).check();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.locator('#check-results-heading')).toBeFocused();
  await expectPackResults(page, pack);
  await axe(page, 'quick form results');

  // Printing gives the handover sheet only, with the municipality's phone and the site's name.
  await expect(page.locator('.check-print-sheet')).toHaveAttribute('data-qr', 'ready');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.check-print-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('form.check-form')).toBeHidden();
  await expect(sheet).toContainText(g.phone);
  await expect(sheet).toContainText(g.site.name);
  for (const li of await sheet.locator('.sheet-addresses li').all()) await expect(li).toContainText(new RegExp(`tel\\. [0-9 ]+|telefoonnummer onbekend, bel ${g.phone}`));
  const text = (await sheet.innerText()).toLowerCase();
  // Paper shows text people can read and type: no program values, no mailto: or tel: prefixes.
  for (const raw of ['[object object]', 'undefined', 'mailto:', 'tel:']) expect(text.includes(raw), `"${raw}" on the sheet`).toBe(false);
  for (const o of others(pack)) expect(text.includes(o.gemeente.phone), `sheet names ${o.id}'s phone`).toBe(false);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
  console.log(`[figures] ${pack.id}: single mother on bijstand, quick form: printed sheet ${pages} A4`);
  expect(pages).toBeLessThanOrEqual(3);
});
