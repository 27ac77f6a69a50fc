/**
 * content/gemeenten/<id>/gemeente.yaml: what makes a municipality pack a municipality. Everything the
 * site, the check and the engine say about "the municipality" comes from here (its name, phone,
 * desk, languages, theme); no code names one. See README.md "Add a municipality".
 */
import { z } from 'astro/zod';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { nonEmpty, slug, source, toVerify, webUrl } from './common.ts';

/** A design token of the theme: a CSS custom property and a value that cannot break out of its declaration. */
const themeToken = z.string().regex(/^[#a-zA-Z0-9 .,%()+\-/]+$/, { error: 'mag alleen letters, cijfers, spaties en # . , % ( ) + - / bevatten' });

export const gemeenteSchema = z
  .object({
    /** The municipality's name as residents write it. */
    name: nonEmpty,
    /** CBS gemeentecode ("GM0307"), or null when no source gives it (then say so in toVerify). */
    cbsCode: z.string().regex(/^GM\d{4}$/, { error: 'moet een CBS-gemeentecode zijn, bijv. GM0307' }).nullable(),
    /** Place names that count as living in the municipality (woonplaatsen, also the name itself). */
    places: z.array(nonEmpty).min(1, { error: 'moet minstens één plaatsnaam hebben' }),
    /** The general phone number as written on the site (14 and the area code, e.g. "14 000"). */
    phone: z.string().regex(/^[0-9][0-9 ]{2,15}$/, { error: 'moet een telefoonnummer zijn met cijfers en spaties, bijv. "14 000"' }),
    /** When the phone is answered, if a source says so. */
    phoneHours: nonEmpty.optional(),
    /** The municipality's own organisation (content/gemeenten/<id>/organisaties/<organisation>.yaml). National regelingen with organisation "@gemeente" point here. */
    organisation: slug,
    /** The desk the check and the pages name for help in person when no wijk is known. */
    defaultHelpDesk: slug,
    /** Who helps residents with national regelingen: helpers "@formulieren", "@geldzaken" and "@geldcoach" in national content. */
    helpers: z
      .object({
        formulieren: z.array(slug).min(1, { error: 'noem minstens één organisatie die helpt met formulieren' }),
        geldzaken: z.array(slug).min(1, { error: 'noem minstens één organisatie die helpt met geldzaken, bezwaar en terugbetalen' }),
        /** Optional: a money coach for anyone with money questions ("@geldcoach"; left out where there is none). */
        geldcoach: z.array(slug).default([]),
      })
      .strict(),
    site: z.object({ name: nonEmpty, url: webUrl }).strict(),
    /**
     * Interface strings this municipality words its own way: per language, "<namespace>.<key>" of
     * src/i18n/<locale>/<namespace>.json → text (tokens allowed). For what is only true there: its desks'
     * names, its department, example wijken. Every key must exist in the Dutch interface strings.
     */
    interface: z.partialRecord(z.enum(LOCALES), z.record(z.string().regex(/^[a-z]+\.[A-Za-z0-9_.]+$/, { error: 'moet "<namespace>.<sleutel>" zijn, bijv. "common.footer.inPerson"' }), nonEmpty)).default({}),
    /** The regelingen the home page shows first ("most people look for these"), in this order. */
    popular: z.array(slug).default([]),
    /** Languages this site is published in (codes of the locale table, src/i18n/locales.ts), Dutch first. */
    languages: z
      .array(z.enum(LOCALES))
      .min(1)
      .refine((l) => l[0] === DEFAULT_LOCALE, { error: `moet met "${DEFAULT_LOCALE}" beginnen: Nederlands is de brontaal` })
      .refine((l) => new Set(l).size === l.length, { error: 'noemt een taal twee keer' }),
    /** Design tokens that differ from the NL Design System voorbeeld theme: CSS custom property → value. */
    theme: z.record(z.string().regex(/^--[a-z0-9-]+$/, { error: 'moet een CSS-variabele zijn, bijv. --gemeente-radius' }), themeToken).default({}),
    sources: z.array(source).min(1, { error: 'moet minstens één bron hebben' }),
    toVerify: z.array(toVerify).default([]),
  })
  .strict();

export type Gemeente = z.infer<typeof gemeenteSchema>;

/** content/gemeenten/standaard.yaml: the pack built when GEMEENTE is not set. */
export const standaardSchema = z.object({ gemeente: slug }).strict();
