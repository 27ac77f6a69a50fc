/** A group of radio buttons (NL Design System classes) with an optional "Ik weet het niet" and a conditional reveal. */
import type { ComponentChildren } from 'preact';
import ChoiceFieldset, { optionId } from './ChoiceFieldset.tsx';

export interface Option {
  value: string;
  label: string;
}
interface Props {
  name: string;
  legend: ComponentChildren;
  options: Option[];
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string;
  help?: string;
  unknown?: { label: string; or: string };
  /** Shown under the option with this value when it is chosen. */
  reveal?: { when: string; content: ComponentChildren };
  extra?: ComponentChildren;
}

export default function RadioField({ name, legend, options, value, onChange, error, help, unknown, reveal, extra }: Props) {
  const option = (o: Option) => {
    const id = optionId(name, o.value);
    return (
      <div class="utrecht-form-field utrecht-form-field--radio check-option" key={o.value}>
        <div class="utrecht-form-field__input">
          <input
            class={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
            type="radio"
            id={id}
            name={`q-${name}`}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
        </div>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
            {o.label}
          </label>
        </div>
      </div>
    );
  };
  return (
    <ChoiceFieldset name={name} legend={legend} error={error} help={help} extra={extra}>
      {options.map((o) => (
        <>
          {option(o)}
          {reveal && reveal.when === o.value && value === o.value && <div class="check-reveal">{reveal.content}</div>}
        </>
      ))}
      {unknown && (
        <>
          <p class="check-or">{unknown.or}</p>
          {option({ value: '?', label: unknown.label })}
        </>
      )}
    </ChoiceFieldset>
  );
}
