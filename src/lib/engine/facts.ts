/**
 * Derived facts: turns a household (what people told us) into the named facts rules use.
 * `undefined` always means "unknown", with a `why` that the reason templates can tell apart
 * ("we weten uw inkomen niet" is not "de grens voor 2027 is nog niet bekend"). Numbers are
 * intervals (see interval.ts). Facts are computed lazily, once per fact and parameters.
 *
 * Every fact in FACTS has reason templates in src/i18n/<locale>/reasons.json under
 * `facts.<name>`; the build checks that (checkRule.ts).
 */
import { aowAgeOn, hasReachedAowAge } from './aow.ts';
import type { Household, Member } from './household.ts';
import { add, clean, compare, exact, fromQuantity, isExact, max0, scale, sub, sum, type Interval, type Tri } from './interval.ts';
import { band, householdNorm, indexationGrowth, selectNorms, type Band, type HouseholdNorm, type NormSelection } from './norms.ts';
import type { AmountKind, EngineContent, FactValue, ParameterFile } from './types.ts';
import { huurtoeslagFact, kinderbijslagFact, kindgebondenBudgetFact, toeslagAssetLimits, zorgtoeslagFact, type AssetLimitKind } from './toeslagen.ts';
import type { Vars } from './text.ts';

export type FactType = 'number' | 'boolean' | 'string';

export interface Computed {
  value: FactValue;
  /** Why the value is unknown (or, for a boolean, why it is what it is): selects a template variant. */
  why?: string;
  vars?: Vars;
  /**
   * Narrower values, each without one source of uncertainty. When the fact's own value straddles a
   * threshold but one of these does not, that source (`why`) is what the reason explains.
   */
  alternatives?: { why: string; value: Interval }[];
  /** For an amount fact (a toeslag): what kind of amount it is, for which period, from which source. */
  amount?: { kind: AmountKind; period: { from: string; until: string }; source: { url: string; title: string }; provisional: boolean };
}

export interface FactInfo {
  type: FactType;
  description: string;
  values?: readonly string[];
  /**
   * A set of values (e.g. what the care is for), held as a comma-separated string: rules test it with
   * `in` / `notIn`, and its reasons say whether it `matches` the rule's values or is `other`.
   */
  list?: true;
  /** Parameters a rule may pass (documentation and validation). */
  params?: Record<string, readonly string[] | 'slug' | 'date'>;
}

