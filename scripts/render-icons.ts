/**
 * Renders the web app manifest's PNG icons from public/favicon.svg with Debian's Chromium.
 * Run once after the logo changes and commit the PNGs:  node scripts/render-icons.ts
 *  - icon-<size>.png: the round logo on a transparent background ("any");
 *  - maskable-512.png: the logo inside the 80% safe zone on the logo's blue ("maskable").
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const blue = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#154273';
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
async function render(size: number, file: string, maskable: boolean) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<html><body style="margin:0;background:${maskable ? blue : 'transparent'};display:grid;place-items:center;height:${size}px">` +
      `<img src="${dataUrl}" width="${inner}" height="${inner}"></body></html>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: file, omitBackground: !maskable });
  console.log(`wrote ${file}`);
}
await render(192, 'public/icons/icon-192.png', false);
await render(512, 'public/icons/icon-512.png', false);
await render(512, 'public/icons/maskable-512.png', true);
await browser.close();
