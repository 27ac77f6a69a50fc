/**
 * The household model: Zod schema (for the published JSON Schema at /schema/household.json and for
 * Node-side checks) plus the small hand-written parser the browser uses. Both accept the same input;
 * test/engine/household.test.ts checks that on generated data.
 *
 * Import `parseHousehold` from './parse.ts' in browser code to keep Zod out of the bundle.
 */
import { z } from 'astro/zod';
import { HOUSING_TYPES, INCOME_SOURCES, ROLES } from './types.ts';
import { LIMITS, isIsoDate } from './parse.ts';

export type { Household, Member, Role, IncomeSource, HousingType } from './types.ts';
export { parseHousehold } from './parse.ts';
export type { ParseResult, HouseholdError } from './parse.ts';

const amount = (max: number, what: string) =>
  z
    .number({ error: `${what} moet een getal zijn.` })
    .min(0, { error: `${what} kan niet negatief zijn.` })
    .max(max, { error: `${what} kan niet hoger zijn dan ${max}.` })
    .nullable()
    .optional();
const yesNo = z.boolean({ error: 'Vul ja (true) of nee (false) in.' }).nullable().optional();

export const memberSchema = z
  .object({
    role: z.enum(ROLES, { error: `De rol moet een van deze zijn: ${ROLES.join(', ')}.` }).describe('applicant, partner or child'),
    age: z
      .number({ error: 'De leeftijd moet een getal zijn.' })
      .int({ error: 'De leeftijd moet een heel getal zijn.' })
      .min(0, { error: 'De leeftijd kan niet negatief zijn.' })
      .max(LIMITS.age, { error: `De leeftijd kan niet hoger zijn dan ${LIMITS.age}.` })
      .nullable()
      .optional()
      .describe('Age in whole years on the reference date'),
    netMonthlyIncome: amount(LIMITS.money, 'Het netto inkomen per maand').describe('Net income per month in euros'),
    incomeSources: z
      .array(z.enum(INCOME_SOURCES, { error: `De bron van inkomen moet een van deze zijn: ${INCOME_SOURCES.join(', ')}.` }))
      .nullable()
      .optional(),
    student: yesNo,
  })
  .strict();

export const householdSchema = z
  .object({
    referenceDate: z
      .string()
      .refine(isIsoDate, { error: 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.' })
      .nullable()
      .optional()
      .describe('Date the check is for (YYYY-MM-DD); default today'),
    municipality: z.string().nullable().optional().describe('Municipality the household lives in'),
    members: z
      .array(memberSchema)
      .max(30)
      .refine((ms) => ms.filter((m) => m.role === 'applicant').length <= 1, { error: 'Er kan maar één aanvrager (applicant) zijn.' })
      .refine((ms) => ms.filter((m) => m.role === 'partner').length <= 1, { error: 'Er kan maar één partner zijn.' })
      .nullable()
      .optional(),
    assets: amount(LIMITS.money, 'Het vermogen').describe('Savings and other assets in euros'),
    housing: z
      .object({
        type: z.enum(HOUSING_TYPES, { error: `De woonsituatie moet een van deze zijn: ${HOUSING_TYPES.join(', ')}.` }).nullable().optional(),
        monthlyRent: amount(LIMITS.money, 'De huur per maand'),
      })
      .strict()
      .nullable()
      .optional(),
    yearsOnLowIncome: amount(LIMITS.years, 'Het aantal jaren').describe('Years in a row on a low income'),
    hasDebts: yesNo,
    caregiving: z
      .object({
        hoursPerWeek: amount(LIMITS.hoursPerWeek, 'Het aantal uren per week'),
        months: amount(LIMITS.months, 'Het aantal maanden'),
        careRecipientInAmersfoort: yesNo,
      })
      .strict()
      .nullable()
      .optional(),
    hasPet: yesNo.describe('The household has a pet (dierenregeling)'),
    hasSpecialCosts: yesNo.describe('Necessary, unforeseen costs from special circumstances (bijzondere bijstand)'),
    monthlyFixedCosts: amount(LIMITS.money, 'De vaste lasten per maand').describe('All fixed costs per month incl. rent (voedselbank)'),
  })
  .strict();

export type HouseholdInput = z.input<typeof householdSchema>;
