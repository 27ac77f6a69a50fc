import { z } from 'astro/zod';
import { isoDate, nonEmpty, slug, source, toVerify } from './common.ts';
import { textList, translationFile, translationsOf } from './translation.ts';

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

/** content/translations/<locale>/paginas/<id>.yaml. `sections` maps the Dutch section `id` to its heading and body. */
export const paginaTranslation = translationFile({
  title: nonEmpty.optional(),
  summary: nonEmpty.optional(),
  intro: nonEmpty.optional(),
  sections: z.record(z.string(), z.object({ heading: nonEmpty.optional(), body: nonEmpty.optional() }).strict()).optional(),
  searchTerms: textList.optional(),
});
export type PaginaTranslation = z.infer<typeof paginaTranslation>;

/** content/paginas/<id>.yaml: the Dutch entry. */
export const paginaEntrySchema = z
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
  })
  .strict();

/** A loaded guide page: the Dutch entry with its translation files merged in. */
export const paginaSchema = paginaEntrySchema.extend({ translations: translationsOf(paginaTranslation) });

export type Pagina = z.infer<typeof paginaSchema>;
