/**
 * Checks the eligibility rule files (content/regelingen/<slug>.rule.json).
 * Each rule must belong to an existing regeling and be valid JSON.
 * The engine (src/lib/engine) adds checks on facts, operators and reasons.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './validate.ts';

export async function validateRuleFiles(root: string, regelingIds: Set<string>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const dir = path.join(root, 'content', 'regelingen');
  let files: string[] = [];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.rule.json')).sort();
  } catch {
    return problems;
  }
  for (const f of files) {
    const file = path.join('content', 'regelingen', f);
    const id = f.replace(/\.rule\.json$/, '');
    if (!regelingIds.has(id)) {
      problems.push({ file, field: '', problem: `hoort bij regeling "${id}", maar content/regelingen/${id}.yaml bestaat niet` });
    }
    try {
      JSON.parse(await readFile(path.join(dir, f), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', problem: `geen geldige JSON: ${(err as Error).message}` });
    }
  }
  return problems;
}
