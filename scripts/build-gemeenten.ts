/**
 * Builds the site of every municipality pack other than the default into dist-gemeenten/<id>/, one
 * after the other, as `GEMEENTE=<id> npm run build` would (content validation runs in `npm run build`
 * for every pack already). The e2e tests serve each folder as its own site (playwright.config.ts).
 *
 *   node scripts/build-gemeenten.ts            (npm run build:gemeenten; part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { defaultPackId, listPacks } from '../src/lib/content/packs.ts';

export const GEMEENTEN_DIST = 'dist-gemeenten';

const root = process.cwd();
const others = listPacks(root).filter((id) => id !== defaultPackId(root));
for (const id of others) {
  const out = path.join(GEMEENTEN_DIST, id);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, GEMEENTE: id, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`De site van "${id}" kon niet gebouwd worden (GEMEENTE=${id}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`${id}: gebouwd in ${out}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
if (others.length === 0) console.log('Er is geen andere gemeente dan de standaard: niets te bouwen.');
