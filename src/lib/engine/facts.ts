/**
 * Derived facts: turns a household (what people told us) into the named facts rules use.
 * `undefined` always means "unknown": a fact is never guessed.
 */
import { hasReachedAowAge } from './aow.ts';
import type { Facts, Household, LimitPair, Member, NormKey, NormSet } from './types.ts';

export type FactType = 'number' | 'boolean' | 'string';
export interface FactInfo {
  type: FactType;
  description: string;
  values?: readonly string[];
}

const n = (description: string): FactInfo => ({ type: 'number', description });
const b = (description: string): FactInfo => ({ type: 'boolean', description });

/** The fact catalog. Rules may only use these names (checked in the build). */
export const FACTS = {
  livesInAmersfoort: b('The household lives in the gemeente Amersfoort (Amersfoort, Hoogland or Hooglanderveen).'),
  applicantAge: n('Age of the applicant in whole years.'),
  partnerAge: n('Age of the partner in whole years (unknown when there is no partner).'),
  hasPartner: b('The applicant has a partner (spouse or person they live with as a couple).'),
  householdType: {
    type: 'string',
    description: 'Household type for the bijstand; children count only under 18.',
    values: ['alleenstaand', 'alleenstaande-ouder', 'paar', 'paar-met-kinderen'],
  } as FactInfo,
  householdSize: n('Number of people in the household (all members).'),
  childrenCount: n('Number of children (role child), of any age.'),
  childrenUnder18Count: n('Number of children aged 0–17.'),
  childrenAged0to3: n('Number of children aged 0–3.'),
  childrenAged4to11: n('Number of children aged 4–11.'),
  childrenAged12to17: n('Number of children aged 12–17.'),
  childrenAged4to17: n('Number of children aged 4–17 (school age).'),
  childrenAged0to5: n('Number of children aged 0–5 (kinderbijslag band).'),
  childrenAged6to11: n('Number of children aged 6–11 (kinderbijslag band).'),
  childrenAged12to15: n('Number of children aged 12–15 (kindgebonden budget extra).'),
  childrenAged16to17: n('Number of children aged 16–17 (kindgebonden budget extra).'),
  youngestChildAge: n('Age of the youngest child.'),
  adultsBetween21AndAowAge: b('Every adult (applicant and partner) is between 21 and the AOW age.'),
  anyAdultAowAge: b('At least one adult has reached the AOW age.'),
  householdNetMonthlyIncome: n('Net income per month of applicant plus partner, in euros.'),
  incomePercentOfNormInclHolidayPay: n('Household net income as % of the applicable bijstandsnorm including vakantietoeslag.'),
  incomePercentOfNormExclHolidayPay: n('Household net income as % of the applicable bijstandsnorm excluding vakantietoeslag.'),
  incomePercentOfKwijtscheldingNorm: n('Income as % of the kwijtschelding norm (100 % bijstandsnorm excl. VT); unknown for AOW-age households.'),
  assets: n('Savings and other assets, in euros.'),
  assetsWithinBijstandLimit: b('Assets are at most the bijstand vermogensgrens for this household type.'),
  assetsWithinOneMonthOfNorm: b('Assets are at most one month of the bijstandsnorm excl. VT (kwijtschelding: more savings count as assets).'),
  assetsWithinHuurtoeslagLimit: b('Assets are at most the huurtoeslag vermogensgrens.'),
  assetsWithinZorgtoeslagLimit: b('Assets are at most the zorgtoeslag vermogensgrens.'),
  assetsWithinKindgebondenBudgetLimit: b('Assets are at most the kindgebonden budget vermogensgrens.'),
  netYearlyIncomePercentOfZorgtoeslagLimit: n('12 × net monthly income as % of the (gross) zorgtoeslag income limit. Above 100 the gross income is surely above the limit.'),
  housingType: { type: 'string', description: 'Housing situation.', values: ['rent', 'own', 'lodger', 'institution', 'homeless'] } as FactInfo,
  monthlyRent: n('Rent per month, in euros.'),
  yearsOnLowIncome: n('Years in a row on a low income.'),
  hasDebts: b('The household has debts it cannot pay.'),
  receivesBijstand: b('An adult receives bijstand.'),
  receivesAow: b('An adult receives AOW.'),
  hasWorkIncome: b('An adult has income from work.'),
  singleEarnerWithBenefit: b('Couple where only one partner has income, and that income is a UWV benefit (tegemoetkoming alleenverdieners).'),
  applicantIsStudent: b('The applicant is a student (or receives studiefinanciering).'),
  caregivingHoursPerWeek: n('Hours of unpaid care per week.'),
  caregivingMonths: n('Months of unpaid care in the past year.'),
  careRecipientInAmersfoort: b('The person receiving care lives in Amersfoort.'),
  hasPet: b('The household has a pet.'),
  hasSpecialCosts: b('The household has necessary, unforeseen costs from special circumstances.'),
  leefgeldMonthly: n('Net income minus fixed costs per month (voedselbank leefgeld).'),
  voedselbankLeefgeldLimit: n('Voedselbank limit for leefgeld: base plus an amount per person.'),
  leefgeldBelowVoedselbankNorm: b('Leefgeld is below the voedselbank norm (also true when income minus rent alone is below it).'),
} as const satisfies Record<string, FactInfo>;

