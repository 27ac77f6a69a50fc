/**
 * What can change in a "what if": the household's income from work, a partner moving in or out, a
 * child turning 18, the rent. Pure: a change is applied to a copy of the household contract
 * (src/lib/engine/household.ts), never to the answers themselves.
 *
 * Income changes need the income tax (work.ts) and the toetsingsinkomen each adult has, so they are
 * applied per situation in index.ts; this file applies the others.
 */
import type { Household, IncomeSource, Member } from '../engine/household.ts';

export type Who = 'applicant' | 'partner';

/**
 * More or less income from work, for one adult:
 *  - `net`: the change in what comes in per month (netto, without holiday pay, like the check's income
 *    question); signed, negative for less;
 *  - `hours`: more (positive) or fewer (negative) hours per week at a gross hourly wage.
 */
export type IncomeChange =
  | { kind: 'income'; who: Who; by: 'net'; netPerMonth: number }
  | { kind: 'income'; who: Who; by: 'hours'; hoursPerWeek: number; hourlyWage: number };

export type Change =
  | IncomeChange
  /** A partner comes to live in: age and net income per month as the check asks them (null: not known). */
  | { kind: 'partnerIn'; age: number | null; netPerMonth: number | null; incomeSources: IncomeSource[] | null }
  /** The partner moves out; what the applicant has left per month (netto), null when not known. */
  | { kind: 'partnerOut'; netPerMonth: number | null }
  /** A child turns 18: the index among the household's children, in the order of the members. */
  | { kind: 'childTurns18'; child: number }
  /** The rent changes: the new kale huur per month. */
  | { kind: 'rent'; monthlyRent: number };

export type ChangeKind = Change['kind'];

/** A copy of the household that can be changed without touching the original. */
export function copyHousehold(h: Household): Household {
  return {
    ...h,
    members: h.members?.map((m) => ({ ...m, incomeSources: m.incomeSources ? [...m.incomeSources] : m.incomeSources })),
    ...(h.housing ? { housing: { ...h.housing } } : {}),
  };
}

export const partnerOf = (h: Household): Member | undefined => h.members?.find((m) => m.role === 'partner');
export const applicantOf = (h: Household): Member | undefined => h.members?.find((m) => m.role === 'applicant');
export const childrenOf = (h: Household): Member[] => h.members?.filter((m) => m.role === 'child') ?? [];

/** The changes that do not need the income tax: partner in or out, a child turning 18, the rent. */
export function applyHouseholdChanges(h: Household, changes: readonly Change[]): Household {
  const out = copyHousehold(h);
  const members = out.members ?? [];
  for (const c of changes) {
    switch (c.kind) {
      case 'partnerIn':
        if (!partnerOf(out)) {
          members.push({ role: 'partner', age: c.age, netMonthlyIncome: c.netPerMonth, incomeSources: c.incomeSources });
        }
        break;
      case 'partnerOut': {
        const i = members.findIndex((m) => m.role === 'partner');
        if (i >= 0) members.splice(i, 1);
        const a = applicantOf(out);
        // The household's net income was asked together; the applicant says what is left.
        if (a) a.netMonthlyIncome = c.netPerMonth;
        break;
      }
      case 'childTurns18': {
        const child = childrenOf(out)[c.child];
        if (child && (typeof child.age !== 'number' || child.age < 18)) child.age = 18;
        break;
      }
      case 'rent':
        if (out.housing?.type === 'rent') out.housing.monthlyRent = c.monthlyRent;
        break;
      case 'income':
        break;
    }
  }
  out.members = members;
  return out;
}

/** The adult an income change is about, as an index into the adults (applicant 0, partner 1). */
export function adultIndex(h: Household, who: Who): number | null {
  const adults = (h.members ?? []).filter((m) => m.role !== 'child');
  const i = adults.findIndex((m) => m.role === who);
  return i >= 0 ? i : null;
}

/** The member an income change is about. */
export function adultOf(h: Household, who: Who): Member | undefined {
  return who === 'applicant' ? applicantOf(h) : partnerOf(h);
}
