/**
 * The parameter files as the browser and Node load them (JSON imports, bundled by Vite/esbuild).
 * test/formulas/parameters.test.ts fails when a file in content/ is missing here, and validates each
 * one with the Zod schema, so the casts below are checked.
 */
import type { AwirFile, BelastingFile, HuurtoeslagFile, KinderbijslagFile, KindgebondenBudgetFile, ZorgtoeslagFile } from '../../schemas/parameters.ts';

import awir2026 from '../../../content/regelingen/awir/2026-01-01.json' with { type: 'json' };
import awir2027 from '../../../content/regelingen/awir/2027-01-01.json' with { type: 'json' };
import zorgtoeslag2026 from '../../../content/regelingen/zorgtoeslag/2026-01-01.json' with { type: 'json' };
import zorgtoeslag2027 from '../../../content/regelingen/zorgtoeslag/2027-01-01.json' with { type: 'json' };
import huurtoeslag2026 from '../../../content/regelingen/huurtoeslag/2026-01-01.json' with { type: 'json' };
import huurtoeslag2027 from '../../../content/regelingen/huurtoeslag/2027-01-01.json' with { type: 'json' };
import kgb2026 from '../../../content/regelingen/kindgebonden-budget/2026-01-01.json' with { type: 'json' };
import kgb2027 from '../../../content/regelingen/kindgebonden-budget/2027-01-01.json' with { type: 'json' };
import kinderbijslag2026a from '../../../content/regelingen/kinderbijslag/2026-01-01.json' with { type: 'json' };
import kinderbijslag2026b from '../../../content/regelingen/kinderbijslag/2026-07-01.json' with { type: 'json' };
import kinderbijslag2027a from '../../../content/regelingen/kinderbijslag/2027-01-01.json' with { type: 'json' };
import belasting2026 from '../../../content/belasting/2026-01-01.json' with { type: 'json' };

export interface ParameterFiles {
  awir: readonly AwirFile[];
  zorgtoeslag: readonly ZorgtoeslagFile[];
  huurtoeslag: readonly HuurtoeslagFile[];
  'kindgebonden-budget': readonly KindgebondenBudgetFile[];
  kinderbijslag: readonly KinderbijslagFile[];
  belasting: readonly BelastingFile[];
}

export const PARAMETER_FILES: ParameterFiles = {
  awir: [awir2026, awir2027] as unknown as AwirFile[],
  zorgtoeslag: [zorgtoeslag2026, zorgtoeslag2027] as unknown as ZorgtoeslagFile[],
  huurtoeslag: [huurtoeslag2026, huurtoeslag2027] as unknown as HuurtoeslagFile[],
  'kindgebonden-budget': [kgb2026, kgb2027] as unknown as KindgebondenBudgetFile[],
  kinderbijslag: [kinderbijslag2026a, kinderbijslag2026b, kinderbijslag2027a] as unknown as KinderbijslagFile[],
  belasting: [belasting2026] as unknown as BelastingFile[],
};
