/**
 * The quick form after the results are shown (journeys-2026-12.md: 'typing "abc" after results shows
 * no error'): a wrong answer gets its message once typing stops, and the results stay those of
 * the last right answers, saying so; putting it right brings the results back in step.
 */
import { test, expect } from './fixtures.ts';
import { axe, group, WOONPLAATS } from './check-helpers.ts';

test('quick form: a wrong answer after the results gets its message; the results keep the last right answers', async ({ page }) => {
  await page.goto('/check/snel/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  const form = page.locator('form.check-form');
  const fieldset = (legend: string) => form.locator('fieldset').filter({ hasText: legend });
  await fieldset(WOONPLAATS).getByRole('radio', { name: 'Ja', exact: true }).check();
  await form.getByRole('radio', { name: 'Alleen', exact: true }).check();
  await form.getByLabel('Hoe oud bent u?').fill('45');
  await form.getByRole('checkbox', { name: 'Bijstand', exact: true }).check();
  await form.getByLabel('Hoeveel inkomen heeft u per maand?').fill('1100');
  await fieldset('Wonen er andere mensen van 27 jaar').getByRole('radio', { name: 'Nee', exact: true }).check();
  await form.getByLabel('Hoeveel spaargeld heeft u?').fill('200');
  await form.getByRole('radio', { name: 'Ik huur een huis of kamer' }).check();
  await form.getByLabel('Hoeveel huur betaalt u per maand?').fill('600');
  await fieldset('Welke van deze krijgt u al?').getByRole('checkbox', { name: 'Geen van deze' }).check();
  await fieldset('Hoe lang heeft u al zo weinig inkomen?').getByRole('radio', { name: '5 jaar of langer' }).check();
  await fieldset('Past een van deze dingen bij u?').getByRole('checkbox', { name: 'Geen van deze' }).check();
  const gross = form.locator('.check-quick-item').filter({ has: page.getByLabel('Weet u uw bruto jaarinkomen?') });
  if (await gross.count()) await gross.getByRole('checkbox', { name: 'Ik weet het niet' }).check();
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  const before = await group(page, 'likely');
  expect(before).toContain('individuele-inkomenstoeslag');

  const income = form.getByLabel('Hoeveel inkomen heeft u per maand?');
  await income.fill('abc');
  await expect(income).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('Vul een bedrag in met alleen cijfers');
  await expect(page).toHaveTitle(/^Fout:/);
  const stale = page.getByText('De uitkomst hieronder hoort bij uw vorige antwoorden.');
  await expect(stale).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await stale.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('quick-stale-360.png') });
  await expect(page.getByTestId('check-results')).toBeVisible();
  expect(await group(page, 'likely'), 'the results of the last right answers').toEqual(before);
  await axe(page, 'quick form with a wrong answer under the results');

  await income.fill('1150');
  await expect(stale).toBeHidden();
  await expect(income).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).not.toHaveTitle(/^Fout:/);
  expect(await group(page, 'likely')).toContain('individuele-inkomenstoeslag');
});
