/** "Kloppen uw antwoorden?": a data list with a change link per answer (GOV.UK check answers pattern). */
import type { SummaryRow } from './logic/summaryRows.ts';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  rows: SummaryRow[];
  strings: Strings;
  /** Without onChange the list is read-only (print). */
  onChange?: (screen: string) => void;
  href: string;
}

export default function AnswerSummary({ rows, strings, onChange, href }: Props) {
  return (
    <dl class="utrecht-data-list utrecht-data-list--rows check-summary">
      {rows.map((r) => (
        <div class="utrecht-data-list__item" key={r.id}>
          <dt class="utrecht-data-list__item-key">{r.label}</dt>
          <dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{r.value}</dd>
          {onChange && (
            <dd class="utrecht-data-list__actions utrecht-data-list__actions--html-dd no-print">
              <a
                class="nl-link check-change"
                href={href}
                onClick={(e) => {
                  e.preventDefault();
                  onChange(r.screen);
                }}
              >
                {t(strings, 'summary.change')}
                <span class="visually-hidden"> {t(strings, 'summary.changeHidden', { question: r.label })}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
