/**
 * Speed of the check (issue 6 §8), printed as figures, not asserted: timings depend on the
 * machine. Time from the last answer ("Bekijk de uitkomst") to the results, on a mid-range
 * phone profile (4× CPU slowdown, as Lighthouse's mobile profile). Budget: 100 ms.
 *   npm run bench:check        (builds first; uses Debian's Chromium like the e2e tests)
 */
import { test, expect } from '@playwright/test';
import { answer, journey, next, type Answers } from '../e2e/check-helpers.ts';

test.describe.configure({ mode: 'serial' });

const STEPS: Answers = {
  woonplaats: { radio: 'Ja' },
  situatie: { radio: 'Alleen met mijn kind of kinderen' },
  kinderen: { text: '4, 9' },
  leeftijd: { text: '34' },
  inkomstenbron: { check: ['Bijstand'] },
  inkomen: { text: '1300' },
  medebewoners: { radio: 'Nee' },
  vermogen: { text: '300' },
  wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '650' } },
  ontvangt: { check: ['Kinderbijslag'] },
  jarenLaag: { radio: '5 jaar of langer' },
  situaties: { check: ['Geen van deze'] },
};

test('time from the last answer to the results, engine loaded, 4x CPU slowdown (median of 7)', async ({ page, context }) => {
  test.setTimeout(90_000);
  const cdp = await context.newCDPSession(page);
  const times: number[] = [];
  await journey(page, STEPS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Repeat: change the last answer and submit again (engine already loaded, as after "Begin").
  for (let i = 0; i < 7; i++) {
    await page.locator('.check-answers').getByRole('link', { name: /Wijzig.*Past bij u/ }).click();
    await answer(page, { check: [i % 2 ? 'Geen van deze' : 'Ik heb een huisdier'] });
    await next(page);
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await expect(page.getByTestId('check-results')).toBeVisible();
    const ms = await page.evaluate(() => performance.getEntriesByName('check:time-to-results')[0]?.duration ?? NaN);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`[speed] time to results at 4x CPU slowdown: median ${median.toFixed(0)} ms, all ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`[speed] budget 100 ms: ${median <= 100 ? 'OK' : 'OVER'}`);
});

test('the first result after the last question (cold: engine preloaded while answering, first render)', async ({ browser }) => {
  // Three fresh pages; the median is printed.
  test.setTimeout(120_000);
  const firsts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Slow the CPU from the summary on: the measured part is "last answer → results".
    await journey(page, STEPS, { beforeSubmit: () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }).then(() => undefined) });
    firsts.push(await page.evaluate(() => performance.getEntriesByName('check:time-to-results')[0]?.duration ?? NaN));
    await context.close();
  }
  firsts.sort((a, b) => a - b);
  const median = firsts[1]!;
  console.log(`[speed] first results at 4x CPU slowdown: median ${median.toFixed(0)} ms, all ${firsts.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`[speed] budget 100 ms: ${median <= 100 ? 'OK' : 'OVER'}`);
});
