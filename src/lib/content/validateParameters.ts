/**
 * Checks the dated parameter files of the toeslag formulas (see src/schemas/parameters.ts, docs/formulas.md):
 * valid JSON, the schema of their kind, the file name equal to `validFrom`, a regeling page for each
 * regeling folder, and per kind validity periods that neither overlap nor leave a gap.
 * Every problem is reported as file › field › problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './validate.ts';
import { formatPath } from './validate.ts';
import { PARAMETER_FILE_SCHEMAS, PARAMETER_KINDS, parameterDir } from '../../schemas/parameters.ts';
import { selectedPack, type Pack } from './packs.ts';
import type { ParameterKind } from '../../schemas/parameters.ts';

/** Folders in regelingen/ (national or a pack) that hold parameters but are not a regeling with a page. */
const SHARED_KINDS: ReadonlySet<ParameterKind> = new Set(['awir', 'belasting', 'kwijtschelding']);

export interface ParameterFileEntry {
  kind: ParameterKind;
  file: string;
  validFrom: string;
  validUntil: string;
  data: unknown;
}

async function listJson(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Day after an ISO date, as an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function loadParameterFiles(root: string, problems: ContentProblem[], pack: Pack = selectedPack(root)): Promise<ParameterFileEntry[]> {
  const entries: ParameterFileEntry[] = [];
  const folders: { base: string; sub: string }[] = [];
  for (const base of pack.dirs) {
    for (const d of await listDirs(path.join(base, 'regelingen'))) folders.push({ base, sub: `regelingen/${d}` });
    folders.push({ base, sub: 'belasting' });
  }
  for (const { base, sub } of folders) {
    const folder = path.relative(root, path.join(base, sub));
    const kind = (Object.keys(PARAMETER_KINDS) as ParameterKind[]).find((k) => parameterDir(k) === sub);
    const files = await listJson(path.join(base, sub));
    if (!kind) {
      for (const f of files) {
        problems.push({ file: path.join(folder, f), field: '', problem: `onbekende parametermap: gebruik een van ${Object.keys(PARAMETER_KINDS).filter((k) => k !== 'belasting').map((k) => `regelingen/${k}/`).join(', ')} of belasting/` });
      }
      continue;
    }
    for (const f of files) {
      const file = path.join(folder, f);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(root, file), 'utf8'));
      } catch (err) {
        problems.push({ file, field: '', problem: `geen geldige JSON: ${(err as Error).message}` });
        continue;
      }
      const result = PARAMETER_FILE_SCHEMAS[kind].safeParse(json);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, field: formatPath(issue.path), problem: issue.message });
        continue;
      }
      const base = f.replace(/\.json$/, '');
      if (result.data.validFrom !== base) {
        problems.push({ file, field: 'validFrom', problem: `moet gelijk zijn aan de bestandsnaam (${base})` });
        continue;
      }
      entries.push({ kind, file, validFrom: result.data.validFrom, validUntil: result.data.validUntil, data: result.data });
    }
  }
  return entries;
}

/** Periods of one kind, sorted by validFrom: each must start the day after the previous one ends. */
export function checkPeriods(entries: readonly ParameterFileEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byKind = new Map<ParameterKind, ParameterFileEntry[]>();
  for (const e of entries) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  for (const list of byKind.values()) {
    const sorted = [...list].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (cur.validFrom <= prev.validUntil) {
        problems.push({ file: cur.file, field: 'validFrom', problem: `overlapt met ${prev.file} (geldig tot en met ${prev.validUntil})` });
      } else if (cur.validFrom !== nextDay(prev.validUntil)) {
        problems.push({ file: cur.file, field: 'validFrom', problem: `sluit niet aan op ${prev.file} (geldig tot en met ${prev.validUntil}): er zit een gat tussen` });
      }
    }
  }
  return problems;
}

export async function validateParameterFiles(root: string, regelingIds: ReadonlySet<string>, pack: Pack = selectedPack(root)): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const entries = await loadParameterFiles(root, problems, pack);
  for (const kind of new Set(entries.map((e) => e.kind))) {
    if (!SHARED_KINDS.has(kind) && !regelingIds.has(kind)) {
      const first = entries.find((e) => e.kind === kind)!;
      problems.push({ file: first.file, field: 'regeling', problem: `hoort bij regeling "${kind}", maar regelingen/${kind}.yaml bestaat niet (landelijk of in de gemeente)` });
    }
  }
  problems.push(...checkPeriods(entries));
  return problems;
}
