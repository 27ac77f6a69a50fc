/**
 * The fields of the "Wat als er iets verandert?" form, and how values read from outside (a share
 * link, this tab's storage) are made safe. Small on purpose: share.ts and storage.ts need it before
 * the user starts; the rest of the form logic (whatif.ts) loads with the comparison.
 */
import { UNKNOWN } from './questions.ts';

/** The changes on offer, as the form names them (also in the share link). */
export const CHANGES = ['inkomen', 'partnerErbij', 'partnerWeg', 'kind18', 'huur'] as const;
export type ChangeOption = (typeof CHANGES)[number];
/** At most this many changes at once: more is hard to read as one comparison. */
export const MAX_CHANGES = 2;
export const PARTNER_SOURCES = ['work', 'uwv', 'bijstand', 'aow', 'pension', 'studiefinanciering', 'none'] as const;

export type WhatIfValues = Record<string, string | string[] | undefined>;

export interface WhatIfField {
  id: string;
  kind: 'checkbox' | 'radio' | 'amount' | 'hours' | 'whole';
  options?: readonly string[];
  /** "Ik weet het niet" allowed (radio option or checkbox). */
  unknown?: boolean;
}

/** Every field of the form; the ids are the keys in the share link and in storage. */
export const WHATIF_FIELDS: readonly WhatIfField[] = [
  { id: 'wiVerandering', kind: 'checkbox', options: CHANGES },
  { id: 'wiRichting', kind: 'radio', options: ['meer', 'minder'] },
  { id: 'wiWie', kind: 'radio', options: ['ik', 'partner'] },
  { id: 'wiHoe', kind: 'radio', options: ['bedrag', 'uren'] },
  { id: 'wiBedrag', kind: 'amount' },
  { id: 'wiUren', kind: 'hours' },
  { id: 'wiUurloon', kind: 'amount' },
  { id: 'wiPartnerLeeftijd', kind: 'whole' },
  { id: 'wiPartnerInkomen', kind: 'amount' },
  { id: 'wiPartnerBron', kind: 'radio', options: PARTNER_SOURCES, unknown: true },
  { id: 'wiEigenInkomen', kind: 'amount' },
  { id: 'wiKind', kind: 'radio', options: Array.from({ length: 15 }, (_, i) => String(i)) },
  { id: 'wiHuur', kind: 'amount' },
];
export const WHATIF_IDS = WHATIF_FIELDS.map((f) => f.id);

/** Longer typed text is not an answer anyone gave. */
const MAX_TEXT = 40;

/**
 * Values read from outside (a share link, storage) made safe: only known fields, each with a value of
 * its kind and options; `dropped` names the fields that did not fit. Typed text is kept as typed (the
 * form says what is wrong with it), within a length limit and the characters of numbers.
 */
export function fitWhatIf(raw: unknown): { values: WhatIfValues; dropped: string[] } {
  const values: WhatIfValues = {};
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { values, dropped };
  const given = raw as Record<string, unknown>;
  for (const f of WHATIF_FIELDS) {
    if (!Object.hasOwn(given, f.id) || given[f.id] === undefined || given[f.id] === '') continue;
    const v = given[f.id];
    const allowed = f.options ? [...f.options, ...(f.unknown ? [UNKNOWN] : [])] : null;
    let ok: WhatIfValues[string] | undefined;
    if (f.kind === 'checkbox') ok = Array.isArray(v) && v.every((o) => typeof o === 'string' && allowed?.includes(o)) ? [...new Set(v as string[])] : undefined;
    else if (f.kind === 'radio') ok = typeof v === 'string' && allowed?.includes(v) ? v : undefined;
    else ok = typeof v === 'string' && v.length <= MAX_TEXT && /^[0-9€.,\s\-]*$/.test(v) ? v : undefined;
    if (ok === undefined) dropped.push(f.id);
    else values[f.id] = ok;
  }
  return { values, dropped };
}

/** Some change is chosen. */
export function hasWhatIf(v: WhatIfValues | null | undefined): boolean {
  return !!v && Array.isArray(v.wiVerandering) && v.wiVerandering.length > 0;
}
