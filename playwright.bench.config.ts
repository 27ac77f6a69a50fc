import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * Benchmarks that drive the built site and print figures (npm run bench:check). Not part of
 * npm test. They measure the production server (`npm run serve:nginx`, compressed, through
 * scripts/bench-server.ts) on the site project's port.
 */
const site = base.projects!.find((p) => p.name === 'site')!;
const servers = Array.isArray(base.webServer) ? base.webServer : [base.webServer!];
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: /.*\.bench\.ts$/,
  fullyParallel: false,
  workers: 1,
  projects: [{ name: 'bench', use: site.use }],
  webServer: { ...servers[0]!, command: 'node scripts/bench-server.ts' },
});
