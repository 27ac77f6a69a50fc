/** One question per screen: back link, progress, the question (h1), hint, fields and "Volgende". */
import type { AnswerValue, Answers, FieldError, FlowEnv, Question } from './logic/questions.ts';
import type { WijkMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import QuestionFields from './QuestionFields.tsx';
import ClearButton from './ClearButton.tsx';
import ReadAloudButton from './ReadAloudButton.tsx';

interface Props {
  q: Question;
  answers: Answers;
  setAnswer: (id: string, value: AnswerValue | undefined) => void;
  errors: Record<string, FieldError>;
  env: FlowEnv;
  strings: Strings;
  wijken: WijkMeta[];
  progress: { n: number; total: number };
  changing: boolean;
  backHref: string;
  onBack: () => void;
  onNext: () => void;
  onClear: () => void;
}

export default function QuestionScreen(p: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(p.strings, k, v);
  return (
    <div class="check-question">
      <a
        class="nl-link check-back"
        href={p.backHref}
        onClick={(e) => {
          e.preventDefault();
          p.onBack();
        }}
      >
        {s('nav.back')}
      </a>
      <p class="check-progress">{s('nav.progress', p.progress)}</p>
      <ReadAloudButton strings={p.strings} target=".check-question .check-form" screen={p.q.id} />
      <form
        class="check-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          p.onNext();
        }}
      >
        <QuestionFields q={p.q} answers={p.answers} setAnswer={p.setAnswer} errors={p.errors} strings={p.strings} wijken={p.wijken} heading="h1" env={p.env} />
        <p class="check-buttons">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {p.changing ? s('nav.toSummary') : s('nav.next')}
          </button>
        </p>
      </form>
      <ClearButton strings={p.strings} onClear={p.onClear} />
    </div>
  );
}
