/** A group of checkboxes; exclusive options ("Geen van deze", "Ik weet het niet") come last after "of". */
import type { ComponentChildren } from 'preact';
import ChoiceFieldset, { optionId } from './ChoiceFieldset.tsx';
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
  const box = (o: Option) => {
    const id = optionId(name, o.value);
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
    <ChoiceFieldset name={name} legend={legend} error={error} help={help} extra={extra}>
      {options.map(box)}
      {exclusive.length > 0 && <p class="check-or">{or}</p>}
      {exclusive.map(box)}
    </ChoiceFieldset>
  );
}
