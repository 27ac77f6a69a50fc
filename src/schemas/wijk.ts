import { z } from 'astro/zod';
import { contactUrl, isoDate, nonEmpty, slug, source, toVerify } from './common.ts';

export const wijkService = z
  .object({
    name: nonEmpty,
    description: nonEmpty,
    /** Organisation that offers it, if it is in content/organisaties. */
    organisation: slug.optional(),
    address: z.string().optional(),
    when: z.string().optional(),
    /** More about the service, or how to reach it (mailto:, tel:). */
    url: contactUrl.optional(),
  })
  .strict();

export const wijkTranslation = z
  .object({
    name: nonEmpty.optional(),
    summary: nonEmpty.optional(),
  })
  .strict();

export const wijkSchema = z
  .object({
    name: nonEmpty,
    /** The gebied (stadsdeel) the wijk belongs to. */
    gebied: nonEmpty,
    summary: nonEmpty,
    /** Buurten in this wijk, as residents name them. */
    buurten: z.array(nonEmpty).default([]),
    /** Organisation id of the wijkteam (content/organisaties). */
    wijkteam: slug,
    /** Organisation id of the nearest informatiewinkel or informatiepunt. */
    informatiepunt: slug,
    informatiepuntNote: z.string().optional(),
    services: z.array(wijkService).default([]),
    sources: z.array(source).min(1, { error: 'moet minstens één bron hebben' }),
    lastVerified: isoDate,
    owner: nonEmpty,
    searchTerms: z.array(nonEmpty).default([]),
    toVerify: z.array(toVerify).default([]),
    translations: z.object({ en: wijkTranslation.optional() }).strict().default({}),
  })
  .strict();

export type Wijk = z.infer<typeof wijkSchema>;
