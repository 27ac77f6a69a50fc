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

/** The municipality as a minimal, valid organisation file (content/organisaties/gemeente-amersfoort.yaml). */
export function orgYaml(opts: { phoneNote?: string } = {}): string {
  return `name: Gemeente Amersfoort
kind: gemeente
summary: De gemeente.
description: De gemeente helpt.
contact:
  phone: 14 033
${opts.phoneNote ? `  phoneNote: ${opts.phoneNote}\n` : ''}sources:
  - url: https://amersfoort.nl
    title: Gemeente Amersfoort
lastVerified: 2026-01-01
owner: Redactie
`;
}
