/**
 * "Wat als er iets verandert?" under the results (WhatIf.tsx): an intermediary compares the client's
 * situation now with one change, by roles and labels, keyboard only where it matters, with axe.
 * The household is the quick-form journey of journeys-2026-12.md: a single father, €1,350 net,
 * children 5 and 11, rent €850. Read off two separate results, 8 hours more work looked like losing
 * €10,000 a year; the comparison must show he keeps more.
 */
import { test, expect, E2E_DATE } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { axe, journey, WOONPLAATS } from './check-helpers.ts';

test.describe.configure({ timeout: 90_000 });

async function fatherInQuickForm(page: Page) {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  const form = page.locator('form.check-form');
  await form.locator('fieldset').filter({ hasText: WOONPLAATS }).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Alleen met mijn kind of kinderen', exact: true }).check();
  await form.getByLabel('Hoe oud zijn de kinderen die bij u wonen?').fill('5, 11');
  await form.getByLabel('Hoe oud bent u?').fill('41');
  await form.getByRole('checkbox', { name: 'Werk (loon)', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1350');
  // On the 2026 figures every toeslag is at its maximum at this net income whatever the gross: the gross
  // is not asked. Past the known figures (E2E_DATE=2027-…) the check cannot tell, so it asks.
  if (E2E_DATE < '2027-01-01') await expect(form.getByLabel('Weet u uw bruto jaarinkomen?')).toHaveCount(0);
  else await form.locator('#q-brutoInkomen-unknown').check();
  await form.locator('fieldset').filter({ hasText: 'Wonen er andere mensen van 27 jaar' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('1200');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.getByLabel('Hoeveel huur betaalt u per maand?').fill('850');
  const ontvangt = form.locator('fieldset').filter({ hasText: 'Welke van deze krijgt u al?' });
  await ontvangt.getByRole('checkbox', { name: 'Kinderbijslag', exact: true }).check();
  await ontvangt.getByRole('checkbox', { name: 'Kindgebonden budget', exact: true }).check();
  await form.getByRole('radio', { name: '5 jaar of langer' }).check();
  await form.getByRole('checkbox', { name: 'Ik heb geldzorgen of rekeningen die ik niet kan betalen' }).check();
  await form.getByLabel(VASTE_LASTEN).fill('1100');
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.getByTestId('check-results')).toHaveAttribute('data-complete', 'true');
}

const panel = (page: Page) => page.getByRole('region', { name: 'Wat als er iets verandert?' });
const VASTE_LASTEN = 'Hoeveel betaalt u per maand aan vaste lasten?';
/** "€ 5.563" → 5563 */
const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

test('quick form: 8 hours more work for the father, compared with the keyboard; he keeps thousands more', async ({ page }) => {
  await fatherInQuickForm(page);
  const wi = panel(page);
  await expect(wi.getByRole('heading', { name: 'Wat als er iets verandert?' })).toBeVisible();
  const open = wi.getByRole('button', { name: 'Vergelijk met een andere situatie' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  // Keyboard only from the button on.
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(wi.getByRole('checkbox', { name: 'Het inkomen uit werk gaat omhoog of omlaag' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(wi.getByRole('group', { name: 'Het inkomen uit werk' })).toBeVisible();
  await wi.getByRole('radio', { name: 'Omhoog: er komt meer binnen' }).focus();
  await page.keyboard.press('Space');
  await wi.getByRole('radio', { name: 'Het aantal uren per week en het uurloon' }).focus();
  await page.keyboard.press('Space');
  await wi.getByLabel('Hoeveel uur per week meer of minder?').focus();
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect(wi.getByLabel('Wat is het bruto uurloon?')).toBeFocused();
  await page.keyboard.type('14,50');
  await page.keyboard.press('Enter');

  const result = page.getByTestId('whatif-result');
  await expect(result.getByRole('heading', { name: 'Nu en na de verandering' })).toBeFocused();
  await expect(result).toContainText(/8 uur per week meer werk, voor €\s14,50 bruto per uur/);
  // In all he keeps more: thousands of euros a year, not a loss.
  const net = page.getByTestId('whatif-net');
  await expect(net).toContainText(/^Per jaar houdt u ongeveer €\s[\d.]+ meer over\.$/);
  expect(euros((await net.textContent()) ?? '')).toBeGreaterThan(3000);
  // Per regeling before and after; the income, the regelingen and the net at the bottom.
  const table = result.getByRole('table', { name: 'Regelingen nu en na de verandering' });
  await expect(table.getByRole('columnheader')).toHaveText(['Regeling', 'Nu', 'Na de verandering', 'Verschil per jaar']);
  const iit = table.getByRole('row', { name: /Individuele inkomenstoeslag/ });
  await expect(iit).toContainText('Waarschijnlijk');
  await expect(iit).toContainText('Waarschijnlijk niet');
  await expect(iit).toContainText(/€\s[\d.]+ minder/);
  await expect(table.getByRole('row', { name: /Inkomen \(netto\)/ })).toContainText(/€\s[\d.]+ meer/);
  await expect(table.getByRole('row', { name: /Netto verschil per jaar/ })).toContainText(/€\s[\d.]+ meer/);
  // What he already gets and keeps is not a change.
  await expect(table.getByRole('row', { name: /Kinderbijslag/ })).toHaveCount(0);
  // A plain warning where the change loses a regeling, and how it was calculated.
  await expect(page.getByTestId('whatif-warnings')).toContainText(/Met 8 uur per week meer werk, voor €\s14,50 bruto per uur verliest u ongeveer €\s[\d.]+ per jaar aan toeslagen en regelingen: Individuele inkomenstoeslag\./);
  await expect(result).toContainText(/Uren: 8 uur × €\s14,50 × 52 weken plus 8% vakantiegeld = €\s6\.515 bruto per jaar\./);
  // Announced to screen readers.
  await expect(page.locator('.check-whatif [role="status"]')).toContainText('De vergelijking staat klaar. Per jaar houdt u ongeveer');
  await axe(page, 'what-if comparison (quick form)');

  // Printing: the comparison is on paper, the form is not.
  await page.emulateMedia({ media: 'print' });
  await expect(result.getByRole('table')).toBeVisible();
  await expect(wi.getByRole('button', { name: 'Vergelijk', exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('the comparison travels in the share link and survives a reload', async ({ page, context }) => {
  await fatherInQuickForm(page);
  const wi = panel(page);
  await wi.getByRole('button', { name: 'Vergelijk met een andere situatie' }).click();
  await wi.getByRole('checkbox', { name: 'Een kind wordt 18 jaar' }).check();
  await wi.getByRole('radio', { name: 'Het kind van 11 jaar' }).check();
  await wi.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const table = page.getByTestId('whatif-result').getByRole('table');
  await expect(table.getByRole('row', { name: /Kindgebonden budget/ })).toContainText(/€\s[\d.]+ minder/);
  await expect(page.getByTestId('whatif-result')).toContainText('Uw kind van 11 wordt 18');

  await page.reload();
  await expect(page.getByTestId('whatif-result')).toContainText('Uw kind van 11 wordt 18');

  await page.getByTestId('whatif-result').getByRole('button', { name: 'Deel de vergelijking' }).click();
  const url = await page.getByLabel('Link naar de vergelijking').inputValue();
  expect(url).toContain('wiVerandering=kind18');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('whatif-result')).toContainText('Uw kind van 11 wordt 18');
  await expect(other.getByTestId('whatif-result').getByRole('table').getByRole('row', { name: /Kinderbijslag/ })).toContainText(/€\s[\d.]+ minder/);
  await other.close();
});

test('check: nothing chosen gives a kind error list; a rent change for the AOW couple changes huurtoeslag', async ({ page }) => {
  await journey(page, {
    woonplaats: { radio: 'Ja' },
    situatie: { radio: 'Met een partner' },
    leeftijd: { text: '72' },
    leeftijdPartner: { text: '70' },
    inkomstenbron: { check: ['AOW', 'Pensioen'] },
    inkomen: { text: '2100' },
    brutoInkomen: { unknown: true },
    medebewoners: { radio: 'Nee' },
    vermogen: { text: '5.000' },
    wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '600' } },
    ontvangt: { check: ['Geen van deze'] },
    situaties: { check: ['Geen van deze'] },
  });
  const wi = panel(page);
  await wi.getByRole('button', { name: 'Vergelijk met een andere situatie' }).click();
  await wi.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const errors = wi.locator('.check-error-summary');
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('Kies wat er verandert.');
  await axe(page, 'what-if with an error');
  await errors.getByRole('link', { name: 'Kies wat er verandert.' }).click();
  await expect(wi.getByRole('checkbox').first()).toBeFocused();

  await wi.getByRole('checkbox', { name: 'De huur verandert' }).check();
  await wi.getByLabel('Hoeveel wordt de kale huur per maand?').fill('750');
  await wi.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  const result = page.getByTestId('whatif-result');
  await expect(result).toContainText(/De kale huur wordt €\s750 per maand/);
  const row = result.getByRole('table').getByRole('row', { name: /Huurtoeslag/ });
  // The gross is estimated: the difference may be a range, and it is more huurtoeslag.
  await expect(row).toContainText(/€\s[\d.]+( tot €\s[\d.]+)? meer/);
  await expect(page.getByTestId('whatif-net')).toContainText(/meer over\.$/);
  await expect(result).toContainText('We weten het bruto jaarinkomen niet precies');
  await axe(page, 'what-if comparison (check)');
});
