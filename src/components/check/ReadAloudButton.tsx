/**
 * "Lees voor" in the check: the same controls as on content pages, wired by src/scripts/read-aloud.ts
 * (event delegation, loaded on every page). Reads the element matching `target`.
 * Reading stops when the screen changes (a new `screen`).
 */
import { useEffect } from 'preact/hooks';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  strings: Strings;
  /** CSS selector of what to read. */
  target: string;
  /** The screen this button belongs to: reading stops when it changes. */
  screen: string;
}

export default function ReadAloudButton({ strings, target, screen }: Props) {
  const s = (k: string) => t(strings, `readAloud.${k}`);
  useEffect(
    () => () => {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    },
    [screen],
  );
  return (
    <div class="read-aloud no-print" data-read-aloud data-target={target} data-state="idle" role="group" aria-label={s('label')}>
      <button type="button" class="utrecht-button utrecht-button--secondary-action read-aloud__toggle" data-read-aloud-toggle>
        <svg class="read-aloud__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" fill="currentColor" />
        </svg>
        <span class="read-aloud__start">{s('start')}</span>
        <span class="read-aloud__pause">{s('pause')}</span>
        <span class="read-aloud__resume">{s('resume')}</span>
      </button>
      <button type="button" class="utrecht-button utrecht-button--subtle read-aloud__stop" data-read-aloud-stop>
        {s('stop')}
      </button>
    </div>
  );
}
