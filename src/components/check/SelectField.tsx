/** A native select (NL Design System class), used for the optional wijk. */
import type { Option } from './RadioField.tsx';

interface Props {
  name: string;
  label: string;
  help?: string;
  placeholder: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
}

export default function SelectField({ name, label, help, placeholder, options, value, onChange }: Props) {
  const id = `q-${name}`;
  return (
    <div class="utrecht-form-field check-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {help && (
        <p class="utrecht-form-field-description" id={`${id}-help`}>
          {help}
        </p>
      )}
      <div class="utrecht-form-field__input">
        <select
          class="utrecht-select utrecht-select--html-select check-select"
          id={id}
          name={id}
          value={value}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option value={o.value} key={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
