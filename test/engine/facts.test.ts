import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveFacts, FACTS, selectNormSet, hasReachedAowAge, aowAgeOn } from '../../src/lib/engine/index.ts';
import type { Household } from '../../src/lib/engine/index.ts';
import { NORM_SETS } from '../../src/lib/engine/content.ts';

const D = '2026-03-01';
/** At a limit: within it, and less than half a cent below it. */
const within = (x: unknown, p: number) => {
  assert.equal(typeof x, 'number');
  assert.ok((x as number) <= p && (x as number) > p - 0.002, `${String(x)} should be just within ${p}`);
};
const f = (h: Household, date = D) => deriveFacts(h, NORM_SETS, date);
const single = (income?: number, age = 40): Household => ({ municipality: 'Amersfoort', members: [{ role: 'applicant', age, netMonthlyIncome: income }] });

test('deriveFacts returns exactly the catalog names', () => {
  assert.deepEqual(Object.keys(f({})).sort(), Object.keys(FACTS).sort());
});

test('empty household: every fact unknown', () => {
  for (const [k, v] of Object.entries(f({}))) assert.equal(v, undefined, k);
});

test('livesInAmersfoort: Amersfoort, Hoogland, Hooglanderveen; other places false; null unknown', () => {
  assert.equal(f({ municipality: ' amersfoort ' }).livesInAmersfoort, true);
  assert.equal(f({ municipality: 'Hooglanderveen' }).livesInAmersfoort, true);
  assert.equal(f({ municipality: 'Leusden' }).livesInAmersfoort, false);
  assert.equal(f({ municipality: null }).livesInAmersfoort, undefined);
});

test('householdType: the four types, unknown when a child age is unknown', () => {
  assert.equal(f(single(1000)).householdType, 'alleenstaand');
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'child', age: 3 }] }).householdType, 'alleenstaande-ouder');
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'partner' }] }).householdType, 'paar');
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'partner' }, { role: 'child', age: 17 }] }).householdType, 'paar-met-kinderen');
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'child', age: 18 }] }).householdType, 'alleenstaand', 'a child of 18 does not make a single parent');
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'child' }] }).householdType, undefined);
  assert.equal(f({ members: [{ role: 'partner' }] }).hasPartner, undefined, 'no applicant: list not complete');
});

test('children by age band', () => {
  const x = f({ members: [{ role: 'applicant' }, ...[0, 3, 4, 11, 12, 15, 16, 17, 18].map((age) => ({ role: 'child' as const, age }))] });
  assert.equal(x.childrenCount, 9);
  assert.equal(x.childrenUnder18Count, 8);
  assert.equal(x.childrenAged0to3, 2);
  assert.equal(x.childrenAged4to11, 2);
  assert.equal(x.childrenAged12to17, 4);
  assert.equal(x.childrenAged4to17, 6);
  assert.equal(x.childrenAged0to5, 3);
  assert.equal(x.childrenAged6to11, 1);
  assert.equal(x.childrenAged12to15, 2);
  assert.equal(x.childrenAged16to17, 2);
  assert.equal(x.youngestChildAge, 0);
  assert.equal(f(single()).youngestChildAge, undefined);
});

test('AOW age: 67 in 2026, 67 years and 3 months in 2028 (whole-year 67 is unknown then)', () => {
  assert.deepEqual(aowAgeOn('2026-06-01'), { years: 67, months: 0 });
  assert.equal(hasReachedAowAge(66, '2026-06-01'), false);
  assert.equal(hasReachedAowAge(67, '2026-06-01'), true);
  assert.equal(hasReachedAowAge(67, '2028-06-01'), undefined);
  assert.equal(hasReachedAowAge(68, '2028-06-01'), true);
  assert.equal(hasReachedAowAge(64, '2040-01-01'), false);
  assert.equal(hasReachedAowAge(70, '2040-01-01'), undefined);
});

