/**
 * Earlier answers that cannot be read (issue 14 §6): a kind message and a working check, never
 * "De uitkomst wordt berekend…" for ever. The stored value carries a format version.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { STORAGE_KEY, STORAGE_VERSION } from '../src/components/check/logic/storage.ts';
import { axe } from './check-helpers.ts';

const UNREADABLE = 'We konden uw eerdere antwoorden niet lezen. U kunt opnieuw beginnen.';
const ANSWERS = { woonplaats: 'gemeente', situatie: 'alleen', leeftijd: '40', inkomstenbron: ['work'], inkomen: '1500', vermogen: '0', wonen: 'rent', huur: '600', jarenLaag: '5plus', situaties: ['geen'] };

async function withStored(page: Page, path: string, value: unknown) {
  await page.goto(path);
  // Wait for the island: otherwise it could read (and clear) the value before the reload.
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value)] as const);
  await page.reload();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
}

test('the value that used to stop the check (no version, a number for the age) gives a kind message and a fresh start', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await withStored(page, '/check/', { answers: { ...ANSWERS, leeftijd: 40 }, screen: 'results' });
  await expect(page.getByRole('status').filter({ hasText: UNREADABLE })).toBeVisible();
  await expect(page.getByText('De uitkomst wordt berekend')).toHaveCount(0);
  await axe(page, 'start with the unreadable message');
  expect(await page.evaluate((k) => sessionStorage.getItem(k), STORAGE_KEY), 'the unreadable value is removed').toBeNull();
  await page.locator('.check').getByRole('link', { name: 'Begin met de check' }).click();
  await expect(page.locator('#check-heading')).toContainText('Woont u in de gemeente Amersfoort?');
  await expect(page.getByText(UNREADABLE)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.getByText(UNREADABLE)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('an answer of the wrong type is dropped and named; the others are kept and the check goes on from there', async ({ page }) => {
  await withStored(page, '/check/', { version: STORAGE_VERSION, answers: { ...ANSWERS, leeftijd: 40 }, screen: 'results' });
  const notice = page.locator('.check-restore-notice');
  await expect(notice).toContainText('We konden één eerder antwoord niet lezen: Uw leeftijd. Vul dat opnieuw in. Uw andere antwoorden zijn bewaard.');
  await page.getByRole('button', { name: 'Ga verder waar u was' }).click();
  await expect(page.locator('#check-heading')).toContainText('Hoe oud bent u?');
  await page.locator('form.check-form input[type=text]').fill('40');
  await page.locator('form.check-form').getByRole('button').click();
  // Everything else was kept: the next questions come pre-filled, and the summary has them all.
  await expect(page.locator('#check-heading')).toContainText('Waar komt uw inkomen vandaan?');
  await expect(page.getByRole('checkbox', { name: 'Werk (loon)' })).toBeChecked();
  await page.goto('/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.check-restore-notice')).toHaveCount(0);
});

test('the quick check and the English check say it too', async ({ page }) => {
  await withStored(page, '/check/snel/', '{"version":1,"answers":');
  await expect(page.locator('.check-restore-notice')).toHaveText(UNREADABLE);
  await expect(page.locator('form.check-form')).toBeVisible();
  await withStored(page, '/en/check/', { version: STORAGE_VERSION + 1, answers: ANSWERS, screen: 'results' });
  await expect(page.locator('.check-restore-notice')).toHaveText('We could not read your earlier answers. You can start again.');
  await axe(page, 'English start with the message');
});
