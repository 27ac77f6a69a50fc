/**
 * Dated parameter files for the toeslag formulas (src/lib/formulas/):
 *
 *   content/regelingen/<slug>/<validFrom>.json   zorgtoeslag, huurtoeslag, kindgebonden-budget, kinderbijslag,
 *                                                awir (shared by the three Dienst Toeslagen schemes)
 *   content/belasting/<validFrom>.json           income tax, used to derive a gross income from a net one
 *
 * Every parameter carries its value, unit, source and confidence. A value of `null` means "not known"
 * (only allowed in a provisional file, and only with a note that says what is known).
 * Amounts are whole eurocents, percentages are numbers with at most three decimals (so the formulas can
 * compute with integers, exactly). Checked by `npm run validate` (src/lib/content/validateParameters.ts).
 * Documentation: docs/formulas.md.
 */
import { z } from 'astro/zod';
import { isoDate, nonEmpty, source } from './common.ts';

export const CONFIDENCES = ['H', 'M', 'L'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const confidence = z.enum(CONFIDENCES, { error: 'moet H, M of L zijn (zoals in de bronbestanden)' });

/** At most three decimals: 1.912 and 13.73 are fine, 1.9125 is not. */
const threeDecimals = (n: number) => Math.abs(Math.round(n * 1000) - n * 1000) < 1e-6;

const eurocentValue = z
  .number({ error: 'moet een bedrag in eurocent zijn (een heel getal) of null (onbekend)' })
  .int({ error: 'moet een heel aantal eurocent zijn (bijv. 211900 voor € 2.119)' })
  .min(0, { error: 'mag niet negatief zijn' });

const percentValue = z
  .number({ error: 'moet een percentage zijn (bijv. 13.73) of null (onbekend)' })
  .min(0, { error: 'mag niet negatief zijn' })
  .max(100, { error: 'mag niet hoger zijn dan 100' })
  .refine(threeDecimals, { error: 'mag hoogstens drie decimalen hebben' });

function parameter<U extends 'eurocent' | 'percent'>(unit: U) {
  return z
    .object({
      value: (unit === 'eurocent' ? eurocentValue : percentValue).nullable(),
      unit: z.literal(unit, { error: `moet "${unit}" zijn` }),
      source,
      confidence,
      note: nonEmpty.optional(),
    })
    .strict()
    .refine((p) => p.value !== null || p.note !== undefined, {
      error: 'een onbekende waarde (null) heeft een note nodig die zegt wat er wel bekend is',
      path: ['note'],
    });
}

const cent = parameter('eurocent');
const pct = parameter('percent');

export type ParameterValue = z.infer<typeof cent> | z.infer<typeof pct>;

export const zorgtoeslagParameters = z
  .object({
    standaardpremie: cent,
    normpremiePercentageAlleenstaande: pct,
    normpremiePercentagePartner: pct,
    afbouwPercentage: pct,
    partnerNietVerzekerdPercentage: pct,
    inkomensgrensAlleenstaande: cent,
    inkomensgrensPartner: cent,
    vermogensgrensAlleenstaande: cent,
    vermogensgrensPartner: cent,
  })
  .strict();

export const huurtoeslagParameters = z
  .object({
    normhuurMinimumInkomen: cent,
    normhuurKortingEenpersoons: cent,
    normhuurKortingMeerpersoons: cent,
    verhogingBasishuur: cent,
    verlagingEigenBijdrage: cent,
    kwaliteitskortingsgrens: cent,
    aftoppingsgrensEenOfTweePersonen: cent,
    aftoppingsgrensDrieOfMeerPersonen: cent,
    maximaleHuurgrens: cent,
    maximaleHuurgrensJongeren: cent,
    percentageTotKwaliteitskortingsgrens: pct,
    percentageTotAftoppingsgrens: pct,
    percentageBovenAftoppingsgrens: pct,
    afbouwPercentageEenpersoons: pct,
    afbouwPercentageMeerpersoons: pct,
    minimumInkomensijkpuntEenpersoons: cent,
    minimumInkomensijkpuntMeerpersoons: cent,
    vrijstellingInkomenKindOnder23: cent,
    vermogensgrensAlleenstaande: cent,
    vermogensgrensPartners: cent,
    vermogensgrensPerMedebewoner: cent,
  })
  .strict();

export const kindgebondenBudgetParameters = z
  .object({
    bedragPerKind: cent,
    /** Fixed raise of the per-child amount written into the law for this year (on top of indexation). */
    verhogingBedragPerKind: cent.optional(),
    verhogingKind12Tot15: cent,
    verhogingKind16Tot17: cent,
    alleenstaandeOuderkop: cent,
    afbouwPercentage: pct,
    drempelVerhogingPartner: cent,
    vermogensgrensAlleenstaande: cent,
    vermogensgrensPartner: cent,
  })
  .strict();

export const kinderbijslagParameters = z
  .object({
    bedragPerKwartaal0Tot5: cent,
    bedragPerKwartaal6Tot11: cent,
    bedragPerKwartaal12Tot17: cent,
  })
  .strict();

/** Algemene wet inkomensafhankelijke regelingen: what zorgtoeslag, huurtoeslag and kindgebonden budget share. */
export const awirParameters = z
  .object({
    drempelinkomen: cent,
    minimumBedragPerJaar: cent,
  })
  .strict();

export const belastingParameters = z
  .object({
    schijf1Grens: cent,
    schijf1GrensGeborenVoor1946: cent,
    schijf2Grens: cent,
    tariefSchijf1: pct,
    tariefSchijf2: pct,
    tariefSchijf3: pct,
    premieAow: pct,
    premieAnw: pct,
    premieWlz: pct,
    algemeneHeffingskorting: cent,
    algemeneHeffingskortingAfbouwVanaf: cent,
    algemeneHeffingskortingAfbouwPercentage: pct,
    arbeidskortingPercentage1: pct,
    arbeidskortingMaximum1: cent,
    arbeidskortingGrens2: cent,
    arbeidskortingPercentage2: pct,
    arbeidskortingMaximum2: cent,
    arbeidskortingGrens3: cent,
    arbeidskortingPercentage3: pct,
    arbeidskortingMaximum3: cent,
    arbeidskortingAfbouwVanaf: cent,
    arbeidskortingAfbouwPercentage: pct,
    ouderenkorting: cent,
    ouderenkortingAfbouwVanaf: cent,
    ouderenkortingAfbouwPercentage: pct,
    alleenstaandeOuderenkorting: cent,
    zvwBijdragePercentageIngehouden: pct,
    zvwMaximumBijdrageInkomen: cent,
    vakantiebijslagLoonPercentage: pct,
    vakantietoeslagBijstandPercentage: pct,
  })
  .strict();

/**
 * Kwijtschelding (Uitvoeringsregeling Invorderingswet 1990 art. 11-16) as the engine models it (facts.ts):
 * the national figures once (content/landelijk/regelingen/kwijtschelding/), and per regeling of a
 * gemeente or waterschap its own percentage and the most its taxes can be.
 */
export const kwijtscheldingParameters = z
  .object({
    aandeelBetalingscapaciteitProcent: pct,
    normhuur: cent,
    maximaleHuurgrens: cent,
    maximaleHuurtoeslag: cent,
    zorgpremieBovenNormpremieMax: cent,
  })
  .strict();
const kwijtschelding = { maxBelastingPerJaar: cent };
/**
 * `kostenVanBestaanKostendelersnormProcent`: only for a municipality whose kwijtschelding counts kostendelers (27+):
 * the kosten van bestaan of a household that shares its home are this percentage of its own kostendelersnorm.
 */
export const kwijtscheldingGemeentelijkParameters = z.object({ kostenVanBestaanProcent: pct, kostenVanBestaanKostendelersnormProcent: pct.optional(), ...kwijtschelding }).strict();
/** The waterschap's percentage is not known: from the URI's 90 % up to the 100 % a waterschap may choose. */
export const kwijtscheldingWaterschapParameters = z.object({ kostenVanBestaanProcentMin: pct, kostenVanBestaanProcentMax: pct, ...kwijtschelding }).strict();

/** Voedselbanken Nederland's admission norm: leefgeld below a base amount plus an amount per person. */
export const voedselbankParameters = z.object({ basisPerMaand: cent, perPersoonPerMaand: cent }).strict();

export const PARAMETER_KINDS = {
  zorgtoeslag: zorgtoeslagParameters,
  huurtoeslag: huurtoeslagParameters,
  'kindgebonden-budget': kindgebondenBudgetParameters,
  kinderbijslag: kinderbijslagParameters,
  awir: awirParameters,
  belasting: belastingParameters,
  kwijtschelding: kwijtscheldingParameters,
  'kwijtschelding-gemeentelijke-belastingen': kwijtscheldingGemeentelijkParameters,
  'kwijtschelding-waterschapsbelasting': kwijtscheldingWaterschapParameters,
  voedselbank: voedselbankParameters,
} as const;

export type ParameterKind = keyof typeof PARAMETER_KINDS;

function fileSchema<K extends ParameterKind>(kind: K) {
  return z
    .object({
      regeling: z.literal(kind, { error: `moet "${kind}" zijn (de map waarin het bestand staat)` }),
      validFrom: isoDate,
      validUntil: isoDate,
      /** True when the file holds figures for a period whose amounts are not all published yet. */
      provisional: z.boolean({ error: 'moet true of false zijn' }),
      description: nonEmpty,
      parameters: PARAMETER_KINDS[kind],
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.validUntil < f.validFrom) {
        ctx.addIssue({ code: 'custom', path: ['validUntil'], message: `ligt vóór validFrom (${f.validFrom})` });
      }
      if (!f.provisional) {
        for (const [key, p] of Object.entries((f as unknown as { parameters: Record<string, ParameterValue | undefined> }).parameters)) {
          if (p && p.value === null) {
            ctx.addIssue({ code: 'custom', path: ['parameters', key, 'value'], message: 'is onbekend (null), maar het bestand is niet provisional' });
          }
        }
      }
    });
}

