/** A group of radio buttons (NL Design System classes) with an optional "Ik weet het niet" and a conditional reveal. */
import type { ComponentChildren } from 'preact';
import ErrorMessage from './ErrorMessage.tsx';

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
  const helpId = `q-${name}-help`;
  const errId = `q-${name}-error`;
  const described = [help ? helpId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const option = (o: Option) => {
    const id = `q-${name}-${o.value === '?' ? 'unknown' : o.value}`;
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
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset check-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={described}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {help && (
        <p class="utrecht-form-field-description" id={helpId}>
          {help}
        </p>
      )}
      {extra}
      <ErrorMessage id={errId} text={error} />
      <div class="check-options">
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
      </div>
    </fieldset>
  );
}
