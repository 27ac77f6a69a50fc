/**
 * Writes deploy/nginx.conf, deploy/nginx-brotli.conf and public/_headers from deploy/headers.ts.
 *   node scripts/deploy-config.ts           (npm run deploy:config; npm run build runs it first)
 *   node scripts/deploy-config.ts --check   exits 1 when a committed file differs
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderDeployFiles } from '../deploy/render.ts';

const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, text] of Object.entries(renderDeployFiles())) {
  const file = path.resolve(rel);
  const now = await readFile(file, 'utf8').catch(() => null);
  if (now === text) continue;
  if (check) {
    console.error(`${rel} is out of date: run npm run deploy:config`);
    stale++;
  } else {
    await writeFile(file, text);
    console.log(`wrote ${rel}`);
  }
}
if (stale) process.exit(1);
