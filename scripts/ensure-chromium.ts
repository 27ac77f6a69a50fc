/**
 * Stops the e2e run early, with a clear message, when no Chromium is installed.
 * Playwright uses Debian's Chromium (never `playwright install`: no internet here).
 */
import { accessSync, constants } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

try {
  accessSync(chromiumPath, constants.X_OK);
} catch {
  console.error(`
Chromium is niet gevonden op ${chromiumPath}.
De browsertests hebben Chromium nodig. Installeer het zo (Debian/Ubuntu, als root):

    apt-get update && apt-get install -y chromium

Of wijs naar een andere Chromium met:  CHROMIUM_PATH=/pad/naar/chromium npm test
(Chromium is not installed. Install it with: apt-get update && apt-get install -y chromium)
`);
  process.exit(1);
}
