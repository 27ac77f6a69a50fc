/** "Wis mijn antwoorden": clears everything at once (state and sessionStorage). */
import { t, type Strings } from './logic/strings.ts';

interface Props {
  strings: Strings;
  onClear: () => void;
}

export default function ClearButton({ strings, onClear }: Props) {
  return (
    <button type="button" class="utrecht-button utrecht-button--subtle check-clear no-print" onClick={onClear}>
      {t(strings, 'clear.button')}
    </button>
  );
}
