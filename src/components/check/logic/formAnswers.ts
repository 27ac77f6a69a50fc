/**
 * The answers already in the quick form's server-rendered fields: what someone typed or ticked
 * before the island had loaded (a slow phone). The island reads them before hydrating over the
 * fields, so they are kept. Only known fields and options are read; the values are then checked
 * like every other answer (sanitize.ts).
 */
import { answerFields, UNKNOWN, type AnswerValue, type Answers, type Question, type SubQuestion } from './questions.ts';

type Field = Pick<Question | SubQuestion, 'id' | 'kind'> & { unknown?: boolean };

const fields = (): Field[] => answerFields();

export function answersFromForm(form: ParentNode | null): Answers {
  const out: Answers = {};
  if (!form) return out;
  const input = (sel: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(sel);
  for (const f of fields()) {
    const name = `q-${f.id}`;
    let v: AnswerValue | undefined;
    if (f.kind === 'radio') {
      v = input(`input[type="radio"][name="${name}"]:checked`)?.value;
    } else if (f.kind === 'checkbox') {
      const ticked = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]:checked`)].map((b) => b.value);
      v = ticked.length ? ticked : undefined;
    } else if (f.kind === 'select') {
      v = input(`select#${name}`)?.value || undefined;
    } else {
      const unknown = (input(`input#${name}-unknown`) as HTMLInputElement | null)?.checked;
      v = unknown ? UNKNOWN : input(`input#${name}`)?.value.trim() || undefined;
    }
    if (v !== undefined) out[f.id] = v;
  }
  return out;
}
