import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { defaultPackId, listPacks } from './src/lib/content/packs.ts';

/**
 * e2e tests drive the BUILT site (dist/, made by `npm run build`) in Debian's Chromium.
 * Never `playwright install`: there is no internet on CI. Set CHROMIUM_PATH to use another binary.
 *
 * Two projects:
 *   site   e2e/*.spec.ts against `npm start`'s small server (scripts/serve.ts) on E2E_PORT;
 *   nginx  e2e/nginx/*.spec.ts against real nginx with the shipped deploy/nginx.conf
 *          (`npm run serve:nginx`) on E2E_NGINX_PORT: CSP, headers, framing, redirects.
 * And one project per other municipality pack, `gemeente-<id>`: e2e/gemeente/*.spec.ts against
 * that pack's own site (dist-gemeenten/<id>/, made by `npm run build:gemeenten`) on its own port.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
export const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? PORT + 4100);
const DIST = process.env.E2E_DIST ?? 'dist';

/** The other municipalities' sites (content/gemeenten/<id>/ besides the default pack), each on its own port. */
const GEMEENTEN = listPacks(process.cwd())
  .filter((id) => id !== defaultPackId(process.cwd()))
  .map((id, i) => ({ id, dist: path.join('dist-gemeenten', id), port: PORT + 2100 + i }));
for (const g of GEMEENTEN) if (!existsSync(g.dist)) throw new Error(`${g.dist}/ ontbreekt: bouw de sites van de andere gemeenten eerst met npm run build:gemeenten (npm test doet dat)`);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'off',
    // The service worker precaches the whole site in the background: only the offline tests
    // (e2e/offline.spec.ts) let it run, so the other tests see every request they make.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'site', testIgnore: ['nginx/**', 'gemeente/**'], use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'nginx', testMatch: 'nginx/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    ...GEMEENTEN.map((g) => ({ name: `gemeente-${g.id}`, testMatch: 'gemeente/**/*.spec.ts', metadata: { gemeente: g.id }, use: { baseURL: `http://127.0.0.1:${g.port}` } })),
  ],
  webServer: [
    {
      command: `node scripts/serve.ts ${DIST}`,
      env: { PORT: String(PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npm run serve:nginx -- ${DIST}`,
      env: { PORT: String(NGINX_PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false,
      // apt-get may install nginx first on a bare machine (CI also does it in .ci/run).
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    ...GEMEENTEN.map((g) => ({
      command: `node scripts/serve.ts ${g.dist}`,
      env: { PORT: String(g.port), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${g.port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    })),
  ],
});
