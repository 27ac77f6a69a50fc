/** A tiny project folder in a temp dir (content files by relative path), for running the real validator on it. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hulpwijzer-content-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}
