/**
 * Shared Zod building blocks for all content collections.
 * Used by Astro's content layer (src/content.config.ts) and by the
 * stand-alone validator (scripts/validate-content.ts), so both give the same verdict.
 */
import { z } from 'astro/zod';

/** Languages the site is published in: one table in src/i18n/locales.ts. Dutch is the source language. */
export { LOCALES, TRANSLATED_LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

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

/**
 * The one URL schema of all content. Web addresses are https only; `mailto:` and `tel:` only
 * where a contact is meant (`contactUrl`). Everything else (javascript:, data:, vbscript:, file:,
 * plain http:, relative links, user:password@) fails with a plain-Dutch problem, because every URL
 * in content ends up as a clickable link.
 */
const URL_KINDS = {
  web: { protocols: ['https:'], expected: 'https://…' },
  contact: { protocols: ['https:', 'mailto:', 'tel:'], expected: 'https://…, mailto:… of tel:…' },
} as const;

function urlProblem(value: string, kind: keyof typeof URL_KINDS): string | null {
  const { protocols, expected } = URL_KINDS[kind];
  // The URL parser would silently drop spaces, tabs and line breaks ("java\tscript:"): refuse them.
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/.test(value)) return `mag geen spaties of onzichtbare tekens bevatten (verwacht ${expected})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `moet een volledig adres zijn (${expected})`;
  }
  if (!(protocols as readonly string[]).includes(url.protocol)) {
    return `begint met "${url.protocol}", dat mag niet: alleen ${protocols.map((p) => (p === 'https:' ? 'https://' : p)).join(', ').replace(/, ([^,]*)$/, ' of $1')}`;
  }
  if (url.protocol === 'https:') {
    if (!/^https:\/\/[^/]/i.test(value) || !url.hostname) return 'moet beginnen met https:// en een domeinnaam';
    if (url.username || url.password) return 'mag geen gebruikersnaam of wachtwoord bevatten';
  }
  if (url.protocol === 'mailto:' && !z.email().safeParse(decodeURIComponent(url.pathname)).success) return 'moet na mailto: een geldig e-mailadres hebben';
  if (url.protocol === 'tel:' && !/^\+?[0-9][0-9-]{2,19}$/.test(url.pathname)) return 'moet na tel: een telefoonnummer hebben (alleen cijfers, bijv. tel:0331234567)';
  return null;
}

const urlSchema = (kind: keyof typeof URL_KINDS) =>
  z.string({ error: `moet een adres zijn (${URL_KINDS[kind].expected})` }).check((ctx) => {
    const problem = urlProblem(ctx.value, kind);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** A web page: https only. */
export const webUrl = urlSchema('web');
/** A way to contact or apply: https, mailto: or tel:. */
export const contactUrl = urlSchema('contact');

export const source = z.object({
  url: webUrl,
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
    website: webUrl.optional(),
    address: z.string().optional(),
    openingHours: z.string().optional(),
    walkIn: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof source>;
