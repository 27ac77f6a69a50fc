import { z } from 'astro/zod';
import { contact, isoDate, nonEmpty, source, toVerify } from './common.ts';

export const ORGANISATION_KINDS = ['gemeente', 'rijk', 'waterschap', 'stichting', 'vereniging', 'zorgaanbieder', 'vrijwilligers', 'overig'] as const;

export const organisatieTranslation = z
  .object({
    name: nonEmpty.optional(),
    summary: nonEmpty.optional(),
    description: nonEmpty.optional(),
    searchTerms: z.array(nonEmpty).optional(),
  })
  .strict();

export const organisatieSchema = z
  .object({
    name: nonEmpty,
    kind: z.enum(ORGANISATION_KINDS),
    summary: nonEmpty.max(200, { error: 'mag hoogstens 200 tekens zijn' }),
    description: nonEmpty,
    /** What a resident can come here for, in plain words. */
    services: z.array(nonEmpty).default([]),
    contact: contact,
    sources: z.array(source).min(1, { error: 'moet minstens één bron hebben' }),
    lastVerified: isoDate,
    owner: nonEmpty,
    searchTerms: z.array(nonEmpty).default([]),
    toVerify: z.array(toVerify).default([]),
    translations: z.object({ en: organisatieTranslation.optional() }).strict().default({}),
  })
  .strict();

export type Organisatie = z.infer<typeof organisatieSchema>;
