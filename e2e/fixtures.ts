/**
 * The e2e `test`: every page runs with the browser's clock pinned, so the suite gives the same
 * results every day (the check calculates for "today"). E2E_DATE runs the whole suite on another
 * date, e.g. `E2E_DATE=2027-01-05 npx playwright test` (past the last norm set: provisional).
 */
import { test as base, expect } from '@playwright/test';

export const E2E_DATE = process.env.E2E_DATE ?? '2026-12-01';

export const test = base.extend<{ pinnedClock: void }>({
  pinnedClock: [
    async ({ page }, use) => {
      await page.clock.setFixedTime(new Date(`${E2E_DATE}T10:00:00`));
      await use();
    },
    { auto: true },
  ],
});

export { expect };
