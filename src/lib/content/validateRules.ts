/**
 * Checks the eligibility rule files (content/regelingen/<slug>.rule.json) and the norm sets
 * (content/normen/<validFrom>.json). Each rule must belong to an existing regeling, be valid JSON,
 * name only known facts and operators, carry reasons in nl and en for met / notMet / unknown,
 * and have `name` equal to its file slug. See docs/rules.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './validate.ts';
import { checkNormSet, checkRule } from '../engine/checkRule.ts';
import type { Dict } from '../engine/text.ts';
import { contentDir } from './contentDir.ts';

/** Reason templates of every language that has them (src/i18n/<locale>/reasons.json). */
async function reasonTemplates(root: string): Promise<Record<string, Dict>> {
  const dir = path.join(root, 'src', 'i18n');
  const out: Record<string, Dict> = {};
  for (const locale of await readdir(dir).catch(() => [] as string[])) {
    try {
      out[locale] = JSON.parse(await readFile(path.join(dir, locale, 'reasons.json'), 'utf8')) as Dict;
    } catch {
      /* a language without reason templates falls back to Dutch; the i18n key test reports it */
    }
  }
  return out;
}

/** Days from `today` until the last norm set ends; a warning when that is 60 days or less. */
export function normSetWarning(lastValidUntil: string | undefined, today: string): string | null {
  if (!lastValidUntil) return null;
  const days = Math.round((Date.parse(`${lastValidUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days > 60) return null;
  return days >= 0
    ? `De laatste normenset loopt af op ${lastValidUntil} (over ${days} dagen). Voeg de nieuwe normen toe zodra ze bekend zijn; tot dan rekent de check voorlopig.`
    : `De laatste normenset is verlopen op ${lastValidUntil}. De check rekent voorlopig met die bedragen; voeg de nieuwe normen toe.`;
}

async function list(dir: string, suffix: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(suffix)).sort();
  } catch {
    return [];
  }
}

export async function validateRuleFiles(root: string, regelingIds: Set<string>): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const dir = path.join(contentDir(root), 'regelingen');
  const templates = await reasonTemplates(root);
  for (const f of await list(dir, '.rule.json')) {
    const file = path.join('content', 'regelingen', f);
    const id = f.replace(/\.rule\.json$/, '');
    if (!regelingIds.has(id)) {
      problems.push({ file, field: '', problem: `hoort bij regeling "${id}", maar content/regelingen/${id}.yaml bestaat niet` });
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(dir, f), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', problem: `geen geldige JSON: ${(err as Error).message}` });
      continue;
    }
    for (const p of checkRule(json, id, { templates })) problems.push({ file, field: p.path, problem: p.message });
  }

  const normDir = path.join(contentDir(root), 'normen');
  const normFiles = await list(normDir, '.json');
  const ranges: { file: string; from: string; until: string }[] = [];
  for (const f of normFiles) {
    const file = path.join('content', 'normen', f);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(normDir, f), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', problem: `geen geldige JSON: ${(err as Error).message}` });
      continue;
    }
    const base = f.replace(/\.json$/, '');
    const found = checkNormSet(json, base);
    for (const p of found) problems.push({ file, field: p.path, problem: p.message });
    if (found.length === 0) ranges.push({ file, from: base, until: (json as { validUntil: string }).validUntil });
  }
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].from <= ranges[i - 1].until) {
      problems.push({ file: ranges[i].file, field: 'validFrom', problem: `overlapt met ${ranges[i - 1].file} (geldig tot ${ranges[i - 1].until})` });
    }
  }
  return problems;
}
