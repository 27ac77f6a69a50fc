/** One text input (amount, age, list of ages) with hint, inline error and an optional "Ik weet het niet". */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import ErrorMessage from './ErrorMessage.tsx';

interface Props {
  name: string;
  label: ComponentChildren;
  /** The label is a heading: <h1><label>…</label></h1> on a step page (GOV.UK pattern), <h2> in the quick form. */
  labelIsHeading?: 'h1' | 'h2' | false;
  /** "Vraag 3 van ongeveer 12", inside the h1 but outside the label. */
  caption?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  help?: string;
  prefix?: string;
  suffix?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  size?: 'short' | 'medium';
  unknown?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  extra?: ComponentChildren;
}

export default function TextField({ name, label, labelIsHeading = false, caption, value, onInput, error, help, prefix, suffix, inputMode = 'text', size = 'medium', unknown, extra }: Props) {
  const id = `q-${name}`;
  const helpId = `q-${name}-help`;
  const errId = `q-${name}-error`;
  const described = [help ? helpId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
  const lastTyped = useRef(value);
  return (
    <div class={`utrecht-form-field utrecht-form-field--text check-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        {labelIsHeading === 'h1' ? (
          <h1 class="nl-heading nl-heading--level-1 check-question-heading" id="check-heading" tabIndex={-1}>
            {caption && <span class="check-progress">{caption} </span>}
            <label class="utrecht-form-label check-heading-label check-question-text" for={id}>
              {label}
            </label>
          </h1>
        ) : labelIsHeading === 'h2' ? (
          <h2 class="nl-heading nl-heading--level-3 check-quick-label">
            <label class="utrecht-form-label check-heading-label" for={id}>
              {label}
            </label>
          </h2>
        ) : (
          <label class="utrecht-form-label" for={id}>
            {label}
          </label>
        )}
      </div>
      {help && (
        <p class="utrecht-form-field-description" id={helpId}>
          {help}
        </p>
      )}
      {extra}
      <ErrorMessage id={errId} text={error} />
      <div class="utrecht-form-field__input check-input-row">
        {prefix && (
          <span class="check-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          class={`utrecht-textbox utrecht-textbox--html-input check-textbox check-textbox--${size}${error ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          id={id}
          name={id}
          inputMode={inputMode}
          autoComplete="off"
          spellcheck={false}
          value={unknown?.checked ? '' : value}
          aria-describedby={described}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            lastTyped.current = v;
            onInput(v);
          }}
        />
        {suffix && <span class="check-affix">{suffix}</span>}
      </div>
      {unknown && (
        <div class="utrecht-form-field utrecht-form-field--checkbox check-option check-unknown">
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${id}-unknown`}
              checked={unknown.checked}
              onChange={(e) => {
                const checked = (e.currentTarget as HTMLInputElement).checked;
                unknown.onChange(checked);
                // Unticking brings back what was typed before.
                if (!checked && lastTyped.current) onInput(lastTyped.current);
              }}
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-unknown`}>
              {unknown.label}
            </label>
          </div>
        </div>
      )}
    </div>
  );
}
