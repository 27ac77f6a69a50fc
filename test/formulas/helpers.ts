/** Shared helpers for the formula tests: the 2026 values, and unwrapping an outcome. */
import assert from 'node:assert/strict';
import { parameterFilesFrom, resolveValues, selectParameters } from '../../src/lib/formulas/index.ts';
import { loadEngineContent } from '../../scripts/lib/engineContent.ts';
import type { Known, Outcome } from '../../src/lib/formulas/index.ts';
import type { BelastingValues, HuurtoeslagValues, KinderbijslagValues, KindgebondenBudgetValues, ZorgtoeslagValues } from '../../src/lib/formulas/index.ts';

/** The parameter files as the engine discovers them (content/regelingen/<slug>/, content/belasting/). */
export const PARAMETER_FILES = parameterFilesFrom(loadEngineContent().parameters);

/** Every parameter file the engine discovers, by kind (also the kinds the formulas do not use). */
export const ALL_PARAMETER_FILES: Record<string, { validFrom: string; validUntil: string; provisional: boolean; parameters: Record<string, { value: number | null } | undefined> }[]> = {};
for (const f of loadEngineContent().parameters) (ALL_PARAMETER_FILES[f.regeling] ??= []).push(f);

/** The reference date of most tests: a date in 2026, never "today". */
export const D = '2026-03-01';

function values<T>(params: Parameters<typeof resolveValues>[0]): T {
  const r = resolveValues(params);
  assert.ok(r.ok, `missing: ${r.ok ? '' : r.missing.join(', ')}`);
  return r.values as T;
}

const awir = (date: string) => selectParameters(PARAMETER_FILES.awir, date).file.parameters;

export const zorgtoeslagValues = (date = D): ZorgtoeslagValues => ({ ...values<ZorgtoeslagValues>(selectParameters(PARAMETER_FILES.zorgtoeslag, date).file.parameters), ...values<ZorgtoeslagValues>(awir(date)) });
export const huurtoeslagValues = (date = D): HuurtoeslagValues => ({ ...values<HuurtoeslagValues>(selectParameters(PARAMETER_FILES.huurtoeslag, date).file.parameters), ...values<HuurtoeslagValues>(awir(date)) });
export const kgbValues = (date = D): KindgebondenBudgetValues => ({ ...values<KindgebondenBudgetValues>(selectParameters(PARAMETER_FILES['kindgebonden-budget'], date).file.parameters), ...values<KindgebondenBudgetValues>(awir(date)) });
export const kinderbijslagValues = (date = D): KinderbijslagValues => values<KinderbijslagValues>(selectParameters(PARAMETER_FILES.kinderbijslag, date).file.parameters);
export const belastingValues = (date = D): BelastingValues => values<BelastingValues>(selectParameters(PARAMETER_FILES.belasting, date).file.parameters);

export function known<R>(o: Outcome<R>): Known<R> {
  assert.equal(o.known, true, `expected a known amount, missing: ${o.known ? '' : o.missing.join(', ')}`);
  return o as Known<R>;
}

/** Both ends equal to `euros` (to the cent). */
export function exactly(r: { min: number; max: number }, euros: number, msg?: string): void {
  assert.deepEqual(r, { min: euros, max: euros }, msg);
}