export type FactName = keyof typeof FACTS;

const AMERSFOORT_PLACES = ['amersfoort', 'gemeente amersfoort', 'hoogland', 'hooglanderveen'];

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
/** Round to 6 decimals to remove floating-point noise (a cent is about 0.0007 % of a norm). */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The norm set valid on the date (ISO strings compare as dates), or undefined. */
export function selectNormSet(normSets: readonly NormSet[], referenceDate: string): NormSet | undefined {
  return normSets.find((s) => s.validFrom <= referenceDate && referenceDate <= s.validUntil);
}

type Band = 'under18' | '18-20' | '21-aow' | 'aow' | undefined;

function band(m: Member | undefined, referenceDate: string): Band {
  const age = num(m?.age);
  if (age === undefined) return undefined;
  if (age < 18) return 'under18';
  if (age <= 20) return '18-20';
  const r = hasReachedAowAge(age, referenceDate);
  return r === undefined ? undefined : r ? 'aow' : '21-aow';
}

function normKey(bands: Band[], kids: number | undefined): NormKey | undefined {
  if (bands.some((x) => x === undefined || x === 'under18')) return undefined;
  if (bands.length === 1) {
    return bands[0] === '18-20' ? 'alleenstaande-18-20' : bands[0] === 'aow' ? 'alleenstaande-aow' : 'alleenstaande-21-aow';
  }
  if (bands.includes('aow')) return 'paar-aow';
  const young = bands.filter((x) => x === '18-20').length;
  if (young === 0) return 'paar-21-aow';
  if (kids === undefined) return undefined;
  const kidsPart = kids > 0 ? 'met-kinderen' : 'zonder-kinderen';
  return young === 2 ? `paar-18-20-${kidsPart}` : `paar-18-20-en-21-${kidsPart}`;
}

/**
 * Percentage of a limit, computed on the income minus half a cent: an income exactly at a limit
 * that is rounded to whole cents (as gemeenten publish them) counts as within the limit.
 */
function percentOf(income: number, norm: number): number {
  return Math.max(0, round6((100 * (income - 0.005)) / norm));
}

function withinPair(amount: number | undefined, limit: LimitPair, hasPartner: boolean | undefined): boolean | undefined {
  if (amount === undefined) return undefined;
  if (hasPartner !== undefined) return amount <= (hasPartner ? limit.partner : limit.single);
  const lo = Math.min(limit.single, limit.partner);
  const hi = Math.max(limit.single, limit.partner);
  return amount <= lo ? true : amount > hi ? false : undefined;
}