interface FactDef extends FactInfo {
  get(c: Ctx, params: Record<string, unknown>): Computed;
  /** Converts a rule's threshold for this fact (e.g. a percentage of the norm) into template variables. */
  limitVars?(c: Ctx, threshold: number, params: Record<string, unknown>): Vars;
  /** Fact-specific threshold for a comparison (e.g. a percentage of the norm incl. VT). */
  threshold?(threshold: number, params: Record<string, unknown>, c: Ctx): Interval;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const U = (why: string, vars?: Vars): Computed => ({ value: undefined, why, vars });

/** Holiday pay that may hide in a typed monthly income: 8 % minimum on wages (WML art. 15), 5 % in benefits (Pw art. 19 lid 3). */
const HOLIDAY_FACTOR_WORK = 1 / 1.08;
const HOLIDAY_FACTOR_BENEFIT = 0.95;
/** A bijstand-only household typing an amount up to this much above its norm incl. VT is living on the norm. */
const BIJSTAND_TYPING_MARGIN = 1.05;

export interface Ctx {
  h: Household;
  date: string;
  content: EngineContent;
  norms: NormSelection;
  complete: boolean;
  applicant?: Member;
  partner?: Member;
  adults?: Member[];
  children?: Member[];
  childAges?: (number | undefined)[];
  hasPartner?: boolean;
  bands?: Band[];
  norm?: HouseholdNorm;
  /** Kostendelers (27+, not the partner) in the home, as an interval; undefined when unknown. */
  kostendelers?: Interval;
  /** Household net income per month as typed. */
  typedIncome?: Interval;
  /** Household net income per month without holiday pay: typed income, widened when it may include it. */
  income?: Interval;
  bijstandOnly?: boolean;
  cache: Map<string, Computed>;
}

function countAged(c: Ctx, lo: number, hi: number): number | undefined {
  const ages = c.childAges;
  if (!ages || ages.some((a) => a === undefined)) return undefined;
  return (ages as number[]).filter((a) => a >= lo && a <= hi).length;
}

function hasSource(c: Ctx, s: string): boolean | undefined {
  if (!c.adults) return undefined;
  if (c.adults.some((m) => m.incomeSources?.includes(s as never))) return true;
  return c.adults.every((m) => Array.isArray(m.incomeSources)) ? false : undefined;
}

export function buildContext(h: Household, content: EngineContent, date: string): Ctx {
  const c: Ctx = { h, date, content, norms: selectNorms(content.normSets, date), complete: false, cache: new Map() };
  const members = Array.isArray(h.members) ? h.members : undefined;
  const applicant = members?.find((m) => m.role === 'applicant');
  if (!members || !applicant) return c;
  c.complete = true;
  c.applicant = applicant;
  c.partner = members.find((m) => m.role === 'partner');
  c.hasPartner = c.partner !== undefined;
  c.adults = c.partner ? [applicant, c.partner] : [applicant];
  c.children = members.filter((m) => m.role === 'child');
  c.childAges = c.children.map((m) => num(m.age));
  c.bands = c.adults.map((m) => band(num(m.age), date));

  // Income: the sum of the adults' net monthly incomes (as typed), and without holiday pay.
  const incomes = c.adults.map((m) => fromQuantity(m.netMonthlyIncome));
  if (incomes.every((i) => i !== undefined)) {
    c.typedIncome = sum(incomes as Interval[]);
    const mayInclude = h.incomeMayIncludeHolidayPay === true;
    c.income = mayInclude
      ? sum(
          (incomes as Interval[]).map((i, k) => {
            const src = c.adults?.[k]?.incomeSources;
            const benefitOnly = Array.isArray(src) && src.length > 0 && src.every((s) => ['bijstand', 'uwv', 'aow', 'pension', 'none'].includes(s));
            return { lo: i.lo * (benefitOnly ? HOLIDAY_FACTOR_BENEFIT : HOLIDAY_FACTOR_WORK), hi: i.hi, hiOpen: i.hiOpen };
          }),
        )
      : c.typedIncome;
  }
  const srcs = c.adults.map((m) => m.incomeSources);
  c.bijstandOnly = srcs.every((s) => Array.isArray(s)) ? srcs.some((s) => s?.includes('bijstand')) && srcs.every((s) => (s ?? []).every((x) => x === 'bijstand' || x === 'none')) : undefined;

  if (c.norms.ok) {
    const childrenUnder18 = countAged(c, 0, 17);
    // Only someone who says they live in an institution gets the inrichting norm.
    const institution = h.housing?.type === 'institution';
    // Kostendelers: other people of 27+ in the home. Absent means none (the household listed who lives there); null means unknown.
    const listed = h.housemates27Plus === null ? undefined : (fromQuantity(h.housemates27Plus) ?? exact(0));
    const adultKids = c.childAges.every((a) => a !== undefined) ? (c.childAges as number[]).filter((a) => a >= 27).length : undefined;
    const kostendelers = listed && adultKids !== undefined ? { lo: Math.max(listed.lo, adultKids), hi: Math.max(listed.hi, adultKids) } : undefined;
    c.kostendelers = kostendelers;
    c.norm = householdNorm({ set: c.norms.set, growth: c.norms.growth, bands: c.bands, childrenUnder18, institution, kostendelers });
  }
  return c;
}

/** Income as a percentage of the household's norm excl. VT, with the explanations a straddle can have. */
function incomePercent(c: Ctx): Computed {
  if (!c.norms.ok) return U('date');
  if (!c.complete) return U('household');
  if (!c.income || !c.typedIncome) return U('income');
  if (!c.norm) return U('norm');
  const norm = c.norm;
  const pct = (inc: Interval, n: Interval): Interval => clean({ lo: (100 * inc.lo) / n.hi, hi: (100 * inc.hi) / n.lo, hiOpen: inc.hiOpen });
  const vars: Vars = { income: c.typedIncome.lo, category: `@categories.${norm.category}`, norm: norm.exclVT.lo };
  if (c.bijstandOnly) {
    // Living on bijstand (and nothing else): the income IS the norm, whatever amount within a few percent was typed.
    if (c.typedIncome.hi <= norm.inclVT.hi * BIJSTAND_TYPING_MARGIN) return { value: exact(100), why: 'bijstand', vars };
    // More than the norm on bijstand alone: perhaps toeslagen were counted in. Between the norm and what was typed.
    return { value: { lo: 100, hi: pct(c.typedIncome, norm.exclVT).hi }, why: 'bijstandTyped', vars };
  }
  // Half a cent below: an income exactly at a limit that is rounded to whole cents counts as within it.
  const inc = { ...c.income, lo: Math.max(0, c.income.lo - 0.005), hi: Math.max(0, c.income.hi - 0.005) };
  const typed = { ...c.typedIncome, lo: Math.max(0, c.typedIncome.lo - 0.005), hi: Math.max(0, c.typedIncome.hi - 0.005) };
  const value = pct(inc, norm.exclVT);
  const alternatives: { why: string; value: Interval }[] = [];
  if (c.h.incomeMayIncludeHolidayPay) alternatives.push({ why: 'holidayPay', value: pct(typed, norm.exclVT) });
  if (c.norms.ok && c.norms.provisional) alternatives.push({ why: 'provisional', value: pct(inc, { lo: norm.exclVT.lo, hi: norm.exclVT.lo }) });
  if (!isExact(norm.exclVT) && !(c.norms.ok && c.norms.provisional)) alternatives.push({ why: 'normRange', value: pct(inc, { lo: norm.exclVT.lo, hi: norm.exclVT.lo }) });
  return { value, vars, alternatives };
}

const vtFactor = (c: Ctx) => (c.norms.ok ? c.norms.set.vakantietoeslagFactor : 0.95);

/** The limit in euros per month for a percentage of this household's norm. */
function normLimitVars(c: Ctx, t: number, params: Record<string, unknown>): Vars {
  const year = c.date.slice(0, 4);
  if (!c.norm) return { percent: t, year };
  const base = params.base === 'inclVT' ? c.norm.inclVT.lo : c.norm.exclVT.lo;
  const limit = (base * t) / 100;
  const typed = c.typedIncome?.lo;
  return {
    percent: t,
    limit,
    limitIncl: (c.norm.inclVT.lo * t) / 100,
    baseLabel: params.base === 'inclVT' ? '@bases.inclVT' : '@bases.exclVT',
    distance: typed !== undefined ? Math.abs(typed - limit) : undefined,
    year,
    normsFrom: c.norms.ok ? c.norms.set.validFrom : undefined,
  };
}

/** Income kinds that carry their own holiday pay (wages, UWV benefits, AOW, pension, bijstand itself). */
const WITH_HOLIDAY_PAY = ['work', 'uwv', 'aow', 'pension', 'bijstand'];

function normThreshold(t: number, params: Record<string, unknown>, c: Ctx): Interval {
  const f = vtFactor(c);
  if (params.base === 'inclVT') return exact(t / f);
  if (params.base === 'unclear') return { lo: t, hi: t / f };
  if (params.base === 'byIncomeKind') {
    // Bijstand and AIO (Participatiewet art. 31-32): income with its own holiday pay is compared
    // month by month with the norm without holiday pay; income without it (alimentatie, student
    // finance) with the norm including the holiday pay reserved in it.
    const srcs = c.adults?.map((m) => m.incomeSources);
    if (!srcs || srcs.some((x) => !Array.isArray(x) || x.length === 0)) return { lo: t, hi: t / f };
    const kinds = (srcs as string[][]).flat().filter((x) => x !== 'none');
    if (kinds.length === 0 || kinds.every((x) => WITH_HOLIDAY_PAY.includes(x))) return exact(t);
    if (kinds.every((x) => !WITH_HOLIDAY_PAY.includes(x))) return exact(t / f);
    return { lo: t, hi: t / f };
  }
  return exact(t);
}

function paramFile(c: Ctx, regeling: string): ParameterFile | undefined {
  const files = c.content.parameters.filter((p) => p.regeling === regeling).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return files.find((f) => f.validFrom <= c.date && c.date <= f.validUntil) ?? files.filter((f) => f.validFrom <= c.date).at(-1);
}

interface Param {
  value: number;
  unit?: string;
}
/** A parameter's value; amounts in eurocent come back in euros. */
const pv = (f: ParameterFile | undefined, key: string): number | undefined => {
  const p = (f?.parameters as Record<string, Param | undefined> | undefined)?.[key];
  const v = num(p?.value);
  return v === undefined ? undefined : p?.unit === 'eurocent' ? v / 100 : v;
};

/**
 * Kwijtschelding (Uitvoeringsregeling Invorderingswet 1990 art. 11–16): the betalingscapaciteit per
 * month is the net income minus the kosten van bestaan (a percentage of the bijstandsnorm excl. VT,
 * art. 16) and the costs art. 15 allows (net housing costs above the normhuur, health premium above
 * the normpremie). At least 80 % of it goes to the tax; the rest is waived.
 */
interface Kwijtschelding {
  kvb: Interval;
  capacity: Interval;
  allowance: Interval;
  /** Infinity when the regeling's parameter file says the tax amounts are not known (value null). */
  maxTax: number;
  share: number;
}

/** A parameter that is in the file with the value null: known to be unknown. */
const isNullParam = (f: ParameterFile | undefined, key: string): boolean => (f?.parameters as Record<string, { value?: unknown } | undefined> | undefined)?.[key]?.value === null;
function kwijtscheldingModel(c: Ctx, regeling: string): Kwijtschelding | Computed {
  const own = paramFile(c, regeling);
  // The national figures (URI art. 11 and 15) are in one file for every gemeente and waterschap.
  const national = paramFile(c, 'kwijtschelding');
  if (!own || !national) return U('noParameters');
  const p = { ...own, parameters: { ...national.parameters, ...own.parameters } } as ParameterFile;
  if (!c.norms.ok) return U('date');
  if (!c.complete || !c.bands || c.bands.some((b) => b === undefined)) return U('household');
  if (c.h.housing?.type === 'institution') return U('institution');
  const pctLo = pv(p, 'kostenVanBestaanProcentMin') ?? pv(p, 'kostenVanBestaanProcent');
  const pctHi = pv(p, 'kostenVanBestaanProcentMax') ?? pctLo;
  // The tax amounts may be unknown (null): then no income or savings is sure to pay every bill.
  const maxTax = isNullParam(p, 'maxBelastingPerJaar') ? Infinity : pv(p, 'maxBelastingPerJaar');
  const share = pv(p, 'aandeelBetalingscapaciteitProcent');
  const normhuur = pv(p, 'normhuur');
  const huurgrens = pv(p, 'maximaleHuurgrens');
  const premie = pv(p, 'zorgpremieBovenNormpremieMax');
  const maxHuurtoeslag = pv(p, 'maximaleHuurtoeslag');
  if ([pctLo, pctHi, maxTax, share, normhuur, huurgrens, premie, maxHuurtoeslag].some((x) => x === undefined)) return U('noParameters');
  // Art. 16: the norm for a single person or a couple (art. 21), or at AOW age (art. 22); no young-person or kostendeler norms.
  const n = c.norms.set.bijstandsnormenInclVakantietoeslag;
  const aow = c.bands.includes('aow');
  const single = c.bands.length === 1;
  const key = single ? (aow ? 'alleenstaande-aow' : 'alleenstaande-21-aow') : aow ? 'paar-aow' : 'paar-21-aow';
  const g = c.norms.growth;
  const normExcl = n[key] * c.norms.set.vakantietoeslagFactor;
  // At AOW age (art. 16 lid 2) the URI uses 90 % of the art. 22 norm; one municipality's own table used net
  // AOW amounts (addendum §1), which include holiday pay and are not found for 2026: from 90 % of
  // the norm without to 100 % of the norm with holiday pay.
  const kvb: Interval = aow
    ? { lo: normExcl * 0.9 * g.lo, hi: n[key] * Math.max(1, (pctHi as number) / 100) * g.hi }
    : { lo: (normExcl * (pctLo as number) * g.lo) / 100, hi: (normExcl * (pctHi as number) * g.hi) / 100 };
  // A regeling that counts kostendelers (Pw art. 22a, 27+): the kosten van bestaan of a household that shares
  // its home are that percentage of its own kostendelersnorm, when that is lower.
  const kdPct = pv(p, 'kostenVanBestaanKostendelersnormProcent');
  if (kdPct !== undefined) {
    if (!c.kostendelers) return U('household');
    if (c.kostendelers.hi > 0) {
      if (!c.norm) return U('household');
      kvb.lo = Math.min(kvb.lo, (c.norm.exclVT.lo * kdPct) / 100);
      kvb.hi = Math.min(kvb.hi, (c.norm.exclVT.hi * kdPct) / 100);
    }
  }
  // Art. 15 lid 1 b: net housing costs (rent minus huurtoeslag) up to the maximale huurgrens, above the normhuur.
  const rent = c.h.housing?.type === 'rent' ? fromQuantity(c.h.housing.monthlyRent) : undefined;
  const housingType = c.h.housing?.type;
  let housing: Interval;
  if (housingType === 'rent' && rent) {
    const counted = { lo: Math.min(rent.lo, huurgrens as number), hi: Math.min(rent.hi, huurgrens as number) };
    housing = { lo: Math.max(0, counted.lo - (maxHuurtoeslag as number) - (normhuur as number)), hi: Math.max(0, counted.hi - (normhuur as number)) };
  } else if (housingType === 'homeless' || housingType === 'lodger') housing = exact(0);
  else housing = { lo: 0, hi: (huurgrens as number) - (normhuur as number) };
  // Art. 15 lid 1 c: health premium above the normpremie (not asked): between 0 and an upper bound.
  const allowed = add(housing, { lo: 0, hi: premie as number });
  // Art. 12 lid 2 d: money up to the kosten van bestaan plus a month's housing and health costs is not counted.
  const allowance = add(kvb, { lo: housing.lo, hi: housing.hi + (premie as number) });
  // On bijstand alone the income is the bijstand norm; a much higher typed amount probably counts toeslagen in.
  if (c.bijstandOnly && c.norm && c.typedIncome) {
    if (c.typedIncome.hi > c.norm.inclVT.hi * BIJSTAND_TYPING_MARGIN) return U('bijstandTyped', { income: c.typedIncome.lo });
    // The norm and the kosten van bestaan rise with the same indexation: compare them before it.
    const own = { lo: c.norm.exclVT.lo / g.lo, hi: c.norm.exclVT.hi / g.hi };
    const base = { lo: kvb.lo / g.lo, hi: kvb.hi / g.hi };
    const d = sub(own, base);
    const capacity = { lo: Math.max(0, d.lo * g.lo - allowed.hi), hi: Math.max(0, (d.hi - 0.005) * g.hi - allowed.lo) };
    return { kvb, capacity, allowance, maxTax: maxTax as number, share: share as number };
  }
  const income = c.income;
  if (!income) return U('income');
  // Half a cent below: an income exactly at the published (rounded) kosten van bestaan has no capacity.
  const capacity = max0(sub(sub({ ...income, lo: income.lo - 0.005, hi: income.hi - 0.005 }, kvb), allowed));
  return { kvb, capacity, allowance, maxTax: maxTax as number, share: share as number };
}

const isComputed = (x: unknown): x is Computed => typeof x === 'object' && x !== null && 'value' in x;

const b = (description: string, get: FactDef['get']): FactDef => ({ type: 'boolean', description, get });
const n = (description: string, get: FactDef['get'], extra: Partial<FactDef> = {}): FactDef => ({ type: 'number', description, get, ...extra });
const count = (description: string, lo: number, hi: number): FactDef =>
  n(description, (c) => {
    const v = countAged(c, lo, hi);
    return v === undefined ? U(c.complete ? 'childAges' : 'household') : { value: exact(v), vars: { count: v } };
  });
const boolFrom = (v: boolean | undefined, whyUnknown = 'notAsked'): Computed => (v === undefined ? U(whyUnknown) : { value: v });
const numFrom = (q: Interval | undefined, vars?: (i: Interval) => Vars): Computed => (q === undefined ? U('unknown') : { value: q, vars: vars?.(q) });

function aowVars(c: Ctx): Vars {
  const a = aowAgeOn(c.date);
  return { aowAge: a ? a.years : 67, aowMonths: a?.months ?? 0 };
}

/** The fact catalog. Rules may only use these names (checked in the build). */
const DEFS = {
  livesInMunicipality: b('The household lives in the municipality (one of its place names).', (c) => {
    const m = typeof c.h.municipality === 'string' ? c.h.municipality.trim().toLowerCase() : undefined;
    if (!m) return U('unknown', { municipality: c.content.municipality.name });
    return { value: c.content.municipality.places.some((p) => p.toLowerCase() === m), vars: { municipality: c.content.municipality.name } };
  }),
  applicantAge: n('Age of the applicant in whole years.', (c) => numFrom(c.complete && num(c.applicant?.age) !== undefined ? exact(c.applicant?.age as number) : undefined, (i) => ({ age: i.lo }))),
  hasPartner: b('The applicant has a partner (spouse or person they live with as a couple).', (c) => boolFrom(c.hasPartner, 'household')),
  householdType: {
    type: 'string',
    description: 'Household type for the bijstand; children count only under 18.',
    values: ['alleenstaand', 'alleenstaande-ouder', 'paar', 'paar-met-kinderen'],
    get: (c) => {
      const u18 = countAged(c, 0, 17);
      if (c.hasPartner === undefined || u18 === undefined) return U('household');
      return { value: c.hasPartner ? (u18 > 0 ? 'paar-met-kinderen' : 'paar') : u18 > 0 ? 'alleenstaande-ouder' : 'alleenstaand' };
    },
  } as FactDef,
  householdSize: n('Number of people in the household (all members).', (c) => (c.complete ? { value: exact((c.h.members ?? []).length) } : U('household'))),
  childrenCount: n('Number of children (role child), of any age.', (c) => (c.children ? { value: exact(c.children.length), vars: { count: c.children.length } } : U('household'))),
  childrenUnder18Count: count('Number of children aged 0–17.', 0, 17),
  childrenAged0to3: count('Number of children aged 0–3.', 0, 3),
  childrenAged2to17: count('Number of children aged 2–17.', 2, 17),
  childrenAged4to17: count('Number of children aged 4–17 (school age).', 4, 17),
  childrenAged12to17: count('Number of children aged 12–17.', 12, 17),
  childrenAged0to5: count('Number of children aged 0–5 (kinderbijslag band).', 0, 5),
  childrenAged6to11: count('Number of children aged 6–11 (kinderbijslag band).', 6, 11),
  childrenAged12to15: count('Number of children aged 12–15 (kindgebonden budget supplement).', 12, 15),
  childrenAged16to17: count('Number of children aged 16–17 (kindgebonden budget supplement).', 16, 17),
  youngestChildAge: n('Age of the youngest child.', (c) => {
    const a = c.childAges;
    if (!a || a.length === 0 || a.some((x) => x === undefined)) return U(a && a.length === 0 ? 'noChildren' : 'childAges');
    const y = Math.min(...(a as number[]));
    return { value: exact(y), vars: { age: y } };
  }),
  anyAdultAowAge: b('At least one adult has reached the AOW age.', (c) => {
    const bands = c.bands;
    const vars = aowVars(c);
    if (!bands) return U('household', vars);
    if (bands.includes('aow')) return { value: true, vars };
    return bands.every((x) => x !== undefined) ? { value: false, vars } : U('age', vars);
  }),
  adultsBetween21AndAowAge: b('Every adult (applicant and partner) is between 21 and the AOW age.', (c) => {
    const bands = c.bands;
    const vars = aowVars(c);
    if (!bands) return U('household', vars);
    const young = bands.some((x) => x === '18-20' || x === 'under18');
    const old = bands.includes('aow');
    if (young || old) return { value: false, why: old ? 'aow' : 'young', vars };
    return bands.every((x) => x === '21-aow') ? { value: true, vars } : U('age', vars);
  }),
  studentUnder27: b('The applicant is under 27 and follows education with a right to studiefinanciering (no algemene bijstand, Pw art. 13 lid 2c).', (c) => {
    const a = c.applicant;
    if (!a) return U('household');
    const student = bool(a.student) ?? (a.incomeSources?.includes('studiefinanciering') ? true : undefined);
    const age = num(a.age);
    if (student === false) return { value: false };
    if (age !== undefined && age >= 27) return { value: false, why: 'age27' };
    if (student === undefined) return U('notAsked');
    return age === undefined ? U('age') : { value: true };
  }),
  incomePercentOfNorm: n('Household net income (without holiday pay) as % of the household\'s own bijstandsnorm excl. VT. Parameter base: exclVT (default), inclVT, unclear (the source does not say), byIncomeKind (bijstand: excl. VT for income with its own holiday pay, incl. VT for income without).', (c) => incomePercent(c), {
    params: { base: ['exclVT', 'inclVT', 'unclear', 'byIncomeKind'] },
    limitVars: normLimitVars,
    threshold: normThreshold,
  }),
  kwijtscheldingIncome: {
    type: 'boolean',
    description: 'Kwijtschelding by the betalingscapaciteit model: true = nothing left to pay from income; false = no waiver can remain for any bill the regeling covers; unknown (partial) = a partial waiver is possible; unknown (taxUnknown) = the regeling\'s tax amounts are not known, so only "nothing left to pay" can be told. Parameter regeling: whose parameter file (kostenVanBestaanKostendelersnormProcent there: the kosten van bestaan follow the kostendelersnorm).',
    params: { regeling: 'slug' },
    get: (c, params) => {
      const m = kwijtscheldingModel(c, String(params.regeling));
      if (isComputed(m)) return m;
      const vars: Vars = { year: c.date.slice(0, 4), kvb: m.kvb.lo, income: c.typedIncome?.lo, distance: c.typedIncome ? Math.max(0, c.typedIncome.lo - m.kvb.lo) : undefined, phone: c.content.municipality.phone };
      if (m.capacity.hi <= 0) return { value: true, vars };
      if ((m.share / 100) * 12 * m.capacity.lo >= m.maxTax) return { value: false, vars };
      return U(m.capacity.lo > 0 ? (m.maxTax === Infinity ? 'taxUnknown' : 'partial') : 'nearNorm', vars);
    },
  } as FactDef,
  kwijtscheldingSavings: {
    type: 'boolean',
    description: 'Savings within what kwijtschelding disregards (art. 12 lid 2 d URI: the kosten van bestaan plus a month\'s housing and health costs): true = within; false = so much more that it pays any bill; unknown = in between.',
    params: { regeling: 'slug' },
    get: (c, params) => {
      const m = kwijtscheldingModel(c, String(params.regeling));
      const assets = fromQuantity(c.h.assets);
      if (isComputed(m)) return assets === undefined ? U('unknown') : m;
      if (!assets) return U('unknown');
      const vars: Vars = { assets: assets.lo, allowance: m.allowance.lo, phone: c.content.municipality.phone };
      if (assets.lo - m.allowance.hi >= m.maxTax) return { value: false, vars };
      // A home of one's own: what it is worth above the mortgage counts as assets too (URI art. 12).
      if (c.h.housing?.type === 'own') return U('ownHome', vars);
      if (assets.hi <= m.allowance.lo) return { value: true, vars };
      if (assets.lo - m.allowance.hi >= m.maxTax) return { value: false, vars };
      return U(m.maxTax === Infinity && assets.lo > m.allowance.hi ? 'taxUnknown' : 'partial', vars);
    },
  } as FactDef,
  assets: n('Savings (money in bank and savings accounts), in euros.', (c) => numFrom(fromQuantity(c.h.assets), (i) => ({ assets: i.lo }))),
  assetsWithinBijstandLimit: b('Savings are at most the bijstand vermogensgrens for this household (Pw art. 34); a home of one\'s own makes it unknown.', (c) => {
    const assets = fromQuantity(c.h.assets);
    if (!c.norms.ok) return U('date');
    if (!assets) return U('unknown');
    const v = c.norms.set.vermogensgrenzen;
    const g = c.norms.growth;
    const u18 = countAged(c, 0, 17);
    const limit = c.hasPartner === undefined || u18 === undefined ? undefined : c.hasPartner ? v.paar : u18 > 0 ? v.alleenstaandeOuder : v.alleenstaande;
    const cat = c.hasPartner ? 'paar' : u18 ? 'alleenstaande-ouder' : 'alleenstaande';
    const lim: Interval = limit === undefined ? { lo: Math.min(v.alleenstaande, v.paar, v.alleenstaandeOuder), hi: Math.max(v.alleenstaande, v.paar, v.alleenstaandeOuder) } : exact(limit);
    const limG = { lo: lim.lo * g.lo, hi: lim.hi * g.hi };
    const vars: Vars = { assets: assets.lo, limit: limG.lo, category: `@categories.${cat}` };
    if (assets.lo > limG.hi) return { value: false, vars };
    if (assets.hi <= limG.lo) return c.h.housing?.type === 'own' ? U('ownHome', vars) : { value: true, vars };
    return U(g.hi > 1 ? 'provisional' : 'near', vars);
  }),
  ...toeslagAssetFacts(),
  zorgtoeslagPerYear: n('Zorgtoeslag per year by the official formula (Wet op de zorgtoeslag), on the toetsingsinkomen (given, or a range from the net income).', zorgtoeslagFact),
  huurtoeslagPerYear: n('Huurtoeslag per year by the official 2026 formula (Wet op de huurtoeslag), on the rent and the toetsingsinkomen.', huurtoeslagFact),
  kindgebondenBudgetPerYear: n('Kindgebonden budget per year by the official formula, with the alleenstaande-ouderkop and the supplements for children of 12 to 17.', kindgebondenBudgetFact),
  kinderbijslagPerYear: n('Kinderbijslag for the calendar year, each quarter at its own amounts.', kinderbijslagFact),
  housingType: {
    type: 'string',
    description: 'Housing situation.',
    values: ['rent', 'own', 'lodger', 'institution', 'homeless'],
    get: (c) => (c.h.housing?.type ? { value: c.h.housing.type } : U('unknown')),
  } as FactDef,
  monthlyRent: n('Rent per month (kale huur), in euros.', (c) => numFrom(fromQuantity(c.h.housing?.monthlyRent), (i) => ({ rent: i.lo }))),
  yearsOnLowIncome: n('Years in a row on a low income.', (c) => numFrom(fromQuantity(c.h.yearsOnLowIncome))),
  hasDebts: b('The household has debts or money worries it cannot solve alone.', (c) => boolFrom(bool(c.h.hasDebts))),
  receivesBijstand: b('An adult receives bijstand.', (c) => boolFrom(hasSource(c, 'bijstand'), 'unknown')),
  hasWorkIncome: b('An adult has income from work.', (c) => boolFrom(hasSource(c, 'work'), 'unknown')),
  singleEarnerWithBenefit: b('Couple where only one partner has income, and that income is a UWV benefit (tegemoetkoming alleenverdieners).', (c) => {
    if (c.hasPartner === false) return { value: false, why: 'single' };
    if (!c.adults || !c.hasPartner) return U('household');
    const incomes = c.adults.map((m) => fromQuantity(m.netMonthlyIncome));
    const noUwv = c.adults.every((m) => Array.isArray(m.incomeSources) && !m.incomeSources.includes('uwv'));
    if (incomes.every((i) => i !== undefined && isExact(i))) {
      const earners = c.adults.filter((_, i) => (incomes[i] as Interval).lo > 0);
      if (earners.length === 0) return { value: false, why: 'noIncome' };
      if (earners.length === 1) {
        const src = earners[0]?.incomeSources;
        return Array.isArray(src) ? { value: src.includes('uwv') } : U('unknown');
      }
      return noUwv ? { value: false, why: 'twoEarners' } : U('unknown');
    }
    return noUwv ? { value: false } : U('unknown');
  }),
  givesCare: b('Gives unpaid care to someone (mantelzorg).', (c) => {
    const cg = c.h.caregiving;
    const given = bool(cg?.givesCare);
    if (given !== undefined) return { value: given };
    const hours = fromQuantity(cg?.hoursPerWeek);
    if (hours) return hours.hi <= 0 ? { value: false } : hours.lo > 0 || hours.loOpen ? { value: true } : U('unknown');
    return U('notAsked');
  }),
  caregivingHoursPerWeek: n('Hours of unpaid care per week.', (c) => numFrom(fromQuantity(c.h.caregiving?.hoursPerWeek))),
  caregivingMonths: n('Months the care has lasted.', (c) => numFrom(fromQuantity(c.h.caregiving?.months))),
  careRecipientInMunicipality: b('The person receiving care lives in the municipality.', (c) => ({ ...boolFrom(bool(c.h.caregiving?.careRecipientInMunicipality), 'unknown'), vars: { municipality: c.content.municipality.name } })),
  careFor: {
    type: 'string',
    description: 'What the care is for (a list; use operator "in" with the values that fit).',
    values: ['dementie', 'psychisch', 'lichamelijk', 'ouderdom', 'anders'],
    list: true,
    get: (c) => {
      const list = c.h.caregiving?.careFor;
      return Array.isArray(list) && list.length ? { value: list.join(',') } : U('notAsked');
    },
  } as FactDef,
  roundOpen: {
    type: 'boolean',
    description: "The regeling's last known application round (the period of its amount) is open on the date. After that round it is unknown whether a new one is open: never a no. Parameter regeling: whose rule.",
    params: { regeling: 'slug' },
    get: (c, params) => {
      const period = c.content.rules.find((r) => r.name === params.regeling)?.amount?.period;
      if (!period) return U('unknown');
      const vars: Vars = { from: period.from, until: period.until, phone: c.content.municipality.phone };
      if (c.date < period.from) return U('notYet', vars);
      if (c.date <= period.until) return { value: true, vars };
      return U('past', vars);
    },
  } as FactDef,
  temporarySchemeOpen: {
    type: 'boolean',
    description: 'A temporary regeling whose source gives its end date: true from `from` (optional) up to and including `until`, false after `until` (it has ended), unknown before `from`. Parameters from, until: ISO dates.',
    params: { from: 'date', until: 'date' },
    get: (c, params) => {
      const from = typeof params.from === 'string' ? params.from : undefined;
      const until = typeof params.until === 'string' ? params.until : undefined;
      if (!until) return U('unknown');
      const vars: Vars = { from, until, phone: c.content.municipality.phone };
      if (from && c.date < from) return U('notYet', vars);
      return { value: c.date <= until, vars };
    },
  } as FactDef,
  usesRegisteredChildcare: b('A child goes to registered childcare (kinderopvangtoeslag). Not asked in the check.', (c) => boolFrom(bool(c.h.usesChildcare))),
  hasPet: b('The household has a pet.', (c) => boolFrom(bool(c.h.hasPet))),
  hasSpecialCosts: b('The household has necessary, unforeseen costs from special circumstances.', (c) => boolFrom(bool(c.h.hasSpecialCosts))),
  leefgeldBelowVoedselbankNorm: {
    type: 'boolean',
    description: 'Leefgeld (net income minus fixed costs) is below the voedselbank norm (base plus an amount per person). Without fixed costs: true when income minus rent alone is below it; false when the household said it has no money worries and the test cannot show otherwise.',
    params: { regeling: 'slug' },
    get: (c, params) => {
      const p = paramFile(c, String(params.regeling ?? 'voedselbank'));
      const base = pv(p, 'basisPerMaand');
      const per = pv(p, 'perPersoonPerMaand');
      if (base === undefined || per === undefined) return U('noParameters');
      if (!c.complete || !c.income) return U('income');
      const size = (c.h.members ?? []).length;
      const limit = base + per * size;
      const vars: Vars = { limit, size };
      const fixed = fromQuantity(c.h.monthlyFixedCosts);
      const rent = fromQuantity(c.h.housing?.monthlyRent);
      if (fixed) {
        const leefgeld = sub(c.income, fixed);
        const s = compare(leefgeld, 'lessThan', limit);
        vars.leefgeld = Math.round(c.income.hi - fixed.lo);
        if (s !== 'unknown') return { value: s === 'met', vars };
      } else if (c.income.hi - (rent?.lo ?? 0) < limit) return { value: true, why: 'rentAlone', vars };
      if (c.h.hasDebts === false) return { value: false, why: 'noMoneyWorries', vars };
      return U('fixedCosts', vars);
    },
  } as FactDef,
} satisfies Record<string, FactDef>;

function toeslagAssetFacts() {
  const mk = (kind: AssetLimitKind, description: string) =>
    b(description, (c) => {
      if (!c.norms.ok) return U('date');
      const assets = fromQuantity(c.h.assets);
      if (!assets) return U('unknown');
      const pair = toeslagAssetLimits(c, kind);
      if (!pair) return U('date');
      const g = indexationGrowth(c.norms.set, pair.knownUntil, c.date);
      const lim = c.hasPartner === undefined ? { lo: Math.min(pair.single, pair.partner), hi: Math.max(pair.single, pair.partner) } : exact(c.hasPartner ? pair.partner : pair.single);
      const limG = { lo: lim.lo * g.lo, hi: lim.hi * g.hi };
      const vars: Vars = { assets: assets.lo, limit: limG.lo };
      const s: Tri = assets.lo > limG.hi ? 'notMet' : assets.hi <= limG.lo ? 'met' : 'unknown';
      return s === 'unknown' ? U('near', vars) : { value: s === 'met', vars };
    });
  return {
    assetsWithinHuurtoeslagLimit: mk('huurtoeslag', 'Savings are at most the huurtoeslag vermogensgrens (its parameter file).'),
    assetsWithinZorgtoeslagLimit: mk('zorgtoeslag', 'Savings are at most the zorgtoeslag vermogensgrens (its parameter file).'),
    assetsWithinKindgebondenBudgetLimit: mk('kindgebonden-budget', 'Savings are at most the kindgebonden budget vermogensgrens (its parameter file).'),
  };
}

export type FactName = keyof typeof DEFS;
export const FACTS: Record<FactName, FactDef> = DEFS;
export const FACT_NAMES = Object.keys(DEFS) as FactName[];

/** The fact's value for this household (cached per parameters). */
export function getFact(c: Ctx, name: string, params: Record<string, unknown> = {}): Computed {
  const def = (FACTS as Record<string, FactDef>)[name];
  if (!def) return U('unknownFact');
  const key = Object.keys(params).length ? `${name}|${JSON.stringify(params)}` : name;
  let v = c.cache.get(key);
  if (!v) c.cache.set(key, (v = def.get(c, params)));
  return v;
}

export function factDef(name: string): FactDef | undefined {
  return (FACTS as Record<string, FactDef>)[name];
}

export { hasReachedAowAge };
