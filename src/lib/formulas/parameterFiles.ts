/**
 * The parameter files of the formulas, grouped by kind. They are not imported here one by one: the
 * engine's content discovery (src/lib/engine/contentFiles.ts, CONTENT_GLOBS) finds every file in
 * content/regelingen/<slug>/ and content/belasting/, and `parameterFilesFrom` groups them. The
 * schemas (src/schemas/parameters.ts) are checked by `npm run validate`, so the casts are checked.
 */
import type { AwirFile, BelastingFile, HuurtoeslagFile, KinderbijslagFile, KindgebondenBudgetFile, ZorgtoeslagFile } from '../../schemas/parameters.ts';

export interface ParameterFiles {
  awir: readonly AwirFile[];
  zorgtoeslag: readonly ZorgtoeslagFile[];
  huurtoeslag: readonly HuurtoeslagFile[];
  'kindgebonden-budget': readonly KindgebondenBudgetFile[];
  kinderbijslag: readonly KinderbijslagFile[];
  belasting: readonly BelastingFile[];
}

const KINDS = ['awir', 'zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'kinderbijslag', 'belasting'] as const;

/** Groups parameter files (each with its `regeling`) by the kinds the formulas use. */
export function parameterFilesFrom(files: readonly { regeling: string; validFrom: string }[]): ParameterFiles {
  const out = Object.fromEntries(KINDS.map((k) => [k, [] as unknown[]])) as Record<(typeof KINDS)[number], unknown[]>;
  for (const f of [...files].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
    if ((KINDS as readonly string[]).includes(f.regeling)) out[f.regeling as (typeof KINDS)[number]].push(f);
  }
  return out as unknown as ParameterFiles;
}
