import { z } from 'astro/zod';
import { contactUrl, isoDate, nonEmpty, slug, source, toVerify } from './common.ts';
import { textList, translationFile, translationsOf } from './translation.ts';

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

/**
 * content/translations/<locale>/wijken/<id>.yaml. Wijk and buurt names are proper names: not translated.
 * `services` has one item per Dutch service, in the same order; `when` only where the Dutch has it.
 */
export const wijkTranslation = translationFile({
  summary: nonEmpty.optional(),
  gebied: nonEmpty.optional(),
  informatiepuntNote: nonEmpty.optional(),
  services: z.array(z.object({ name: nonEmpty, description: nonEmpty, when: nonEmpty.optional() }).strict()).min(1).optional(),
  toVerify: textList.optional(),
  searchTerms: textList.optional(),
});
export type WijkTranslation = z.infer<typeof wijkTranslation>;

/** content/wijken/<id>.yaml: the Dutch entry. */
export const wijkEntrySchema = z
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
  })
  .strict();

/** A loaded wijk: the Dutch entry with its translation files merged in. */
export const wijkSchema = wijkEntrySchema.extend({ translations: translationsOf(wijkTranslation) });

export type Wijk = z.infer<typeof wijkSchema>;
