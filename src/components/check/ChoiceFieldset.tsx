/**
 * The shared frame of a radio or checkbox question: fieldset, legend, hint, extra content,
 * error message and the options. Ids follow q-<name>-help / q-<name>-error so the fieldset
 * is described by its hint and error.
 */
import type { ComponentChildren } from 'preact';
import ErrorMessage from './ErrorMessage.tsx';

interface Props {
  name: string;
  legend: ComponentChildren;
  error?: string | undefined;
  help?: string | undefined;
  extra?: ComponentChildren;
  children: ComponentChildren;
}

/** The id of an option's input: q-<name>-<value>, with '?' ("Ik weet het niet") as 'unknown'. */
export const optionId = (name: string, value: string) => `q-${name}-${value === '?' ? 'unknown' : value}`;

export default function ChoiceFieldset({ name, legend, error, help, extra, children }: Props) {
  const helpId = `q-${name}-help`;
  const errId = `q-${name}-error`;
  const described = [help ? helpId : '', error ? errId : ''].filter(Boolean).join(' ') || undefined;
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
      <div class="check-options">{children}</div>
    </fieldset>
  );
}
