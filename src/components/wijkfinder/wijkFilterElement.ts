/**
 * <wijk-filter>: hides wijken in the surrounding wijk finder whose name, buurten
 * or search terms do not contain what was typed (case and accents ignored).
 */
import { normalize } from '../search/logic/normalize.ts';

export function matchesWijk(keywords: string, query: string): boolean {
  const q = normalize(query);
  return q === '' || normalize(keywords).includes(q);
}

export function defineWijkFilter(): void {
  if (customElements.get('wijk-filter')) return;
  customElements.define(
    'wijk-filter',
    class extends HTMLElement {
      connectedCallback() {
        const root = this.closest('[data-wijkfinder]');
        const input = this.querySelector('input');
        const status = this.querySelector('[role="status"]');
        if (!root || !input || !status) return;
        const counts = JSON.parse(this.dataset.counts ?? '{}') as { zero: string; one: string; other: string };
        let timer: number | undefined;
        this.hidden = false;
        input.addEventListener('input', () => {
          const q = input.value;
          let shown = 0;
          for (const group of root.querySelectorAll<HTMLElement>('[data-wijkfinder-group]')) {
            let inGroup = 0;
            for (const item of group.querySelectorAll<HTMLElement>('[data-wijk-keywords]')) {
              const ok = matchesWijk(item.dataset.wijkKeywords ?? '', q);
              item.hidden = !ok;
              if (ok) inGroup++;
            }
            group.hidden = inGroup === 0;
            shown += inGroup;
          }
          window.clearTimeout(timer);
          const text = q.trim() === '' ? '' : (shown === 0 ? counts.zero : shown === 1 ? counts.one : counts.other).replace('{{count}}', String(shown));
          timer = window.setTimeout(() => { status.textContent = text; }, 400);
          if (q.trim() !== '' && shown === 0) for (const el of root.querySelectorAll<HTMLElement>('[data-wijkfinder-group], [data-wijk-keywords]')) el.hidden = false;
        });
      }
    },
  );
}
