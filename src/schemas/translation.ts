/**
 * Content translations (agreed format, see README "Add a language"):
 *
 *   content/translations/<locale>/<collection>/<id>.yaml
 *
 * One file per entry per language: a status block, then the translated fields with the same
 * keys and structure as the Dutch entry. Every field is optional; what is missing is shown in
 * Dutch, marked lang="nl". The content loader (src/lib/content/validate.ts) validates each file
 * with the schema of its collection and merges it into the entry as `translations.<locale>`.
 */
import { z } from 'astro/zod';
import { TRANSLATED_LOCALES, type Locale, type SourceLocale } from '../i18n/locales.ts';
import { isoDate, nonEmpty } from './common.ts';

export const TRANSLATION_STATUSES = ['concept', 'gecontroleerd'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

const statusShape = {
  /** concept: not yet checked by a native speaker; the page says the Dutch text is leading. */
  status: z.enum(TRANSLATION_STATUSES, { error: 'moet "concept" of "gecontroleerd" zijn' }),
  /** Who translated it, honestly (a person, a team, "with translation software"). */
  translatedBy: nonEmpty,
  translatedOn: isoDate,
  /** Only with status gecontroleerd: who checked the translation, and when. */
  reviewedBy: nonEmpty.optional(),
  reviewedOn: isoDate.optional(),
};

export interface TranslationMeta {
  status: TranslationStatus;
  translatedBy: string;
  translatedOn: string;
  reviewedBy?: string | undefined;
  reviewedOn?: string | undefined;
}

/** The status block of a translation file (also used for src/i18n/<locale>/meta.json). */
export const translationMeta = z.object(statusShape).strict().superRefine(checkReview);

function checkReview(t: { status: TranslationStatus; reviewedBy?: string | undefined; reviewedOn?: string | undefined }, ctx: z.RefinementCtx) {
  if (t.status === 'gecontroleerd') {
    if (!t.reviewedBy) ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'ontbreekt: een gecontroleerde vertaling zegt wie haar heeft nagekeken' });
    if (!t.reviewedOn) ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'ontbreekt: een gecontroleerde vertaling zegt wanneer ze is nagekeken' });
  } else {
    if (t.reviewedBy) ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'hoort alleen bij status gecontroleerd' });
    if (t.reviewedOn) ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'hoort alleen bij status gecontroleerd' });
  }
}

/** A translation file of one collection: the status block plus that collection's translated fields. */
export function translationFile<S extends z.ZodRawShape>(fields: S) {
  return z
    .object({ ...statusShape, ...fields })
    .strict()
    .superRefine((t, ctx) => checkReview(t as unknown as TranslationMeta, ctx));
}

/** A list of translated strings (documents, services, notes): same length and order as the Dutch list. */
export const textList = z.array(nonEmpty).min(1, { error: 'laat het veld weg als u het niet vertaalt' });

/**
 * The `translations` field of a loaded entry: one optional translation for every language of the
 * locale table except Dutch. Derived from the table, so a new row needs no schema change.
 */
export function translationsOf<T extends z.ZodType>(file: T) {
  const shape = Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, file.optional()])) as { [L in Exclude<Locale, SourceLocale>]: z.ZodOptional<T> };
  return z.object(shape).strict().default({} as { [L in Exclude<Locale, SourceLocale>]?: z.output<T> });
}
