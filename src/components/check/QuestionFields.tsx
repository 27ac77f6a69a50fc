/**
 * Renders one question with its fields. In the step-by-step check the question text is the h1
 * (inside the legend or label, GOV.UK pattern); in the quick form it is a plain legend or label.
 */
import type { ComponentChildren } from 'preact';
import { UNKNOWN, optionsFor, toggleOption, type AnswerValue, type Answers, type FieldError, type FlowEnv, type Question, type SubQuestion } from './logic/questions.ts';
import { has, t, type Strings } from './logic/strings.ts';
import type { WijkMeta } from './logic/meta.ts';
import RadioField from './RadioField.tsx';
import CheckboxField from './CheckboxField.tsx';
import TextField from './TextField.tsx';
import SelectField from './SelectField.tsx';
import WhyHint from './WhyHint.tsx';

interface Props {
  q: Question;
  answers: Answers;
  setAnswer: (id: string, value: AnswerValue | undefined) => void;
  errors: Record<string, FieldError>;
  strings: Strings;
  wijken: WijkMeta[];
  /** 'h1': step page (question is the page heading); 'h2': quick form (each question a heading in its legend or over its label). */
  heading: 'h1' | 'h2';
  env: FlowEnv;
  /** "Vraag 3 van ongeveer 12": inside the h1, so it is read when focus lands on the question. */
  caption?: string;
}

export function errorText(strings: Strings, key: FieldError | undefined, hasUnknown: boolean): string | undefined {
  if (!key) return undefined;
  if (key.startsWith('!')) return key.slice(1);
  if (key === 'required' && !hasUnknown) return t(strings, 'errors.requiredNoUnknown');
  return t(strings, `errors.${key}`);
}

