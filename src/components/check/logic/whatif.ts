/**
 * The "Wat als er iets verandert?" form: its fields, which changes a household is offered, validation
 * with kind messages, and the form's values → the changes of src/lib/whatif (pure, unit-tested in
 * test/check/whatif.test.ts). The values are strings like the check's answers, so they travel in the
 * share link (share.ts) and in this tab's storage (storage.ts) the same way, and bad input is never lost.
 * Texts: src/i18n/<locale>/check.json under `whatif`.
 */
import type { Change } from '../../../lib/whatif/change.ts';
import type { IncomeSource } from '../../../lib/engine/household.ts';
import { parseAgeList, parseAmount, parseWhole } from './amount.ts';
import { UNKNOWN, hasChildren, hasPartner, monthlyIncome, type ErrorKey, type Answers } from './questions.ts';
import { CHANGES, MAX_CHANGES, type ChangeOption, type WhatIfValues } from './whatifFields.ts';

export { CHANGES, MAX_CHANGES, PARTNER_SOURCES, WHATIF_FIELDS, WHATIF_IDS, fitWhatIf, hasWhatIf, type ChangeOption, type WhatIfField, type WhatIfValues } from './whatifFields.ts';

const str = (v: WhatIfValues[string]): string => (typeof v === 'string' ? v : '');
const chosen = (v: WhatIfValues): string[] => (Array.isArray(v.wiVerandering) ? v.wiVerandering : []);

/** Children under 18 whose age is known: [index among the children, age]. */
export function youngChildren(a: Answers): { index: number; age: number }[] {
  if (!hasChildren(a)) return [];
  const ages = parseAgeList(typeof a.kinderen === 'string' ? a.kinderen : '') ?? [];
  return ages.map((age, index) => ({ index, age })).filter((c) => c.age < 18);
}

/** The changes this household can try. */
export function changeOptions(a: Answers): ChangeOption[] {
  const partner = hasPartner(a);
  return CHANGES.filter((c) => {
    switch (c) {
      case 'inkomen':
        return true;
      case 'partnerErbij':
        return !partner;
      case 'partnerWeg':
        return partner;
      case 'kind18':
        return youngChildren(a).length > 0;
      case 'huur':
        return a.wonen === 'rent';
    }
  });
}

/** Is there a partner after the chosen changes (so "whose income" is asked)? */
export function partnerAfter(v: WhatIfValues, a: Answers): boolean {
  const c = chosen(v);
  return hasPartner(a) ? !c.includes('partnerWeg') : c.includes('partnerErbij');
}

/** The fields to show for these values (the chosen changes reveal theirs). */
export function visibleFields(v: WhatIfValues, a: Answers): string[] {
  const c = chosen(v).filter((x) => (changeOptions(a) as string[]).includes(x));
  const out = ['wiVerandering'];
  if (c.includes('partnerErbij')) out.push('wiPartnerLeeftijd', 'wiPartnerInkomen', 'wiPartnerBron');
  if (c.includes('partnerWeg')) out.push('wiEigenInkomen');
  if (c.includes('kind18')) out.push('wiKind');
  if (c.includes('huur')) out.push('wiHuur');
  if (c.includes('inkomen')) {
    out.push('wiRichting');
    if (partnerAfter(v, a)) out.push('wiWie');
    out.push('wiHoe');
    if (v.wiHoe === 'bedrag') out.push('wiBedrag');
    if (v.wiHoe === 'uren') out.push('wiUren', 'wiUurloon');
  }
  return out;
}

export type WhatIfError =
  | ErrorKey
  | 'chooseChange'
  | 'tooManyChanges'
  | 'amountZero'
  | 'hoursInvalid'
  | 'hoursTooHigh'
  | 'wageTooHigh'
  | 'moreThanIncome'
  | 'rentTooHigh';

/** Limits for what people type here (beyond them it is a typing error). */
export const WHATIF_LIMITS = { amountPerMonth: 100_000, hoursPerWeek: 60, hourlyWage: 500, rent: 10_000 } as const;

function amountError(v: string, { zero = true, max }: { zero?: boolean; max: number }): WhatIfError | null {
  const p = parseAmount(v);
  if (p.kind === 'empty') return 'required';
  if (p.kind === 'negative') return 'amountNegative';
  if (p.kind === 'invalid') return 'amountInvalid';
  if (!zero && p.value === 0) return 'amountZero';
  if (p.value > max) return 'amountTooHigh';
  return null;
}

/** "8", "8,5", "12.5" hours. */
export function parseHours(v: string): number | null {
  const s = v.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  return Number(s);
}

const amountOf = (v: WhatIfValues[string]): number | null => {
  const p = parseAmount(str(v));
  return p.kind === 'ok' ? p.value : null;
};

