/**
 * Five households from the home page ("Start de check") to the results, with the expected
 * grouping from the rules in content/regelingen/*.rule.json (norms of 2026).
 */
import { test, expect } from '@playwright/test';
import { EN, axe, group, journey, type Step } from './check-helpers.ts';

// Axe runs and slow CI machines: more time than the default 30 s.
test.describe.configure({ timeout: 60_000 });

test('single parent on bijstand with two children (axe after every step)', async ({ page }) => {
  test.setTimeout(120_000);
  const steps: Step[] = [
    { radio: 'Ja' },
    { radio: 'Alleen met mijn kind of kinderen' },
    { text: '4, 9' },
    { text: '34' },
    { check: ['Bijstand'] },
    { text: '€ 1.300' },
    { text: '300' },
    { radio: 'Ik huur een huis of kamer', reveal: { text: '650' } },
    { radio: '5 jaar of langer' },
    { check: ['Ik heb een huisdier'] },
  ];
  expect(steps.length).toBeLessThanOrEqual(10);
  await journey(page, steps, { axeEachStep: true });
  const likely = await group(page, 'likely');
  for (const id of ['individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen', 'kinderbijslag', 'kindgebonden-budget', 'stichting-leergeld', 'jeugdfonds-sport-en-cultuur', 'dierenregeling', 'huurtoeslag', 'zorgtoeslag']) {
    expect(likely, id).toContain(id);
  }
  expect(await group(page, 'unlikely')).toContain('mantelzorgwaardering');
  // Help desks are offered apart from the regelingen, so "Waarschijnlijk" lists what you can get.
  await expect(page.getByRole('heading', { name: 'Hier helpen ze u ook' })).toBeVisible();
  await expect(page.locator('.check-services [data-result-id="geldloket"]')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="group-likely"] [data-result-id="geldloket"]')).toHaveCount(0);
  // Total and next steps on top, indication, repayment per result, help at the bottom.
  await expect(page.locator('#check-total-heading')).toContainText(/Samen ongeveer €\s[\d.]+ per jaar/);
  await expect(page.locator('.check-next-steps li').first()).toContainText('Vraag Kindgebonden budget aan');
  await expect(page.getByText('Dit is een indicatie.')).toBeVisible();
  await expect(page.locator('#result-zorgtoeslag').locator('..')).toContainText('voorschot');
  await expect(page.locator('#result-individuele-inkomenstoeslag').locator('..')).toContainText('U hoeft niets terug te betalen');
  await expect(page.locator('#result-individuele-inkomenstoeslag').locator('..').getByRole('link', { name: /Meer over/ })).toHaveAttribute('href', '/regelingen/individuele-inkomenstoeslag/');
  await expect(page.locator('.check-help')).toContainText('14 033');
  // "Waarschijnlijk niet" is collapsed.
  await expect(page.locator('details.check-unlikely')).not.toHaveAttribute('open', '');
});

test('AOW couple renting', async ({ page }) => {
  await journey(page, [
    { radio: 'Ja' },
    { radio: 'Met een partner' },
    { text: '72' },
    { text: '70' },
    { check: ['AOW', 'Pensioen'] },
    { text: '2100' },
    { text: '5.000' },
    { radio: 'Ik huur een huis of kamer', reveal: { text: '700' } },
    { check: ['Geen van deze'] },
  ]);
  // No question about years on a low income (only matters below AOW age), no children question.
  const likely = await group(page, 'likely');
  expect(likely).toEqual(expect.arrayContaining(['huurtoeslag', 'zorgtoeslag']));
  const unlikely = await group(page, 'unlikely');
  expect(unlikely).toEqual(expect.arrayContaining(['individuele-inkomenstoeslag', 'kinderbijslag', 'stichting-leergeld']));
  await expect(page.locator('.check-answers .check-summary')).not.toContainText('Zo lang al laag inkomen');
});

test('working single just above the income limits', async ({ page }) => {
  await journey(page, [
    { radio: 'Ja' },
    { radio: 'Alleen' },
    { text: '30' },
    { check: ['Werk (loon)'] },
    { text: '1.750,00' },
    { text: '2000' },
    { radio: 'Ik huur een huis of kamer', reveal: { text: '800' } },
    { radio: 'Korter dan 3 jaar' },
    { check: ['Geen van deze'] },
  ]);
  const likely = await group(page, 'likely');
  for (const id of ['kwijtschelding-gemeentelijke-belastingen', 'individuele-inkomenstoeslag', 'zorgtoeslag', 'huurtoeslag']) expect(likely).not.toContain(id);
  const unlikely = await group(page, 'unlikely');
  expect(unlikely).toEqual(expect.arrayContaining(['kwijtschelding-gemeentelijke-belastingen', 'individuele-inkomenstoeslag']));
  expect(await group(page, 'check')).toEqual(expect.arrayContaining(['zorgtoeslag', 'huurtoeslag']));
  // The reason names the income.
  await page.locator('details.check-unlikely > summary').click();
  await expect(page.locator('#result-kwijtschelding-gemeentelijke-belastingen').locator('..')).toContainText('inkomen');
});

