/** First screen: what the check does, that nothing is stored, and the start button. Also server-rendered. */
import type { CheckPageMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  strings: Strings;
  meta: CheckPageMeta;
  canResume: boolean;
  onStart: () => void;
  onResume: () => void;
}

export default function StartScreen({ strings, meta, canResume, onStart, onResume }: Props) {
  const s = (k: string) => t(strings, k);
  const points = (strings.start as { points?: string[] } | undefined)?.points ?? [];
  return (
    <div class="check-start">
      <h1 class="nl-heading nl-heading--level-1" id="check-heading" tabIndex={-1}>
        {s('start.heading')}
      </h1>
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
        <button type="button" class={`utrecht-button ${canResume ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`} onClick={onStart}>
          {s('start.button')}
        </button>
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
    </div>
  );
}
