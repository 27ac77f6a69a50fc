/**
 * "Wis mijn antwoorden": asks first ("Weet u het zeker?"), so one stray Enter never wipes the
 * answers; only "Ja, wis alles" clears everything (state and sessionStorage). Never placed right
 * after "Volgende": the question screens do not show it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  strings: Strings;
  onClear: () => void;
}

export default function ClearButton({ strings, onClear }: Props) {
  const s = (k: string) => t(strings, k);
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <p class="check-clear no-print">
        <button type="button" ref={button} class="utrecht-button utrecht-button--subtle" onClick={() => setAsking(true)}>
          {s('clear.button')}
        </button>
      </p>
    );
  return (
    <div class="check-clear check-clear--confirm no-print" role="group" aria-labelledby="check-clear-question">
      <p id="check-clear-question" class="check-clear__question" tabIndex={-1} ref={question}>
        {s('clear.ask')}
      </p>
      <p class="check-buttons">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onClear}>
          {s('clear.yes')}
        </button>
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setAsking(false)}>
          {s('clear.no')}
        </button>
      </p>
    </div>
  );
}
