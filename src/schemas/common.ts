/**
 * Shared Zod building blocks for all content collections.
 * Used by Astro's content layer (src/content.config.ts) and by the
 * stand-alone validator (scripts/validate-content.ts), so both give the same verdict.
 */
import { z } from 'astro/zod';

/** Languages the site is published in. Dutch is the source language. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

export const THEMES = ['geld', 'wonen', 'zorg', 'kinderen', 'mantelzorg', 'schulden', 'werk', 'eten-en-kleding', 'vervoer', 'meedoen'] as const;
export type Theme = (typeof THEMES)[number];

/** A slug: lowercase words joined by hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'moet een slug zijn: kleine letters, cijfers en streepjes (bijv. "stichting-leergeld")' });

/** ISO date (YYYY-MM-DD) kept as a string so it is the same in YAML, JSON and the browser. */
export const isoDate = z.preprocess(
  // Astro's YAML loader turns unquoted dates into Date objects; the `yaml` package keeps strings. Accept both.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
  .string({ error: 'moet een datum zijn als JJJJ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn als JJJJ-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: 'is geen bestaande datum' }),
);

export const nonEmpty = z.string().trim().min(1, { error: 'mag niet leeg zijn' });

export const source = z.object({
  url: z.url({ error: 'moet een volledige URL zijn (https://…)' }),
  title: nonEmpty,
  /** When an editor last checked this source. */
  checked: isoDate.optional(),
});

/**
 * A fact that still needs checking. Pages show "onbekend / controleer" for it,
 * and `npm run content:report` lists it.
 */
export const toVerify = z.object({
  field: nonEmpty,
  note: nonEmpty,
});

export const contact = z
  .object({
    phone: z.string().optional(),
    phoneNote: z.string().optional(),
    email: z.email({ error: 'moet een geldig e-mailadres zijn' }).optional(),
    website: z.url().optional(),
    address: z.string().optional(),
    openingHours: z.string().optional(),
    walkIn: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof source>;
