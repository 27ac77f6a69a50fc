/**
 * First screen: what the check does, that nothing is stored, and the start. Also server-rendered:
 * "Begin met de check" is a plain link to #begin, so a tap before the island has loaded is not
 * lost (the island starts the check when it sees #begin, CheckApp.tsx); once loaded, the island
 * takes the click over. While the page loads, the link's target says to wait a moment (CSS :target).
 */
import type { CheckPageMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import ClearButton from './ClearButton.tsx';

/** The fragment of the start link. */
export const START_HASH = '#begin';

interface Props {
  strings: Strings;
  meta: CheckPageMeta;
  canResume: boolean;
  /** The answers were just wiped ("Wis mijn antwoorden"). */
  cleared?: boolean;
  onStart: () => void;
  onResume: () => void;
  onClear?: () => void;
}

export default function StartScreen({ strings, meta, canResume, cleared, onStart, onResume, onClear }: Props) {
  const s = (k: string) => t(strings, k);
  const points = (strings.start as { points?: string[] } | undefined)?.points ?? [];
  return (
    <div class="check-start">
      <h1 class="nl-heading nl-heading--level-1" id="check-heading" tabIndex={-1}>
        {s('start.heading')}
      </h1>
      {cleared && <p class="check-cleared">{s('clear.confirm')}</p>}
      <p class="lead">{s('start.lead')}</p>
      <ul class="utrecht-unordered-list check-start__points">
        {points.map((p, i) => (
          <li class="utrecht-unordered-list__item" key={i}>
            {p}
          </li>
        ))}
      </ul>
      {canResume && <p>{s('start.resumeText')}</p>}
      <p class="check-buttons">
        {canResume && (
          <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onResume}>
            {s('start.resume')}
          </button>
        )}
        <a
          href={START_HASH}
          class={`utrecht-button-link utrecht-button-link--html-a check-start__link ${canResume ? 'utrecht-button-link--secondary-action' : 'utrecht-button-link--primary-action'}`}
          onClick={(e) => {
            e.preventDefault();
            onStart();
          }}
        >
          {s('start.button')}
        </a>
      </p>
      <p id={START_HASH.slice(1)} class="check-start__wait">
        {s('start.wait')}
      </p>
      <p>
        <a class="nl-link" href={meta.links.quick}>
          {s('start.quickLink')}
        </a>
      </p>
      <p>
        <a class="nl-link" href={meta.links.privacy}>
          {s('start.privacyLink')}
        </a>
      </p>
      {canResume && onClear && <ClearButton strings={strings} onClear={onClear} />}
    </div>
  );
}
