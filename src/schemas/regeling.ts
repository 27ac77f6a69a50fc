import { z } from 'astro/zod';
import { contactUrl, THEMES, isoDate, nonEmpty, slug, source, toVerify } from './common.ts';
import { textList, translationFile, translationsOf } from './translation.ts';

/** The fixed sections every regeling page has, in this order (after geldcheck51 and GOV.UK). */
export const SECTION_KEYS = ['watIsHet', 'voorWie', 'hoeveel', 'hoeAanvragen', 'watNodig', 'wieHelpt'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const sectionsShape = {
  watIsHet: nonEmpty,
  voorWie: nonEmpty,
  hoeveel: nonEmpty,
  hoeAanvragen: nonEmpty,
  watNodig: nonEmpty,
  wieHelpt: nonEmpty,
};

/**
 * content/translations/<locale>/regelingen/<id>.yaml. Every field is optional: what is missing is shown
 * in Dutch, marked lang="nl". Lists have the same length and order as the Dutch lists.
 */
export const regelingTranslation = translationFile({
  title: nonEmpty.optional(),
  summary: nonEmpty.optional(),
  sections: z.object(sectionsShape).partial().strict().optional(),
  documents: textList.optional(),
  repaymentNote: nonEmpty.optional(),
  endedNote: nonEmpty.optional(),
  /** The translated `deadline.text`. */
  deadline: nonEmpty.optional(),
  /** The translated `note` of each Dutch toVerify item, in the same order. */
  toVerify: textList.optional(),
  /** Words people in that language type (not a translation of each Dutch term). */
  searchTerms: textList.optional(),
});
export type RegelingTranslation = z.infer<typeof regelingTranslation>;

/** content/regelingen/<id>.yaml: the Dutch entry. */
export const regelingEntrySchema = z
  .object({
    title: nonEmpty,
    /** One line, B1, what it gives and to whom. */
    summary: nonEmpty.max(200, { error: 'mag hoogstens 200 tekens zijn: houd de samenvatting kort' }),
    themes: z.array(z.enum(THEMES, { error: `moet een van deze thema's zijn: ${THEMES.join(', ')}` })).min(1, { error: 'moet minstens één thema hebben' }),
    /** 'active' is a live scheme; 'ended' gets a short "bestaat niet meer" page only. */
    status: z.enum(['active', 'ended']).default('active'),
    /**
     * 'regeling': money, a discount or goods you apply for. 'hulp': a desk or service that helps
     * you (advice, forms, support). The check shows 'hulp' apart from the regelingen, so the list
     * of what you may get stays short and the help is offered as the next step.
     */
    kind: z.enum(['regeling', 'hulp']).default('regeling'),
    endedNote: z.string().optional(),
    scope: z.enum(['gemeente', 'regio', 'landelijk']),
    /** Organisation (id in content/organisaties) that runs the scheme. */
    organisation: slug,
    /** Organisations that help residents apply (id in content/organisaties). */
    helpers: z.array(slug).default([]),
    sections: z.object(sectionsShape).strict(),
    /** Documents to bring when applying. */
    documents: z.array(nonEmpty).default([]),
    /**
     * Until when, or within how long, you can apply: only when a source says so. Shown under
     * "Hoe vraagt u het aan?" on the page, on the check's result card and on the printed sheet.
     */
    deadline: z
      .object({
        text: nonEmpty,
        source,
        confidence: z.enum(['H', 'M', 'L'], { error: 'moet H, M of L zijn (hoe zeker de bron is)' }),
      })
      .strict()
      .optional(),
    /** Where to apply: a web form, or an e-mail address or phone number (mailto:, tel:). */
    applyUrl: contactUrl.optional(),
    /** Can money have to be paid back later? Toeslagen are advances. */
    repayment: z.enum(['nee', 'mogelijk', 'ja']),
    repaymentNote: z.string().optional(),
    sources: z.array(source).min(1, { error: 'moet minstens één bron hebben' }),
    lastVerified: isoDate,
    /** Who keeps this entry correct (team or role). */
    owner: nonEmpty,
    /** Words people type to find this, in plain language. */
    searchTerms: z.array(nonEmpty).default([]),
    toVerify: z.array(toVerify).default([]),
  })
  .strict();

/** A loaded regeling: the Dutch entry with its translation files merged in. */
export const regelingSchema = regelingEntrySchema.extend({ translations: translationsOf(regelingTranslation) });

export type Regeling = z.infer<typeof regelingSchema>;
