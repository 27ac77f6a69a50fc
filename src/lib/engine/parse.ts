/**
 * Hand-written household parser, small enough for the browser bundle (no Zod).
 * It accepts exactly what `householdSchema` in household.ts accepts; a test checks they agree.
 * Error messages are in plain Dutch and name the field, e.g. `members[0].age`.
 */
import { HOUSING_TYPES, INCOME_SOURCES, ROLES } from './types.ts';
import type { Household, Member } from './types.ts';

export interface HouseholdError {
  path: string;
  message: string;
}
export type ParseResult = { ok: true; household: Household } | { ok: false; errors: HouseholdError[] };

export const LIMITS = {
  age: 120,
  money: 10_000_000,
  years: 100,
  hoursPerWeek: 168,
  months: 1200,
} as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

class Ctx {
  errors: HouseholdError[] = [];
  err(path: string, message: string) {
    this.errors.push({ path, message });
  }
  obj(v: unknown, path: string, keys: readonly string[]): Record<string, unknown> | null {
    if (!isObj(v)) {
      this.err(path, 'Dit moet een groep gegevens zijn (een object).');
      return null;
    }
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) this.err(join(path, k), `Dit veld kennen we niet. Bedoelt u een van deze: ${keys.join(', ')}?`);
    }
    return v;
  }
  bool(v: unknown, path: string): boolean | null | undefined {
    if (v === undefined || v === null) return v;
    if (typeof v !== 'boolean') {
      this.err(path, 'Vul ja (true) of nee (false) in.');
      return undefined;
    }
    return v;
  }
  num(v: unknown, path: string, max: number, what: string, integer = false): number | null | undefined {
    if (v === undefined || v === null) return v;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.err(path, `${what} moet een getal zijn.`);
      return undefined;
    }
    if (v < 0) {
      this.err(path, `${what} kan niet negatief zijn.`);
      return undefined;
    }
    if (v > max) {
      this.err(path, `${what} kan niet hoger zijn dan ${max}.`);
      return undefined;
    }
    if (integer && !Number.isInteger(v)) {
      this.err(path, `${what} moet een heel getal zijn.`);
      return undefined;
    }
    return v;
  }
  str(v: unknown, path: string): string | null | undefined {
    if (v === undefined || v === null) return v;
    if (typeof v !== 'string') {
      this.err(path, 'Dit moet tekst zijn.');
      return undefined;
    }
    return v;
  }
  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], what: string): T | null | undefined {
    if (v === undefined || v === null) return v;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.err(path, `${what} moet een van deze zijn: ${allowed.join(', ')}.`);
      return undefined;
    }
    return v as T;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Sets key on target when the value is not undefined (null is kept: it means "unknown"). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}

const HOUSEHOLD_KEYS = [
  'referenceDate',
  'municipality',
  'members',
  'assets',
  'housing',
  'yearsOnLowIncome',
  'hasDebts',
  'caregiving',
  'hasPet',
  'hasSpecialCosts',
  'monthlyFixedCosts',
] as const;
const MEMBER_KEYS = ['role', 'age', 'netMonthlyIncome', 'incomeSources', 'student'] as const;

function parseMember(c: Ctx, v: unknown, path: string): Member | undefined {
  const o = c.obj(v, path, MEMBER_KEYS);
  if (!o) return undefined;
  const role = o.role === undefined || o.role === null ? undefined : c.oneOf(o.role, join(path, 'role'), ROLES, 'De rol');
  if (o.role === undefined || o.role === null) c.err(join(path, 'role'), `Vul de rol in: ${ROLES.join(', ')}.`);
  const m: Member = { role: role ?? 'applicant' };
  put(m, 'age', c.num(o.age, join(path, 'age'), LIMITS.age, 'De leeftijd', true));
  put(m, 'netMonthlyIncome', c.num(o.netMonthlyIncome, join(path, 'netMonthlyIncome'), LIMITS.money, 'Het netto inkomen per maand'));
  put(m, 'student', c.bool(o.student, join(path, 'student')));
  const src = o.incomeSources;
  if (src === null) m.incomeSources = null;
  else if (src !== undefined) {
    if (!Array.isArray(src)) c.err(join(path, 'incomeSources'), 'Dit moet een lijst zijn, bijvoorbeeld ["work"].');
    else {
      const out: Member['incomeSources'] = [];
      src.forEach((s, i) => {
        const r = c.oneOf(s, `${path}.incomeSources[${i}]`, INCOME_SOURCES, 'De bron van inkomen');
        if (r) out.push(r);
      });
      m.incomeSources = out;
    }
  }
  return role ? m : undefined;
}

