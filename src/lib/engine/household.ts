/**
 * The household contract: the ONE definition of what a household can tell the engine.
 * From this Zod (mini) schema come the TypeScript type (`Household`), the published JSON Schema
 * (/schema/household.json), the parser used in the browser, the CLI and the tests, and the
 * plausibility checks (the same message in the form, the quick form, a share link, stored
 * answers and the CLI). The check's answers → household mapping produces this type.
 *
 * Every field is optional; absent or null means "unknown". Numbers that people know only as a
 * range ("8 uur of meer") travel as ranges: `{atLeast: 8}`, `{moreThan: 3}`, `{lessThan: 5}`.
 * Issues carry a stable `code` and `params`; their text comes from src/i18n/<locale>/household.json
 * (see householdErrors.ts), so every channel says the same.
 */
import * as z from 'zod/mini';

export const ROLES = ['applicant', 'partner', 'child'] as const;
export const INCOME_SOURCES = ['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const;
export const HOUSING_TYPES = ['rent', 'own', 'lodger', 'institution', 'homeless'] as const;
/** What the care is for (mantelzorg path). */
export const CARE_FOR = ['dementie', 'psychisch', 'lichamelijk', 'ouderdom', 'anders'] as const;

export type Role = (typeof ROLES)[number];
export type IncomeSource = (typeof INCOME_SOURCES)[number];
export type HousingType = (typeof HOUSING_TYPES)[number];
export type CareFor = (typeof CARE_FOR)[number];

/** Sane bounds: beyond these a value is a typing error, not a household. */
export const LIMITS = {
  age: 120,
  /** Net income per person per month. */
  monthlyIncome: 100_000,
  /** Gross (toetsingsinkomen) per person per year. */
  yearlyIncome: 1_500_000,
  rent: 10_000,
  fixedCosts: 25_000,
  assets: 100_000_000,
  years: 100,
  hoursPerWeek: 168,
  months: 1200,
  children: 15,
  /** More children of exactly the same age than this is not plausible (quadruplets are). */
  sameAgeChildren: 4,
  /** A parent is at least this many years older than their child. */
  parentChildAgeGap: 12,
  housemates: 20,
  members: 30,
} as const;

/** Issue codes; the texts are in src/i18n/<locale>/household.json under `codes`. */
export type IssueCode =
  | 'notObject'
  | 'unknownField'
  | 'notNumber'
  | 'notInteger'
  | 'negative'
  | 'tooHigh'
  | 'notBoolean'
  | 'notText'
  | 'notList'
  | 'notOneOf'
  | 'roleMissing'
  | 'notDate'
  | 'emptyRange'
  | 'oneApplicant'
  | 'onePartner'
  | 'tooManyMembers'
  | 'tooManyChildren'
  | 'tooManySameAge'
  | 'childTooOld'
  | 'yearsAboveAge'
  | 'unknownRegeling'
  | 'dateTooEarly'
  | 'dateTooLate';

const issue = (code: IssueCode, params: Record<string, string | number> = {}) => ({ error: () => ({ message: code, params: { code, ...params } }) });

function bounded(max: number, integer = false) {
  const base = integer ? z.int(issue('notInteger')) : z.number(issue('notNumber'));
  return base.check(z.minimum(0, issue('negative')), z.maximum(max, issue('tooHigh', { max })));
}

/** A number or a range; the range's bounds obey the same limits, and the range may not be empty. */
function quantity(max: number) {
  const b = z.optional(bounded(max));
  return z.union(
    [
      bounded(max),
      z
        .strictObject({ atLeast: b, moreThan: b, atMost: b, lessThan: b }, issue('notObject'))
        .check(
          z.superRefine((r, ctx) => {
            const lo = Math.max(r.atLeast ?? 0, r.moreThan ?? 0);
            const hi = Math.min(r.atMost ?? Infinity, r.lessThan ?? Infinity);
            const empty = lo > hi || (lo === hi && (r.moreThan === lo || r.lessThan === hi));
            if (empty) ctx.issues.push({ code: 'custom', message: 'emptyRange', params: { code: 'emptyRange' }, input: r });
          }),
        ),
    ],
    issue('notNumber'),
  );
}

const opt = <T extends z.core.SomeType>(s: T) => z.optional(z.nullable(s));
const yesNo = () => opt(z.boolean(issue('notBoolean')));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, issue('notOneOf', { allowed: values.join(', ') }));

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export const memberSchema = z.strictObject(
  {
    role: oneOf(ROLES),
    age: opt(bounded(LIMITS.age, true)),
    /** Net income per month as it comes into the bank account, without holiday pay (vakantiegeld). */
    netMonthlyIncome: opt(quantity(LIMITS.monthlyIncome)),
    /** Gross yearly income (toetsingsinkomen, on the jaaropgaaf), when known. */
    grossYearlyIncome: opt(quantity(LIMITS.yearlyIncome)),
    incomeSources: opt(z.array(oneOf(INCOME_SOURCES), issue('notList'))),
    /** Follows education with (a right to) studiefinanciering. */
    student: yesNo(),
  },
  issue('notObject'),
);

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const baseSchema = z.strictObject(
  {
    /** Date the check is for (YYYY-MM-DD); the engine's default is today. */
    referenceDate: opt(z.string(issue('notDate')).check(z.refine(isIsoDate, issue('notDate')))),
    /**
     * Name of the municipality or place the household lives in. It picks the content pack in the CLI (a
     * place in a pack's gemeente.yaml `places`); `livesInMunicipality` compares it with the pack's places.
     */
    municipality: opt(z.string(issue('notText'))),
    members: opt(z.array(memberSchema, issue('notList'))),
    /**
     * The typed income could include holiday pay although the question said not to count it. The
     * engine then treats income as "between 92.6 % (work) or 95 % (benefits) of it and it".
     */
    incomeMayIncludeHolidayPay: yesNo(),
    /** Other people aged 27 or older in the home, not the partner (kostendelers). */
    housemates27Plus: opt(quantity(LIMITS.housemates)),
    /** Money in bank and savings accounts, in euros. */
    assets: opt(quantity(LIMITS.assets)),
    housing: opt(
      z.strictObject(
        {
          type: opt(oneOf(HOUSING_TYPES)),
          /** Kale huur per month (without servicekosten). */
          monthlyRent: opt(quantity(LIMITS.rent)),
        },
        issue('notObject'),
      ),
    ),
    yearsOnLowIncome: opt(quantity(LIMITS.years)),
    /** Debts or money worries the household cannot solve alone. */
    hasDebts: yesNo(),
    caregiving: opt(
      z.strictObject(
        {
          /** Gives unpaid care to someone (mantelzorg). */
          givesCare: yesNo(),
          hoursPerWeek: opt(quantity(LIMITS.hoursPerWeek)),
          /** How long the care has lasted, in months. */
          months: opt(quantity(LIMITS.months)),
          careRecipientInMunicipality: yesNo(),
          careFor: opt(z.array(oneOf(CARE_FOR), issue('notList'))),
        },
        issue('notObject'),
      ),
    ),
    hasPet: yesNo(),
    hasSpecialCosts: yesNo(),
    /** A child goes to registered childcare (kinderopvang). */
    usesChildcare: yesNo(),
    /** All fixed costs per month, rent included (voedselbank leefgeld). */
    monthlyFixedCosts: opt(quantity(LIMITS.fixedCosts)),
    /** Regelingen (slugs) the household already receives. [] = none; null = not known. */
    receiving: opt(z.array(z.string(issue('notText')).check(z.regex(slugPattern, issue('unknownRegeling'))), issue('notList'))),
  },
  issue('notObject'),
);

