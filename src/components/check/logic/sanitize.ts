/**
 * Answers that come from outside the form (a share link, this tab's stored answers) are checked
 * the same way the form checks them: each value against its question (options, amounts, ages),
 * then the household contract's plausibility checks. What cannot be used is dropped and named;
 * everything else is kept. Nothing ever silently evaluates an empty household.
 */
import { answerFields, validate, type Answers, type FlowEnv, type Question, type SubQuestion } from './questions.ts';
import type { IssuesOf } from './plausibility.ts';
import { fitAnswers } from './storage.ts';

type Field = (Question | SubQuestion) & { parent: Question };

const fields = (): Field[] => answerFields();

/**
 * `issues`: the contract's plausibility check (plausibility.ts). Without it only the questions' own
 * checks run; call `dropImplausible` when the engine (and so the parser) has loaded.
 */
export function sanitizeAnswers(raw: unknown, env: FlowEnv, referenceDate: string, wijkIds: readonly string[] = [], issues?: IssuesOf): { answers: Answers; dropped: string[] } {
  // Each value of the type and options of its question (storage.ts: the same check as for stored answers).
  const fitted = fitAnswers(raw, wijkIds);
  const answers: Answers = fitted.answers;
  const dropped: string[] = [...fitted.dropped];
  const known = fields();
  // Values of the right shape that the question itself would refuse (an age of 999, "abc" as an amount).
  for (const f of known) {
    if (answers[f.id] === undefined || f.kind === 'checkbox' || f.kind === 'radio' || f.kind === 'select') continue;
    const q: Question = f.parent.kind === 'group' || f.parent.reveal?.sub.id === f.id ? { id: f.id, kind: f.kind as Question['kind'], unknown: f.unknown } : f.parent;
    const errs = validate(q, answers);
    if (errs[f.id] && !(f.id !== f.parent.id && errs[f.id] === 'required')) {
      delete answers[f.id];
      dropped.push(f.id);
    }
  }
  if (issues) dropped.push(...dropImplausible(answers, env, referenceDate, issues));
  return { answers, dropped: [...new Set(dropped)] };
}

/** The household contract's plausibility checks: drops (in place) the answer each issue belongs to; returns their ids. */
export function dropImplausible(answers: Answers, env: FlowEnv, referenceDate: string, issues: IssuesOf): string[] {
  const dropped: string[] = [];
  for (let round = 0; round < 5; round++) {
    const found = issues(answers, referenceDate, env);
    if (found.length === 0) break;
    for (const { questions } of found) {
      const id = questions.find((q) => answers[q] !== undefined);
      if (id) {
        delete answers[id];
        dropped.push(id);
      }
    }
  }
  return dropped;
}