/** Checks and copies unknown input into a Household. Never throws. */
export function parseHousehold(input: unknown): ParseResult {
  const c = new Ctx();
  const o = c.obj(input, '', HOUSEHOLD_KEYS);
  if (!o) return { ok: false, errors: [{ path: '(huishouden)', message: 'Het huishouden moet een object zijn, bijvoorbeeld {"members": [...]}.' }] };
  const h: Household = {};
  if (o.referenceDate !== undefined && o.referenceDate !== null) {
    if (typeof o.referenceDate !== 'string' || !isIsoDate(o.referenceDate)) c.err('referenceDate', 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-23.');
    else h.referenceDate = o.referenceDate;
  } else put(h, 'referenceDate', o.referenceDate as null | undefined);
  put(h, 'municipality', c.str(o.municipality, 'municipality'));
  if (o.members === null) h.members = null;
  else if (o.members !== undefined) {
    if (!Array.isArray(o.members)) c.err('members', 'Dit moet een lijst van personen zijn.');
    else {
      const members: Member[] = [];
      o.members.forEach((m, i) => {
        const r = parseMember(c, m, `members[${i}]`);
        if (r) members.push(r);
      });
      const count = (role: string) => members.filter((m) => m.role === role).length;
      if (count('applicant') > 1) c.err('members', 'Er kan maar één aanvrager (applicant) zijn.');
      if (count('partner') > 1) c.err('members', 'Er kan maar één partner zijn.');
      if (o.members.length > 30) c.err('members', 'Een huishouden kan niet meer dan 30 personen hebben.');
      h.members = members;
    }
  }
  put(h, 'assets', c.num(o.assets, 'assets', LIMITS.money, 'Het vermogen'));
  if (o.housing === null) h.housing = null;
  else if (o.housing !== undefined) {
    const ho = c.obj(o.housing, 'housing', ['type', 'monthlyRent']);
    if (ho) {
      const housing: NonNullable<Household['housing']> = {};
      put(housing, 'type', c.oneOf(ho.type, 'housing.type', HOUSING_TYPES, 'De woonsituatie'));
      put(housing, 'monthlyRent', c.num(ho.monthlyRent, 'housing.monthlyRent', LIMITS.money, 'De huur per maand'));
      h.housing = housing;
    }
  }
  put(h, 'yearsOnLowIncome', c.num(o.yearsOnLowIncome, 'yearsOnLowIncome', LIMITS.years, 'Het aantal jaren'));
  put(h, 'hasDebts', c.bool(o.hasDebts, 'hasDebts'));
  if (o.caregiving === null) h.caregiving = null;
  else if (o.caregiving !== undefined) {
    const co = c.obj(o.caregiving, 'caregiving', ['hoursPerWeek', 'months', 'careRecipientInAmersfoort']);
    if (co) {
      const cg: NonNullable<Household['caregiving']> = {};
      put(cg, 'hoursPerWeek', c.num(co.hoursPerWeek, 'caregiving.hoursPerWeek', LIMITS.hoursPerWeek, 'Het aantal uren per week'));
      put(cg, 'months', c.num(co.months, 'caregiving.months', LIMITS.months, 'Het aantal maanden'));
      put(cg, 'careRecipientInAmersfoort', c.bool(co.careRecipientInAmersfoort, 'caregiving.careRecipientInAmersfoort'));
      h.caregiving = cg;
    }
  }
  put(h, 'hasPet', c.bool(o.hasPet, 'hasPet'));
  put(h, 'hasSpecialCosts', c.bool(o.hasSpecialCosts, 'hasSpecialCosts'));
  put(h, 'monthlyFixedCosts', c.num(o.monthlyFixedCosts, 'monthlyFixedCosts', LIMITS.money, 'De vaste lasten per maand'));
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, household: h };
}