type Base = z.infer<typeof baseSchema>;

const lowOf = (q: Base['yearsOnLowIncome']): number | undefined =>
  q === null || q === undefined ? undefined : typeof q === 'number' ? q : Math.max(q.atLeast ?? 0, q.moreThan ?? 0);

/** Cross-field plausibility: the same checks for every channel. */
export const householdSchema = baseSchema.check(
  z.superRefine((h, ctx) => {
    const push = (path: (string | number)[], code: IssueCode, params: Record<string, string | number> = {}) =>
      ctx.issues.push({ code: 'custom', message: code, path, params: { code, ...params }, input: undefined });
    const members = h.members ?? [];
    if (members.filter((m) => m.role === 'applicant').length > 1) push(['members'], 'oneApplicant');
    if (members.filter((m) => m.role === 'partner').length > 1) push(['members'], 'onePartner');
    if (members.length > LIMITS.members) push(['members'], 'tooManyMembers', { max: LIMITS.members });
    const children = members.map((m, i) => ({ m, i })).filter(({ m }) => m.role === 'child');
    if (children.length > LIMITS.children) push(['members'], 'tooManyChildren', { max: LIMITS.children });
    const byAge = new Map<number, number>();
    for (const { m } of children) if (typeof m.age === 'number') byAge.set(m.age, (byAge.get(m.age) ?? 0) + 1);
    for (const [age, n] of byAge) if (n > LIMITS.sameAgeChildren) push(['members'], 'tooManySameAge', { count: n, age, max: LIMITS.sameAgeChildren });
    const parents = members.filter((m) => m.role !== 'child' && typeof m.age === 'number').map((m) => m.age as number);
    const oldest = parents.length ? Math.max(...parents) : undefined;
    if (oldest !== undefined)
      for (const { m, i } of children)
        if (typeof m.age === 'number' && m.age > oldest - LIMITS.parentChildAgeGap) push(['members', i, 'age'], 'childTooOld', { age: m.age, parentAge: oldest, gap: LIMITS.parentChildAgeGap });
    const applicantAge = members.find((m) => m.role === 'applicant')?.age;
    const years = lowOf(h.yearsOnLowIncome);
    if (typeof applicantAge === 'number' && years !== undefined && years > applicantAge) push(['yearsOnLowIncome'], 'yearsAboveAge', { years, age: applicantAge });
  }),
);

