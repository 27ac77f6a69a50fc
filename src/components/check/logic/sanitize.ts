/**
 * Answers that come from outside the form (a share link, this tab's stored answers) are checked
 * the same way the form checks them: each value against its question (options, amounts, ages),
 * then the household contract's plausibility checks. What cannot be used is dropped and named;
 * everything else is kept. Nothing ever silently evaluates an empty household.
 */
import { QUESTIONS, UNKNOWN, validate, type AnswerValue, type Answers, type FlowEnv, type Question, type SubQuestion } from './questions.ts';
import { householdIssues } from './household.ts';

type Field = (Question | SubQuestion) & { parent: Question };

function fields(): Field[] {
  const out: Field[] = [];
  for (const q of QUESTIONS) {
    if (q.kind === 'group') for (const p of q.parts ?? []) out.push({ ...p, parent: q });
    else out.push({ ...q, parent: q });
    if (q.reveal) out.push({ ...q.reveal.sub, parent: q });
  }
  return out;
}

function shapeOk(f: Field, v: unknown, wijkIds: readonly string[]): v is AnswerValue {
  if (f.kind === 'checkbox') {
    if (!Array.isArray(v) || v.length === 0) return false;
    const allowed = [...(f.options ?? []), ...(f.unknown ? [UNKNOWN] : [])];
    return v.every((x) => typeof x === 'string' && allowed.includes(x));
  }
  if (typeof v !== 'string' || v.length > 40) return false;
  if (f.kind === 'select') return wijkIds.includes(v);
  if (f.kind === 'radio') return [...(f.options ?? []), ...(f.unknown ? [UNKNOWN] : [])].includes(v);
  return true;
}

export function sanitizeAnswers(raw: unknown, env: FlowEnv, referenceDate: string, wijkIds: readonly string[] = []): { answers: Answers; dropped: string[] } {
  const answers: Answers = {};
  const dropped: string[] = [];
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const known = fields();
  for (const f of known) {
    const v = input[f.id];
    if (v === undefined || v === '') continue;
    if (!shapeOk(f, v, wijkIds)) {
      dropped.push(f.id);
      continue;
    }
    answers[f.id] = v;
  }
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
  // The household contract's plausibility checks: drop the answer an issue belongs to.
  for (let round = 0; round < 5; round++) {
    const issues = householdIssues(answers, referenceDate, env);
    if (issues.length === 0) break;
    for (const { questions } of issues) {
      const id = questions.find((q) => answers[q] !== undefined);
      if (id) {
        delete answers[id];
        dropped.push(id);
      }
    }
  }
  return { answers, dropped: [...new Set(dropped)] };
}
