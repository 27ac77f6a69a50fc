/** A group of checkboxes; exclusive options ("Geen van deze", "Ik weet het niet") come last after "of". */
import type { ComponentChildren } from 'preact';
import ErrorMessage from './ErrorMessage.tsx';
import type { Option } from './RadioField.tsx';

interface Props {
  name: string;
  legend: ComponentChildren;
  options: Option[];
  /** Options shown after "of" (they exclude the others). */
  exclusive: Option[];
  or: string;
  value: string[];
  onToggle: (value: string, checked: boolean) => void;
  error?: string;
  help?: string;
  extra?: ComponentChildren;
}

export default function CheckboxField({ name, legend, options, exclusive, or, value, onToggle, error, help, extra }: Props) {
  const helpId = `q-${name}-help`;
  const errId = `q-${name}-error`;
  const described = [help ? helpId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const box = (o: Option) => {
    const id = `q-${name}-${o.value === '?' ? 'unknown' : o.value}`;
    return (
      <div class="utrecht-form-field utrecht-form-field--checkbox check-option" key={o.value}>
        <div class="utrecht-form-field__input">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={id}
            name={`q-${name}`}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => onToggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
          />
        </div>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
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
        {options.map(box)}
        {exclusive.length > 0 && <p class="check-or">{or}</p>}
        {exclusive.map(box)}
      </div>
    </fieldset>
  );
}
