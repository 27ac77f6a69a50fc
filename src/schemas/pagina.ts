import { z } from 'astro/zod';
import { isoDate, nonEmpty, slug, source, toVerify } from './common.ts';

/** A themed guide page (cliëntondersteuning, mantelzorg): ordered sections that point to organisations and regelingen. */
export const paginaSection = z
  .object({
    id: slug,
    heading: nonEmpty,
    body: nonEmpty,
    organisations: z.array(slug).default([]),
    regelingen: z.array(slug).default([]),
  })
  .strict();

export const paginaTranslation = z
  .object({
    title: nonEmpty.optional(),
    summary: nonEmpty.optional(),
    intro: nonEmpty.optional(),
    sections: z.record(z.string(), z.object({ heading: nonEmpty.optional(), body: nonEmpty.optional() }).strict()).optional(),
  })
  .strict();

export const paginaSchema = z
  .object({
    title: nonEmpty,
    summary: nonEmpty,
    intro: nonEmpty,
    sections: z.array(paginaSection).min(1),
    sources: z.array(source).min(1, { error: 'moet minstens één bron hebben' }),
    lastVerified: isoDate,
    owner: nonEmpty,
    searchTerms: z.array(nonEmpty).default([]),
    toVerify: z.array(toVerify).default([]),
    translations: z.object({ en: paginaTranslation.optional() }).strict().default({}),
  })
  .strict();

export type Pagina = z.infer<typeof paginaSchema>;