export type Household = z.infer<typeof householdSchema>;
export type Member = z.infer<typeof memberSchema>;
export type HouseholdInput = z.input<typeof householdSchema>;

export interface HouseholdIssue {
  /** Path in the household, e.g. `members[0].age`; '' for the household itself. */
  path: string;
  code: IssueCode;
  params: Record<string, string | number>;
}
export type ParseResult = { ok: true; household: Household } | { ok: false; issues: HouseholdIssue[] };

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  params?: Record<string, string | number>;
  keys?: string[];
  errors?: RawIssue[][];
  maximum?: number | bigint;
  values?: unknown[];
}

function flatten(raw: RawIssue, base: PropertyKey[] = []): HouseholdIssue[] {
  const path = [...base, ...raw.path];
  if (raw.code === 'unrecognized_keys') return (raw.keys ?? []).map((k) => ({ path: pathString([...path, k]), code: 'unknownField', params: { field: k } }));
  if (raw.code === 'invalid_union' && raw.errors?.length) {
    // A number-or-range field: report the branch that got furthest (the range's own issue, else the number's).
    const deepest = raw.errors.map((branch) => branch.flatMap((e) => flatten(e, path)));
    const range = deepest.find((issues) => issues.some((i) => i.code !== 'notNumber' && i.code !== 'notObject'));
    // A bound of a range is reported on the field itself (`hoursPerWeek`, not `hoursPerWeek.atLeast`).
    if (range) return range.map((i) => ({ ...i, path: i.path.replace(/\.(atLeast|moreThan|atMost|lessThan)$/, '') }));
    const num = deepest.find((issues) => issues.some((i) => i.code !== 'notObject'));
    return num ?? [{ path: pathString(path), code: 'notNumber', params: {} }];
  }
  const params = raw.params ?? {};
  const code = (typeof params.code === 'string' ? params.code : raw.message) as IssueCode;
  const rest: Record<string, string | number> = Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'code'));
  if (raw.code === 'too_big' && raw.maximum !== undefined) rest.max = Number(raw.maximum);
  if (raw.code === 'invalid_value' && raw.values) rest.allowed = raw.values.map(String).join(', ');
  return [{ path: pathString(path), code, params: rest }];
}

/** Checks unknown input against the contract. Never throws. */
export function parseHousehold(input: unknown, options: { knownRegelingen?: readonly string[] } = {}): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, issues: [{ path: '', code: 'notObject', params: {} }] };
  const r = householdSchema.safeParse(input);
  if (!r.success) {
    const issues = (r.error.issues as unknown as RawIssue[]).flatMap((i) => flatten(i));
    // A member without a role: say so plainly.
    for (const i of issues) if (/^members\[\d+\]\.role$/.test(i.path) && i.code === 'notOneOf' && input && roleMissing(input, i.path)) i.code = 'roleMissing';
    // A bound of a range is reported on the field itself (`hoursPerWeek`, not `hoursPerWeek.atLeast`).
    for (const i of issues) i.path = i.path.replace(/\.(atLeast|moreThan|atMost|lessThan)$/, '');
    return { ok: false, issues: dedupe(issues) };
  }
  const known = options.knownRegelingen;
  if (known && r.data.receiving) {
    const bad = r.data.receiving.map((s, i) => ({ s, i })).filter(({ s }) => !known.includes(s));
    if (bad.length) return { ok: false, issues: bad.map(({ s, i }) => ({ path: `receiving[${i}]`, code: 'unknownRegeling', params: { value: s } })) };
  }
  return { ok: true, household: r.data };
}

function roleMissing(input: object, path: string): boolean {
  const i = Number(/\[(\d+)\]/.exec(path)?.[1]);
  const m = (input as { members?: unknown[] }).members?.[i] as { role?: unknown } | undefined;
  return m?.role === undefined || m?.role === null;
}

function dedupe(issues: HouseholdIssue[]): HouseholdIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