test('adultsBetween21AndAowAge and anyAdultAowAge', () => {
  assert.equal(f(single(0, 21)).adultsBetween21AndAowAge, true);
  assert.equal(f(single(0, 20)).adultsBetween21AndAowAge, false);
  assert.equal(f(single(0, 66)).adultsBetween21AndAowAge, true);
  assert.equal(f(single(0, 67)).adultsBetween21AndAowAge, false);
  assert.equal(f(single(0, 67)).anyAdultAowAge, true);
  assert.equal(f(single(0, 67), '2028-06-01').adultsBetween21AndAowAge, undefined);
  assert.equal(f(single(0, 67), '2028-06-01').anyAdultAowAge, undefined);
  assert.equal(f({ members: [{ role: 'applicant', age: 40 }, { role: 'partner' }] }).adultsBetween21AndAowAge, undefined);
  assert.equal(f({ members: [{ role: 'applicant', age: 19 }, { role: 'partner' }] }).adultsBetween21AndAowAge, false);
  assert.equal(f({ members: [{ role: 'applicant', age: 40 }, { role: 'partner', age: 70 }] }).anyAdultAowAge, true);
});

test('income: sum of applicant and partner; unknown when one is unknown', () => {
  assert.equal(f({ members: [{ role: 'applicant', netMonthlyIncome: 1000 }, { role: 'partner', netMonthlyIncome: 250 }, { role: 'child', age: 17, netMonthlyIncome: 400 }] }).householdNetMonthlyIncome, 1250);
  assert.equal(f({ members: [{ role: 'applicant', netMonthlyIncome: 1000 }, { role: 'partner' }] }).householdNetMonthlyIncome, undefined);
});

test('norm set by reference date; none outside 2026', () => {
  assert.equal(selectNormSet(NORM_SETS, '2026-06-30')?.validFrom, '2026-01-01');
  assert.equal(selectNormSet(NORM_SETS, '2026-07-01')?.validFrom, '2026-07-01');
  assert.equal(selectNormSet(NORM_SETS, '2027-01-01'), undefined);
  assert.equal(f(single(1000), '2027-01-01').incomePercentOfNormInclHolidayPay, undefined);
});

test('income percent of the norm, incl. and excl. vakantietoeslag, exact at published cent limits', () => {
  within(f(single(1401.5)).incomePercentOfNormInclHolidayPay, 100);
  assert.ok((f(single(1401.51)).incomePercentOfNormInclHolidayPay as number) > 100);
  assert.ok((f(single(1464.57)).incomePercentOfNormExclHolidayPay as number) <= 110, 'IIT limit 2026 €1,464.57 (addendum)');
  assert.ok((f(single(1464.58)).incomePercentOfNormExclHolidayPay as number) > 110);
  const couple = (inc: number) => f({ members: [{ role: 'applicant', age: 40, netMonthlyIncome: inc }, { role: 'partner', age: 40, netMonthlyIncome: 0 }] });
  assert.ok((couple(2092.23).incomePercentOfNormExclHolidayPay as number) <= 110, 'couple €2,092.23 (addendum)');
  assert.ok((couple(2092.24).incomePercentOfNormExclHolidayPay as number) > 110);
  assert.equal(f(single(0)).incomePercentOfNormInclHolidayPay, 0);
  // July 2026 norms
  assert.ok((f(single(1483.34), '2026-07-01').incomePercentOfNormExclHolidayPay as number) <= 110);
  // AOW-age single uses the AOW norm (1,564.69)
  within(f(single(1564.69, 70)).incomePercentOfNormInclHolidayPay, 100);
  assert.ok((f(single(1564.70, 70)).incomePercentOfNormInclHolidayPay as number) > 100);
  // 18-20 single norm 345.99
  within(f(single(345.99, 19)).incomePercentOfNormInclHolidayPay, 100);
  // under 18: no norm
  assert.equal(f(single(100, 17)).incomePercentOfNormInclHolidayPay, undefined);
  // couple 18-20 and 21+ with children: 1,747.49
  const young = f({ members: [{ role: 'applicant', age: 19, netMonthlyIncome: 1747.49 }, { role: 'partner', age: 25, netMonthlyIncome: 0 }, { role: 'child', age: 1 }] });
  within(young.incomePercentOfNormInclHolidayPay, 100);
});