export default function QuestionFields({ q, answers, setAnswer, errors, strings, wijken, heading, env, caption }: Props) {
  const s = (k: string) => t(strings, k);
  const opt = (id: string, values: readonly string[]) => values.map((v) => ({ value: v, label: s(`q.${id}.options.${v}`) }));
  const title = (id: string): ComponentChildren =>
    heading === 'h1' ? (
      <h1 class="nl-heading nl-heading--level-1 check-question-heading" id="check-heading" tabIndex={-1}>
        {caption && <span class="check-progress">{caption} </span>}
        <span class="check-question-text">{s(`q.${id}.title`)}</span>
      </h1>
    ) : (
      <h2 class="nl-heading nl-heading--level-3 check-quick-label" id={`q-${id}-label`}>
        {s(`q.${id}.title`)}
      </h2>
    );
  const why = has(strings, `q.${q.id}.why`) ? <WhyHint label={s('nav.why')} text={s(`q.${q.id}.why`)} /> : undefined;
  const help = has(strings, `q.${q.id}.help`) ? s(`q.${q.id}.help`) : undefined;
  const str = (v: AnswerValue | undefined) => (typeof v === 'string' ? v : '');
  const unknownOpts = { label: s('nav.unknown'), or: s('nav.or') };

  const amountField = (sub: { id: string; unknown?: boolean }, label: ComponentChildren, extra?: ComponentChildren, isHeading: 'h1' | 'h2' | false = false) => (
    <TextField
      name={sub.id}
      label={label}
      labelIsHeading={isHeading}
      caption={isHeading === 'h1' ? caption : undefined}
      value={answers[sub.id] === UNKNOWN ? '' : str(answers[sub.id])}
      onInput={(v) => setAnswer(sub.id, v)}
      error={errorText(strings, errors[sub.id], !!sub.unknown)}
      help={has(strings, `q.${sub.id}.help`) ? s(`q.${sub.id}.help`) : undefined}
      prefix={has(strings, `q.${sub.id}.prefix`) ? s(`q.${sub.id}.prefix`) : undefined}
      inputMode="decimal"
      size="short"
      extra={extra}
      unknown={
        sub.unknown
          ? { label: s('nav.unknown'), checked: answers[sub.id] === UNKNOWN, onChange: (c) => setAnswer(sub.id, c ? UNKNOWN : '') }
          : undefined
      }
    />
  );

  const subRadio = (p: SubQuestion) => (
    <RadioField
      key={p.id}
      name={p.id}
      legend={<span class="check-sub-legend">{s(`q.${p.id}.title`)}</span>}
      options={opt(p.id, p.options ?? [])}
      value={str(answers[p.id]) || undefined}
      onChange={(v) => setAnswer(p.id, v)}
      error={errorText(strings, errors[p.id], !!p.unknown)}
      unknown={p.unknown ? unknownOpts : undefined}
    />
  );

  const revealContent = (): ComponentChildren => {
    const sub = q.reveal?.sub;
    if (!sub) return null;
    if (sub.kind === 'select') {
      if (wijken.length === 0) return null;
      return (
        <SelectField
          name={sub.id}
          label={`${s(`q.${sub.id}.title`)} ${s('nav.optional')}`}
          help={s(`q.${sub.id}.help`)}
          placeholder={s('nav.chooseWijk')}
          options={wijken.map((w) => ({ value: w.id, label: w.name.text }))}
          value={str(answers[sub.id])}
          onChange={(v) => setAnswer(sub.id, v)}
        />
      );
    }
    return amountField(sub, <span class="check-sub-legend">{`${s(`q.${sub.id}.title`)}`}</span>);
  };

  switch (q.kind) {
    case 'radio':
      return (
        <RadioField
          name={q.id}
          legend={title(q.id)}
          extra={why}
          help={help}
          options={opt(q.id, optionsFor(q, answers, env))}
          value={str(answers[q.id]) || undefined}
          onChange={(v) => setAnswer(q.id, v)}
          error={errorText(strings, errors[q.id], !!q.unknown)}
          unknown={q.unknown ? unknownOpts : undefined}
          reveal={q.reveal ? { when: q.reveal.when, content: revealContent() } : undefined}
        />
      );
    case 'checkbox': {
      const exclusive = [...(q.exclusive ?? [])];
      const all = [...optionsFor(q, answers, env), ...(q.unknown ? [UNKNOWN] : [])];
      const label = (v: string) => (v === UNKNOWN ? s('nav.unknown') : s(`q.${q.id}.options.${v}`));
      const value = Array.isArray(answers[q.id]) ? (answers[q.id] as string[]) : [];
      return (
        <CheckboxField
          name={q.id}
          legend={title(q.id)}
          extra={why}
          help={help}
          options={all.filter((v) => !exclusive.includes(v)).map((v) => ({ value: v, label: label(v) }))}
          exclusive={all.filter((v) => exclusive.includes(v)).map((v) => ({ value: v, label: label(v) }))}
          or={s('nav.or')}
          value={value}
          onToggle={(v, checked) => setAnswer(q.id, toggleOption(q, answers[q.id], v, checked))}
          error={errorText(strings, errors[q.id], !!q.unknown)}
        />
      );
    }
    case 'amount':
      return amountField(q, s(`q.${q.id}.title`), why, heading);
    case 'whole':
    case 'ages':
      return (
        <TextField
          name={q.id}
          label={s(`q.${q.id}.title`)}
          labelIsHeading={heading}
          caption={heading === 'h1' ? caption : undefined}
          extra={why}
          help={help}
          value={answers[q.id] === UNKNOWN ? '' : str(answers[q.id])}
          onInput={(v) => setAnswer(q.id, v)}
          error={errorText(strings, errors[q.id], !!q.unknown)}
          suffix={has(strings, `q.${q.id}.suffix`) ? s(`q.${q.id}.suffix`) : undefined}
          inputMode={q.kind === 'whole' ? 'numeric' : 'text'}
          size={q.kind === 'whole' ? 'short' : 'medium'}
          unknown={
            q.unknown
              ? { label: s('nav.unknown'), checked: answers[q.id] === UNKNOWN, onChange: (c) => setAnswer(q.id, c ? UNKNOWN : '') }
              : undefined
          }
        />
      );
    case 'group':
      return (
        <div class="check-group" role="group" aria-labelledby={heading === 'h1' ? 'check-heading' : `q-${q.id}-label`}>
          {title(q.id)}
          {why}
          {help && <p class="utrecht-form-field-description">{help}</p>}
          {(q.parts ?? []).map(subRadio)}
        </div>
      );
  }
}