export const zorgtoeslagFile = fileSchema('zorgtoeslag');
export const huurtoeslagFile = fileSchema('huurtoeslag');
export const kindgebondenBudgetFile = fileSchema('kindgebonden-budget');
export const kinderbijslagFile = fileSchema('kinderbijslag');
export const awirFile = fileSchema('awir');
export const belastingFile = fileSchema('belasting');

export const PARAMETER_FILE_SCHEMAS = {
  zorgtoeslag: zorgtoeslagFile,
  huurtoeslag: huurtoeslagFile,
  'kindgebonden-budget': kindgebondenBudgetFile,
  kinderbijslag: kinderbijslagFile,
  awir: awirFile,
  belasting: belastingFile,
  kwijtschelding: fileSchema('kwijtschelding'),
  'kwijtschelding-gemeentelijke-belastingen': fileSchema('kwijtschelding-gemeentelijke-belastingen'),
  'kwijtschelding-waterschapsbelasting': fileSchema('kwijtschelding-waterschapsbelasting'),
  voedselbank: fileSchema('voedselbank'),
} as const;

export type ZorgtoeslagFile = z.infer<typeof zorgtoeslagFile>;
export type HuurtoeslagFile = z.infer<typeof huurtoeslagFile>;
export type KindgebondenBudgetFile = z.infer<typeof kindgebondenBudgetFile>;
export type KinderbijslagFile = z.infer<typeof kinderbijslagFile>;
export type AwirFile = z.infer<typeof awirFile>;
export type BelastingFile = z.infer<typeof belastingFile>;

/** Where the files of a kind live, inside the national content or a municipality pack (src/lib/content/packs.ts). */
export function parameterDir(kind: ParameterKind): string {
  return kind === 'belasting' ? 'belasting' : `regelingen/${kind}`;
}
