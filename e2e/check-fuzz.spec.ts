/**
 * Fuzz (issue 14 §6): hundreds of random and mutated session-storage values and share-link
 * fragments (#c1&…), on the check and the quick check. Every load must end in a live screen
 * (ready, a heading, a button to go on, nothing left "busy" such as "De uitkomst wordt
 * berekend…") with 0 page errors. Seeded (e2e/support/fuzz.ts), so a failure can be replayed.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { STORAGE_KEY } from '../src/components/check/logic/storage.ts';
import { rng, shareFragment, storageValue } from './support/fuzz.ts';

const PER_TEST = 50;
const BATCHES = 4;
test.describe.configure({ timeout: 180_000 });

function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  return errors;
}

async function expectAlive(page: Page, errors: string[], where: string) {
  await expect(page.locator('.check[data-ready="true"]'), where).toBeVisible();
  await expect(page.locator('#check-heading'), where).toBeVisible();
  await expect(page.locator('#check-heading'), where).not.toHaveText('');
  // Nothing stays busy: the results (or their error message) replace "De uitkomst wordt berekend…".
  await expect(page.locator('[aria-busy="true"]'), where).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('.check button:not([disabled]):visible').first(), `${where}: a button to go on`).toBeVisible();
  expect(errors, where).toEqual([]);
}

for (let b = 0; b < BATCHES; b++) {
  test(`stored answers: ${PER_TEST} random and mutated values (batch ${b + 1} of ${BATCHES})`, async ({ page }) => {
    const errors = watch(page);
    const r = rng(1400 + b);
    await page.goto('/check/');
    // The island must have read its (empty) storage before the first value is put there.
    await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
    for (let i = 0; i < PER_TEST; i++) {
      const raw = storageValue(r);
      const path = i % 4 === 3 ? '/check/snel/' : i % 5 === 4 ? '/en/check/' : '/check/';
      await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [STORAGE_KEY, raw] as const);
      await page.goto(`${path}?fuzz=${b}-${i}`);
      await expectAlive(page, errors, `${path} with sessionStorage ${JSON.stringify(raw.slice(0, 300))}`);
    }
  });

  test(`share links: ${PER_TEST} random and mutated fragments (batch ${b + 1} of ${BATCHES})`, async ({ page }) => {
    const errors = watch(page);
    const r = rng(2800 + b);
    for (let i = 0; i < PER_TEST; i++) {
      const fragment = shareFragment(r);
      const path = i % 4 === 3 ? '/check/snel/' : i % 5 === 4 ? '/en/check/' : '/check/';
      await page.goto(`${path}?fuzz=${b}-${i}#${fragment}`);
      await expectAlive(page, errors, `${path}#${fragment.slice(0, 300)}`);
      await page.evaluate(() => sessionStorage.clear());
    }
  });
}
