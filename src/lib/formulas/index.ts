/**
 * Toeslag formulas: zorgtoeslag, huurtoeslag, kindgebonden budget, kinderbijslag, and a toetsingsinkomen
 * range from a net income. Pure TypeScript for browser and Node; parameters come from content/ (dated
 * JSON files). API and parameter format: docs/formulas.md.
 *
 * Two levels:
 *   xxx(input, values)                 the formula on plain numbers (cents, percent), no dates
 *   xxxOnDate(input, date, files?)     picks the figures valid on the date; "not known" with a dated fallback
 */
export type { Range } from './money.ts';
export { addRanges } from './money.ts';
export type { Dated, Selection, Validity, Values, Resolved } from './select.ts';
export { ParameterDateError, selectParameters, resolveValues } from './select.ts';
export type { Known, Outcome, Unknown } from './outcome.ts';
export type { ParameterFiles } from './parameterFiles.ts';
export { parameterFilesFrom } from './parameterFiles.ts';

export type { ZorgtoeslagAmount, ZorgtoeslagDetail, ZorgtoeslagInput, ZorgtoeslagValues, ZorgtoeslagWhy } from './zorgtoeslag.ts';
export { zorgtoeslag, zorgtoeslagOnDate } from './zorgtoeslag.ts';
export type { HuurtoeslagAmount, HuurtoeslagBand, HuurtoeslagDetail, HuurtoeslagInput, HuurtoeslagValues, HuurtoeslagWhy, RekeninkomenPart } from './huurtoeslag.ts';
export { basishuurCents, huurtoeslag, huurtoeslagOnDate, huurtoeslagRekeninkomen } from './huurtoeslag.ts';
export type { KindgebondenBudgetAmount, KindgebondenBudgetDetail, KindgebondenBudgetInput, KindgebondenBudgetValues, KindgebondenBudgetWhy } from './kindgebondenBudget.ts';
export { kindgebondenBudget, kindgebondenBudgetOnDate } from './kindgebondenBudget.ts';
export type { KinderbijslagAmount, KinderbijslagBand, KinderbijslagInput, KinderbijslagValues, KinderbijslagYear } from './kinderbijslag.ts';
export { kinderbijslag, kinderbijslagBand, kinderbijslagOnDate } from './kinderbijslag.ts';
export type { BelastingValues, NetBreakdown, TaxSituation } from './inkomstenbelasting.ts';
export { grossFromNet, netFromGross } from './inkomstenbelasting.ts';
export type { NetIncomeInput, NetIncomeKind, ToetsingsinkomenEstimate } from './toetsingsinkomen.ts';
export { MARGIN_MINIMUM_CENTS, MARGIN_PERCENT, NET_INCOME_KINDS, toetsingsinkomenFromNet, toetsingsinkomenFromNetOnDate } from './toetsingsinkomen.ts';
