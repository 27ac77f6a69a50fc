/**
 * The household contract's plausibility checks on the check's answers, each with the questions it
 * involves. It needs the contract's parser (Zod), so it is loaded with the engine (loadEngine.ts),
 * not before the user starts.
 */
import { parseHousehold, type HouseholdIssue } from '../../../lib/engine/household.ts';
import { questionOfIssue, toHousehold } from './household.ts';
import type { Answers, FlowEnv } from './questions.ts';

export type IssuesOf = (answers: Answers, referenceDate: string, env: FlowEnv) => { issue: HouseholdIssue; questions: string[] }[];

/** Plausibility issues of the answers, each with the questions it involves (the last one answered shows it). */
export const householdIssues: IssuesOf = function householdIssues(answers: Answers, referenceDate: string, env: FlowEnv): { issue: HouseholdIssue; questions: string[] }[] {
  const h = toHousehold(answers, referenceDate, env);
  const r = parseHousehold(h);
  if (r.ok) return [];
  return r.issues.map((issue) => {
    const own = questionOfIssue(issue, h);
    // Issues between two answers involve both: a child too old for the parent, years above age.
    const also = issue.code === 'childTooOld' ? ['leeftijd', 'leeftijdPartner'] : issue.code === 'yearsAboveAge' ? ['leeftijd'] : [];
    return { issue, questions: [...(own ? [own] : []), ...also] };
  });
};