test('mantelzorger with a good income gets the mantelzorgwaardering', async ({ page }) => {
  await journey(page, [
    { radio: 'Ja', reveal: { select: 'Zielhorst' } },
    { radio: 'Alleen' },
    { text: '55' },
    { check: ['Werk (loon)'] },
    { text: '2400' },
    { text: '10000' },
    { radio: 'Ik heb een koophuis' },
    { check: ['Ik zorg zonder geld voor iemand die ziek is of hulp nodig heeft (mantelzorg)'] },
    { radios: ['8 uur of meer', 'Langer dan 3 maanden', 'Ja'] },
  ]);
  const likely = await group(page, 'likely');
  expect(likely).toContain('mantelzorgwaardering');
  for (const id of ['kwijtschelding-gemeentelijke-belastingen', 'individuele-inkomenstoeslag', 'huurtoeslag']) expect(likely).not.toContain(id);
  // The wijk gives the informatiepunt at the bottom.
  await expect(page.locator('.check-help')).toContainText('Zielhorst');
});

test('someone who answers "Ik weet het niet" to most questions still gets a useful page', async ({ page }) => {
  await journey(page, [
    { unknown: true },
    { radio: 'Alleen' },
    { text: '40' },
    { unknown: true },
    { unknown: true },
    { unknown: true },
    { unknown: true },
    { unknown: true },
    { check: ['Geen van deze'] },
  ]);
  const check = await group(page, 'check');
  expect(check.length).toBeGreaterThanOrEqual(4);
  expect(check).toEqual(expect.arrayContaining(['kwijtschelding-gemeentelijke-belastingen', 'individuele-inkomenstoeslag', 'zorgtoeslag']));
  // Reasons say what is unknown; help and phone are there.
  await expect(page.locator('.check-reason--unknown').first()).toBeVisible();
  await expect(page.locator('.check-next-steps')).toContainText('Laat het nakijken');
  await expect(page.locator('.check-help')).toContainText('14 033');
  await expect(page.locator('.check-answers .check-summary')).toContainText('Weet ik niet');
});

test('someone outside Amersfoort still sees the national toeslagen and where to go', async ({ page }) => {
  await journey(page, [
    { radio: 'Nee' },
    { radio: 'Alleen' },
    { text: '28' },
    { check: ['Werk (loon)'] },
    { text: '1600' },
    { text: '500' },
    { radio: 'Ik huur een huis of kamer', reveal: { text: '750' } },
    { radio: 'Korter dan 3 jaar' },
    { check: ['Geen van deze'] },
  ]);
  expect(await group(page, 'check')).toEqual(expect.arrayContaining(['zorgtoeslag', 'huurtoeslag']));
  expect(await group(page, 'unlikely')).toEqual(expect.arrayContaining(['kwijtschelding-gemeentelijke-belastingen', 'individuele-inkomenstoeslag']));
  await expect(page.locator('.check-help')).toContainText('U woont niet in de gemeente Amersfoort');
});

test('English journey from the English home page (axe after every step)', async ({ page }) => {
  test.setTimeout(120_000);
  await journey(
    page,
    [
      { radio: 'Yes' },
      { radio: 'With a partner and child or children' },
      { text: '2 and 13' },
      { text: '38' },
      { text: '36' },
      { check: ['Work (wages)'] },
      { text: '2,300' },
      { unknown: true },
      { radio: 'I rent a house or room', reveal: { unknown: true } },
      { radio: '5 years or more' },
      { check: ['None of these'] },
    ],
    { lang: EN, home: '/en/', axeEachStep: true },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#check-heading')).toHaveText('This may suit you');
  expect(await group(page, 'likely')).toContain('kinderbijslag');
  await expect(page.locator('#result-kinderbijslag').locator('..').getByRole('link', { name: /More about/ })).toHaveAttribute('href', '/en/schemes/kinderbijslag/');
  await page.locator('details.check-unlikely > summary').click();
  await axe(page, 'results, all open (en)');
});