/** Derives every fact in FACTS from a (parsed) household. Unknown facts are undefined. */
export function deriveFacts(h: Household, normSets: readonly NormSet[], referenceDate: string): Facts {
  const norms = selectNormSet(normSets, referenceDate);
  const members = Array.isArray(h.members) ? h.members : undefined;
  const applicant = members?.find((m) => m.role === 'applicant');
  // The member list counts as complete once it has an applicant.
  const complete = members !== undefined && applicant !== undefined;
  const partner = complete ? members.find((m) => m.role === 'partner') : undefined;
  const hasPartner = complete ? partner !== undefined : undefined;
  const adults: Member[] | undefined = complete ? (partner ? [applicant, partner] : [applicant]) : undefined;
  const children = complete ? members.filter((m) => m.role === 'child') : undefined;
  const childAges = children?.map((c) => num(c.age));
  const agesKnown = childAges !== undefined && childAges.every((a) => a !== undefined);
  const countAged = (lo: number, hi: number): number | undefined =>
    agesKnown ? (childAges as number[]).filter((a) => a >= lo && a <= hi).length : undefined;
  const under18 = countAged(0, 17);

  let householdType: string | undefined;
  if (hasPartner !== undefined && under18 !== undefined) {
    householdType = hasPartner ? (under18 > 0 ? 'paar-met-kinderen' : 'paar') : under18 > 0 ? 'alleenstaande-ouder' : 'alleenstaand';
  }

  const bands = adults?.map((m) => band(m, referenceDate));
  let adultsBetween21AndAowAge: boolean | undefined;
  let anyAdultAowAge: boolean | undefined;
  if (bands) {
    if (bands.some((x) => x !== undefined && x !== '21-aow')) adultsBetween21AndAowAge = false;
    else if (bands.every((x) => x === '21-aow')) adultsBetween21AndAowAge = true;
    if (bands.includes('aow')) anyAdultAowAge = true;
    else if (bands.every((x) => x !== undefined)) anyAdultAowAge = false;
  }

  const incomes = adults?.map((m) => num(m.netMonthlyIncome));
  const income = incomes && incomes.every((x) => x !== undefined) ? (incomes as number[]).reduce((a, x) => a + x, 0) : undefined;

  const key = bands ? normKey(bands, under18) : undefined;
  const normIncl = norms && key ? norms.bijstandsnormenInclVakantietoeslag[key] : undefined;
  const normExcl = normIncl !== undefined && norms ? normIncl * norms.vakantietoeslagFactor : undefined;
  const pctIncl = income !== undefined && normIncl ? percentOf(income, normIncl) : undefined;
  const pctExcl = income !== undefined && normExcl ? percentOf(income, normExcl) : undefined;

  const assets = num(h.assets);
  let assetsWithinBijstandLimit: boolean | undefined;
  if (norms && assets !== undefined) {
    const v = norms.vermogensgrenzen;
    const limit =
      householdType === 'alleenstaand' ? v.alleenstaande : householdType === 'alleenstaande-ouder' ? v.alleenstaandeOuder : householdType ? v.paar : undefined;
    if (limit !== undefined) assetsWithinBijstandLimit = assets <= limit;
    else {
      const lo = Math.min(v.alleenstaande, v.alleenstaandeOuder, v.paar);
      const hi = Math.max(v.alleenstaande, v.alleenstaandeOuder, v.paar);
      assetsWithinBijstandLimit = assets <= lo ? true : assets > hi ? false : undefined;
    }
  }

  const hasSource = (s: string): boolean | undefined => {
    if (!adults) return undefined;
    if (adults.some((m) => Array.isArray(m.incomeSources) && m.incomeSources.includes(s as never))) return true;
    return adults.every((m) => Array.isArray(m.incomeSources)) ? false : undefined;
  };

  let singleEarnerWithBenefit: boolean | undefined;
  if (hasPartner === false) singleEarnerWithBenefit = false;
  else if (hasPartner && adults) {
    const noUwv = adults.every((m) => Array.isArray(m.incomeSources) && !m.incomeSources.includes('uwv'));
    if (incomes && incomes.every((x) => x !== undefined)) {
      const earners = adults.filter((_, i) => (incomes[i] as number) > 0);
      if (earners.length === 0) singleEarnerWithBenefit = false;
      else if (earners.length === 1) {
        const src = earners[0].incomeSources;
        singleEarnerWithBenefit = Array.isArray(src) ? src.includes('uwv') : undefined;
      } else singleEarnerWithBenefit = noUwv ? false : undefined;
    } else if (noUwv) singleEarnerWithBenefit = false;
  }

  const rent = num(h.housing?.monthlyRent);
  const size = complete ? members.length : undefined;
  let leefgeldMonthly: number | undefined;
  let voedselbankLeefgeldLimit: number | undefined;
  let leefgeldBelowVoedselbankNorm: boolean | undefined;
  if (norms && size !== undefined && income !== undefined) {
    voedselbankLeefgeldLimit = norms.voedselbank.basePerMonth + norms.voedselbank.perPersonPerMonth * size;
    const fixed = num(h.monthlyFixedCosts);
    if (fixed !== undefined) {
      // Fixed costs include the rent. Fixed costs below the rent contradict each other: unknown.
      if (rent === undefined || fixed >= rent) {
        leefgeldMonthly = Math.round((income - fixed) * 100) / 100;
        leefgeldBelowVoedselbankNorm = leefgeldMonthly < voedselbankLeefgeldLimit;
      }
    } else if (income - (rent ?? 0) < voedselbankLeefgeldLimit) {
      // Fixed costs are at least the rent, so leefgeld is surely below the limit.
      leefgeldBelowVoedselbankNorm = true;
    }
  }

  const applicantStudent = bool(applicant?.student);
  const cg = h.caregiving ?? undefined;
  const municipality = typeof h.municipality === 'string' ? h.municipality.trim().toLowerCase() : undefined;
  const t = norms?.toeslagen;

  return {
    livesInAmersfoort: municipality ? AMERSFOORT_PLACES.includes(municipality) : undefined,
    applicantAge: num(applicant?.age),
    partnerAge: num(partner?.age),
    hasPartner,
    householdType,
    householdSize: size,
    childrenCount: children?.length,
    childrenUnder18Count: under18,
    childrenAged0to3: countAged(0, 3),
    childrenAged4to11: countAged(4, 11),
    childrenAged12to17: countAged(12, 17),
    childrenAged4to17: countAged(4, 17),
    childrenAged0to5: countAged(0, 5),
    childrenAged6to11: countAged(6, 11),
    childrenAged12to15: countAged(12, 15),
    childrenAged16to17: countAged(16, 17),
    youngestChildAge: agesKnown && childAges.length > 0 ? Math.min(...(childAges as number[])) : undefined,
    adultsBetween21AndAowAge,
    anyAdultAowAge,
    householdNetMonthlyIncome: income,
    incomePercentOfNormInclHolidayPay: pctIncl,
    incomePercentOfNormExclHolidayPay: pctExcl,
    incomePercentOfKwijtscheldingNorm: anyAdultAowAge === false ? pctExcl : undefined,
    assets,
    assetsWithinBijstandLimit,
    assetsWithinOneMonthOfNorm: assets !== undefined && normExcl !== undefined ? assets <= normExcl : undefined,
    assetsWithinHuurtoeslagLimit: t ? withinPair(assets, t.huurtoeslagAssetLimit, hasPartner) : undefined,
    assetsWithinZorgtoeslagLimit: t ? withinPair(assets, t.zorgtoeslagAssetLimit, hasPartner) : undefined,
    assetsWithinKindgebondenBudgetLimit: t ? withinPair(assets, t.kindgebondenBudgetAssetLimit, hasPartner) : undefined,
    netYearlyIncomePercentOfZorgtoeslagLimit:
      t && income !== undefined && hasPartner !== undefined
        ? round6((100 * 12 * income) / (hasPartner ? t.zorgtoeslagIncomeLimitYearly.partner : t.zorgtoeslagIncomeLimitYearly.single))
        : undefined,
    housingType: h.housing?.type ?? undefined,
    monthlyRent: rent,
    yearsOnLowIncome: num(h.yearsOnLowIncome),
    hasDebts: bool(h.hasDebts),
    receivesBijstand: hasSource('bijstand'),
    receivesAow: hasSource('aow'),
    hasWorkIncome: hasSource('work'),
    singleEarnerWithBenefit,
    applicantIsStudent:
      applicantStudent ?? (Array.isArray(applicant?.incomeSources) && applicant.incomeSources.includes('studiefinanciering') ? true : undefined),
    caregivingHoursPerWeek: num(cg?.hoursPerWeek),
    caregivingMonths: num(cg?.months),
    careRecipientInAmersfoort: bool(cg?.careRecipientInAmersfoort),
    hasPet: bool(h.hasPet),
    hasSpecialCosts: bool(h.hasSpecialCosts),
    leefgeldMonthly,
    voedselbankLeefgeldLimit,
    leefgeldBelowVoedselbankNorm,
  } satisfies Record<FactName, unknown>;
}
