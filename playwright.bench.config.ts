import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/** Benchmarks that drive the built site and print figures (npm run bench:check). Not part of npm test. */
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: /.*\.bench\.ts$/,
  fullyParallel: false,
  workers: 1,
});
