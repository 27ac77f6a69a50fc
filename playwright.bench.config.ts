import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/** Benchmarks that drive the built site and print figures (npm run bench:check). Not part of npm test. */
const site = base.projects!.find((p) => p.name === 'site')!;
const servers = Array.isArray(base.webServer) ? base.webServer : [base.webServer!];
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: /.*\.bench\.ts$/,
  fullyParallel: false,
  workers: 1,
  // Only npm start's server: the benchmarks measure the check, not nginx.
  projects: [{ name: 'bench', use: site.use }],
  webServer: servers[0],
});