/** Errors per field (only the visible ones), in the order of the form. */
export function validateWhatIf(v: WhatIfValues, a: Answers): Record<string, WhatIfError> {
  const errors: Record<string, WhatIfError> = {};
  const c = chosen(v).filter((x) => (changeOptions(a) as string[]).includes(x));
  if (c.length === 0) errors.wiVerandering = 'chooseChange';
  else if (c.length > MAX_CHANGES) errors.wiVerandering = 'tooManyChanges';
  for (const id of visibleFields(v, a)) {
    if (id === 'wiVerandering' || errors[id]) continue;
    const val = str(v[id]);
    let e: WhatIfError | null = null;
    switch (id) {
      case 'wiRichting':
      case 'wiWie':
      case 'wiHoe':
      case 'wiPartnerBron':
      case 'wiKind':
        if (!val) e = 'required';
        break;
      case 'wiBedrag': {
        e = amountError(val, { zero: false, max: WHATIF_LIMITS.amountPerMonth });
        // Less income than the household has (after the other change) cannot be.
        const c2 = chosen(v);
        const own = c2.includes('partnerWeg') ? amountOf(v.wiEigenInkomen) : monthlyIncome(a);
        const now = own == null ? null : own + (c2.includes('partnerErbij') ? (amountOf(v.wiPartnerInkomen) ?? 0) : 0);
        const amount = amountOf(val);
        if (!e && v.wiRichting === 'minder' && now != null && amount != null && amount > now) e = 'moreThanIncome';
        break;
      }
      case 'wiUren': {
        const h = parseHours(val);
        if (val.trim() === '') e = 'required';
        else if (h == null) e = 'hoursInvalid';
        else if (h === 0) e = 'hoursInvalid';
        else if (h > WHATIF_LIMITS.hoursPerWeek) e = 'hoursTooHigh';
        break;
      }
      case 'wiUurloon':
        e = amountError(val, { zero: false, max: WHATIF_LIMITS.hourlyWage });
        if (e === 'amountTooHigh') e = 'wageTooHigh';
        break;
      case 'wiPartnerLeeftijd': {
        const p = parseWhole(val);
        if (p.kind === 'empty') e = 'required';
        else if (p.kind !== 'ok') e = 'ageInvalid';
        else if (p.value > 120) e = 'ageTooHigh';
        else if (p.value < 15) e = 'ageTooLow';
        break;
      }
      case 'wiPartnerInkomen':
      case 'wiEigenInkomen':
        e = amountError(val, { max: WHATIF_LIMITS.amountPerMonth });
        break;
      case 'wiHuur':
        e = amountError(val, { max: WHATIF_LIMITS.rent });
        if (e === 'amountTooHigh') e = 'rentTooHigh';
        break;
    }
    if (e) errors[id] = e;
  }
  return errors;
}

/** The form's values as changes for src/lib/whatif. Call only when validateWhatIf found nothing. */
export function toChanges(v: WhatIfValues, a: Answers): Change[] {
  const c = chosen(v).filter((x) => (changeOptions(a) as string[]).includes(x));
  const out: Change[] = [];
  for (const x of c) {
    switch (x) {
      case 'partnerErbij': {
        const bron = str(v.wiPartnerBron);
        out.push({
          kind: 'partnerIn',
          age: parseWhole(str(v.wiPartnerLeeftijd)).kind === 'ok' ? Number(str(v.wiPartnerLeeftijd).trim()) : null,
          netPerMonth: amountOf(v.wiPartnerInkomen),
          incomeSources: bron && bron !== UNKNOWN ? [bron as IncomeSource] : null,
        });
        break;
      }
      case 'partnerWeg':
        out.push({ kind: 'partnerOut', netPerMonth: amountOf(v.wiEigenInkomen) });
        break;
      case 'kind18':
        out.push({ kind: 'childTurns18', child: Number(str(v.wiKind)) });
        break;
      case 'huur':
        out.push({ kind: 'rent', monthlyRent: amountOf(v.wiHuur) ?? 0 });
        break;
      case 'inkomen':
        break;
    }
  }
  if (c.includes('inkomen')) {
    const sign = v.wiRichting === 'minder' ? -1 : 1;
    const who = partnerAfter(v, a) && v.wiWie === 'partner' ? 'partner' : 'applicant';
    if (v.wiHoe === 'uren') out.push({ kind: 'income', who, by: 'hours', hoursPerWeek: sign * (parseHours(str(v.wiUren)) ?? 0), hourlyWage: amountOf(v.wiUurloon) ?? 0 });
    else out.push({ kind: 'income', who, by: 'net', netPerMonth: sign * (amountOf(v.wiBedrag) ?? 0) });
  }
  return out;
}