test('kwijtschelding percent is unknown for AOW-age households', () => {
  assert.equal(f(single(1000, 70)).incomePercentOfKwijtscheldingNorm, undefined);
  within(f(single(1331.43)).incomePercentOfKwijtscheldingNorm, 100);
});

test('asset limits: by household type, and bounds when the type is unknown', () => {
  assert.equal(f({ ...single(), assets: 8000 }).assetsWithinBijstandLimit, true);
  assert.equal(f({ ...single(), assets: 8001 }).assetsWithinBijstandLimit, false);
  assert.equal(f({ members: [{ role: 'applicant' }, { role: 'child', age: 2 }], assets: 16000 }).assetsWithinBijstandLimit, true);
  assert.equal(f({ assets: 7000 }).assetsWithinBijstandLimit, true);
  assert.equal(f({ assets: 9000 }).assetsWithinBijstandLimit, undefined);
  assert.equal(f({ assets: 16001 }).assetsWithinBijstandLimit, false);
  assert.equal(f({ assets: 50000 }).assetsWithinHuurtoeslagLimit, undefined);
  assert.equal(f({ ...single(), assets: 38479 }).assetsWithinHuurtoeslagLimit, true);
});

test('income sources: receivesBijstand, receivesAow, hasWorkIncome', () => {
  const h: Household = { members: [{ role: 'applicant', incomeSources: ['bijstand'] }, { role: 'partner' }] };
  assert.equal(f(h).receivesBijstand, true);
  assert.equal(f(h).hasWorkIncome, undefined);
  assert.equal(f({ members: [{ role: 'applicant', incomeSources: ['none'] }] }).hasWorkIncome, false);
});

test('singleEarnerWithBenefit', () => {
  const m = (a: number, as: string[] | undefined, b: number, bs: string[] | undefined): Household => ({
    members: [
      { role: 'applicant', netMonthlyIncome: a, incomeSources: as as never },
      { role: 'partner', netMonthlyIncome: b, incomeSources: bs as never },
    ],
  });
  assert.equal(f(m(1500, ['uwv'], 0, ['none'])).singleEarnerWithBenefit, true);
  assert.equal(f(m(1500, ['work'], 0, ['none'])).singleEarnerWithBenefit, false);
  assert.equal(f(m(1500, undefined, 0, undefined)).singleEarnerWithBenefit, undefined);
  assert.equal(f(m(0, ['none'], 0, ['none'])).singleEarnerWithBenefit, false);
  assert.equal(f(single(1000)).singleEarnerWithBenefit, false);
});

test('voedselbank leefgeld: exact with fixed costs, upper bound with rent only', () => {
  assert.equal(f({ ...single(1000), monthlyFixedCosts: 685 }).leefgeldMonthly, 315);
  assert.equal(f({ ...single(1000), monthlyFixedCosts: 685 }).voedselbankLeefgeldLimit, 315);
  assert.equal(f({ ...single(1000), monthlyFixedCosts: 685 }).leefgeldBelowVoedselbankNorm, false);
  assert.equal(f({ ...single(1000), housing: { type: 'rent', monthlyRent: 700 } }).leefgeldBelowVoedselbankNorm, true);
  assert.equal(f({ ...single(1000), housing: { type: 'rent', monthlyRent: 600 } }).leefgeldBelowVoedselbankNorm, undefined);
});

test('zorgtoeslag: 12 × net as percent of the gross limit', () => {
  assert.equal(f(single(3404.75)).netYearlyIncomePercentOfZorgtoeslagLimit, 100);
});

test('student: explicit flag or studiefinanciering', () => {
  assert.equal(f({ members: [{ role: 'applicant', student: true }] }).applicantIsStudent, true);
  assert.equal(f({ members: [{ role: 'applicant', incomeSources: ['studiefinanciering'] }] }).applicantIsStudent, true);
  assert.equal(f({ members: [{ role: 'applicant' }] }).applicantIsStudent, undefined);
});
