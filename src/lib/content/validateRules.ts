/**
 * Checks the eligibility rule files (regelingen/<slug>.rule.json, national and in the pack) and the
 * norm sets (content/landelijk/normen/<validFrom>.json). Each rule must belong to an existing regeling, be valid JSON,
 * name only known facts and operators, carry reasons in nl and en for met / notMet / unknown,
 * and have `name` equal to its file slug. See docs/rules.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './validate.ts';
import { checkNormSet, checkRule } from '../engine/checkRule.ts';
import type { Dict } from '../engine/text.ts';
import { selectedPack, type Pack } from './packs.ts';

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

export async function validateRuleFiles(root: string, regelingIds: Set<string>, pack: Pack = selectedPack(root)): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const templates = await reasonTemplates(root);
  const ranges: { file: string; from: string; until: string }[] = [];
  for (const base of pack.dirs) {
    const dir = path.join(base, 'regelingen');
    for (const f of await list(dir, '.rule.json')) {
      const file = path.relative(root, path.join(dir, f));
      const id = f.replace(/\.rule\.json$/, '');
      if (!regelingIds.has(id) || !existsSync(path.join(dir, `${id}.yaml`))) {
        problems.push({ file, field: '', problem: `hoort bij regeling "${id}", maar ${path.relative(root, path.join(dir, `${id}.yaml`))} bestaat niet` });
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

    // Norm sets are national: a pack's own figures go in a parameter file of its regeling.
    const normDir = path.join(base, 'normen');
    const normFiles = await list(normDir, '.json');
    if (base !== pack.nationalDir) {
      for (const f of normFiles) problems.push({ file: path.relative(root, path.join(normDir, f)), field: '', problem: `normensets zijn landelijk: zet dit bestand in ${path.relative(root, path.join(pack.nationalDir, 'normen'))}, of de eigen bedragen van de gemeente in een parameterbestand van de regeling` });
      continue;
    }
    for (const f of normFiles) {
      const file = path.relative(root, path.join(normDir, f));
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(normDir, f), 'utf8'));
      } catch (err) {
        problems.push({ file, field: '', problem: `geen geldige JSON: ${(err as Error).message}` });
        continue;
      }
      const stem = f.replace(/\.json$/, '');
      const found = checkNormSet(json, stem);
      for (const p of found) problems.push({ file, field: p.path, problem: p.message });
      if (found.length === 0) ranges.push({ file, from: stem, until: (json as { validUntil: string }).validUntil });
    }
  }
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].from <= ranges[i - 1].until) {
      problems.push({ file: ranges[i].file, field: 'validFrom', problem: `overlapt met ${ranges[i - 1].file} (geldig tot ${ranges[i - 1].until})` });
    }
  }
  return problems;
}
