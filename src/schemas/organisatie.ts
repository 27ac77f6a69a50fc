import { z } from 'astro/zod';
import { contact, isoDate, nonEmpty, source, toVerify } from './common.ts';
import { textList, translationFile, translationsOf } from './translation.ts';

export const ORGANISATION_KINDS = ['gemeente', 'rijk', 'waterschap', 'stichting', 'vereniging', 'zorgaanbieder', 'vrijwilligers', 'overig'] as const;

/**
 * content/translations/<locale>/organisaties/<id>.yaml. `name` only when the organisation has a translated
 * name people use. Contact: only the human notes (never phone numbers, addresses, e-mail or URLs).
 */
export const organisatieTranslation = translationFile({
  name: nonEmpty.optional(),
  summary: nonEmpty.optional(),
  description: nonEmpty.optional(),
  services: textList.optional(),
  contact: z.object({ phoneNote: nonEmpty.optional(), openingHours: nonEmpty.optional(), walkIn: nonEmpty.optional() }).strict().optional(),
  toVerify: textList.optional(),
  searchTerms: textList.optional(),
});
export type OrganisatieTranslation = z.infer<typeof organisatieTranslation>;

/** content/organisaties/<id>.yaml: the Dutch entry. */
export const organisatieEntrySchema = z
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
  })
  .strict();

/** A loaded organisation: the Dutch entry with its translation files merged in. */
export const organisatieSchema = organisatieEntrySchema.extend({ translations: translationsOf(organisatieTranslation) });

export type Organisatie = z.infer<typeof organisatieSchema>;
