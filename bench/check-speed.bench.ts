/**
 * Speed of the check (issue 6 §8), printed as figures, not asserted: timings depend on the
 * machine. Time from the last answer ("Bekijk de uitkomst") to the results, on a mid-range
 * phone profile (4× CPU slowdown, as Lighthouse's mobile profile). Budget: 100 ms.
 *   npm run bench:check        (builds first; uses Debian's Chromium like the e2e tests)
 */
import { test, expect } from '@playwright/test';
import { answer, journey, next, SINGLE_PARENT } from '../e2e/check-helpers.ts';

test.describe.configure({ mode: 'serial' });

test('time from the last answer to the results, engine loaded, 4x CPU slowdown (median of 7)', async ({ page, context }) => {
  test.setTimeout(90_000);
  const cdp = await context.newCDPSession(page);
  const times: number[] = [];
  await journey(page, SINGLE_PARENT);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Repeat: change the last answer and submit again (engine already loaded, as after "Begin").
  for (let i = 0; i < 7; i++) {
    // "Uw antwoorden" is a closed line under the results: open it first.
    if (!(await page.locator('details.check-answers').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('details.check-answers > summary').click();
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
    await journey(page, SINGLE_PARENT, { beforeSubmit: () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }).then(() => undefined) });
    firsts.push(await page.evaluate(() => performance.getEntriesByName('check:time-to-results')[0]?.duration ?? NaN));
    await context.close();
  }
  firsts.sort((a, b) => a - b);
  const median = firsts[1]!;
  console.log(`[speed] first results at 4x CPU slowdown: median ${median.toFixed(0)} ms, all ${firsts.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(`[speed] budget 100 ms: ${median <= 100 ? 'OK' : 'OVER'}`);
});

/**
 * Loading on a cheap phone on a slow network (issue 15): 4× CPU slowdown and "slow 4G"
 * (Lighthouse's mobileSlow4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, applied per
 * request), against the production-like server of scripts/bench-server.ts (compressed).
 * Fresh browser context per run, median of 5:
 *  - first paint of /check/;
 *  - start usable: the island has hydrated (the start button works);
 *  - results: a share link opened cold until its results are in the page.
 * The floor is a bare page of the same size: /check/'s HTML without stylesheets and scripts,
 * padded to the same number of bytes, from the same server on the same profile.
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

test('first paint, start usable and results on slow 4G at 4x CPU, against a bare page of the same size', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const { readFileSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const html = readFileSync('dist/check/index.html', 'utf8');
  const stripped = html.replace(/<link\b(?=[^>]*\brel="(?:stylesheet|preload|modulepreload)")[^>]*>/g, '').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  // Padded with the page's own text, so it compresses about as well.
  const text = stripped.replace(/<[^>]+>/g, ' ');
  let pad = '';
  while (Buffer.byteLength(stripped) + Buffer.byteLength(pad) + 7 < Buffer.byteLength(html)) pad += text;
  const bare = stripped.replace('</body>', `<!--${pad.slice(0, Buffer.byteLength(html) - Buffer.byteLength(stripped) - 7)}--></body>`);
  const bareDir = 'dist/__bench-bare__';
  mkdirSync(bareDir, { recursive: true });
  writeFileSync(`${bareDir}/index.html`, bare);

  const shareLink = await (async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await journey(page, SINGLE_PARENT);
    await page.getByRole('button', { name: 'Deel of bewaar' }).click();
    const url = await page.getByRole('textbox', { name: 'Link naar uw uitkomst' }).inputValue();
    await context.close();
    return new URL(url).pathname + new URL(url).hash;
  })();

  async function run(url: string, wait: 'paint' | 'usable' | 'results') {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('.check[data-ready="true"]')) {
          performance.mark('bench:usable');
          obs.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(url, { waitUntil: 'commit' });
    const entry = { paint: 'first-contentful-paint', usable: 'bench:usable', results: 'check:results-shown' }[wait];
    const ms = await page
      .waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime ?? 0, entry, { timeout: 60_000 })
      .then((h) => h.jsonValue())
      .catch(async (e: unknown) => {
        const state = await page.evaluate(() => `${location.href} ${document.readyState} screen=${document.querySelector('.check')?.getAttribute('data-screen')} marks=${performance.getEntriesByType('mark').map((m) => m.name).join(',')}`);
        throw new Error(`${url}: no ${entry} (${state})`, { cause: e });
      });
    const paint = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0).then((h) => h.jsonValue());
    await context.close();
    return { ms, paint };
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const N = 5;
  const floor: number[] = [];
  const paints: number[] = [];
  const usable: number[] = [];
  const results: number[] = [];
  try {
    for (let i = 0; i < N; i++) {
      floor.push((await run(`${baseURL}/__bench-bare__/`, 'paint')).ms);
      const u = await run(`${baseURL}/check/`, 'usable');
      paints.push(u.paint);
      usable.push(u.ms);
      results.push((await run(`${baseURL}${shareLink}`, 'results')).ms);
    }
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
  const f = median(floor);
  const line = (name: string, xs: number[]) => `[load] ${name.padEnd(34)} median ${median(xs).toFixed(0).padStart(5)} ms  (${(median(xs) / f).toFixed(2)}× the bare page)  all ${xs.map((x) => x.toFixed(0)).join(', ')}`;
  console.log(`[load] slow 4G + 4x CPU, /check/ ${Buffer.byteLength(html)} bytes of HTML (bare page ${Buffer.byteLength(bare)}), ${N} cold runs each`);
  console.log(`[load] ${'bare page, same size: first paint'.padEnd(34)} median ${f.toFixed(0).padStart(5)} ms  all ${floor.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(line('/check/ first paint', paints));
  console.log(line('/check/ start usable (hydrated)', usable));
  console.log(line('share link: results in the page', results));
  console.log(`[load] budget: start usable ≤ 1.5× the bare page: ${median(usable) <= 1.5 * f ? 'OK' : 'OVER'}`);
});
