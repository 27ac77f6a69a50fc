/**
 * The name of a built site, for the banners of the local servers: the web app manifest of that
 * build (dist/manifest.webmanifest, made from the pack's gemeente.yaml `site.name`). Read from the
 * build, not from $GEMEENTE, so the banner names the site that is really being served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function builtSiteName(dist: string): string {
  try {
    const name = (JSON.parse(readFileSync(path.join(dist, 'manifest.webmanifest'), 'utf8')) as { name?: unknown }).name;
    return typeof name === 'string' && name.trim() ? name : 'Hulpwijzer';
  } catch {
    return 'Hulpwijzer';
  }
}
