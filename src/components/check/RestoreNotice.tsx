/**
 * Kind message when earlier answers from this tab could not (all) be read back (logic/storage.ts):
 * either nothing could be read, or some answers are named so they can be filled in again.
 */
import type { RestoreProblem } from './logic/storage.ts';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  problem: RestoreProblem;
  strings: Strings;
}

export default function RestoreNotice({ problem, strings }: Props) {
  let text: string;
  if (problem.kind === 'unreadable') text = t(strings, 'restore.unreadable');
  else {
    const names = problem.ids.map((id) => t(strings, `q.${id}.summary`)).join(', ');
    text = t(strings, 'restore.dropped', { names, count: problem.ids.length });
  }
  return (
    <div class="utrecht-alert utrecht-alert--info check-restore-notice" role="status" data-restore-problem={problem.kind}>
      <div class="utrecht-alert__content">
        <p class="utrecht-alert__message">{text}</p>
      </div>
    </div>
  );
}
