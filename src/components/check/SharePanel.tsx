/**
 * "Deel of bewaar": a link with the answers in the URL fragment (never sent to a server)
 * and a QR code. The QR library is loaded only when the panel opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeAnswers } from './logic/share.ts';
import type { Answers } from './logic/questions.ts';
import type { WhatIfValues } from './logic/whatifFields.ts';
import { has, t, type Strings } from './logic/strings.ts';

/** Written out, so the CSS diet (scripts/build/cssTokens.ts) sees every class used. */
const HEADING_CLASS = { h2: 'nl-heading nl-heading--level-2', h3: 'nl-heading nl-heading--level-3', h4: 'nl-heading nl-heading--level-4' } as const;

interface Props {
  answers: Answers;
  /** A "what if" to reopen with the link (the comparison's own share panel). */
  whatIf?: WhatIfValues | null;
  /** The page the link opens (default this page): the results link always opens the step-by-step check's results, also from the quick form. */
  base?: string;
  strings: Strings;
  onAnnounce: (text: string) => void;
  /** Id prefix, so two panels can be on one page. */
  id?: string;
  /** Where the texts are: `share` (the results), or e.g. `whatif.share` (its own texts where it has them, else `share`). */
  texts?: string;
  /** The panel's heading level (default h2). */
  heading?: 'h2' | 'h3' | 'h4';
}

export default function SharePanel({ answers, whatIf, base, strings, onAnnounce, id = 'check-share', texts = 'share', heading = 'h2' }: Props) {
  const s = (k: string) => (has(strings, `${texts}.${k}`) ? t(strings, `${texts}.${k}`) : t(strings, `share.${k}`));
  const [open, setOpen] = useState(false);
  const [svg, setSvg] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const url = typeof location === 'undefined' ? '' : `${location.origin}${base ?? location.pathname}#${encodeAnswers(answers, whatIf)}`;

  useEffect(() => {
    if (!open) return;
    let live = true;
    import('uqr')
      .then(({ renderSVG }) => {
        if (live) setSvg(renderSVG(url, { ecc: 'M', border: 2 }));
      })
      .catch(() => setSvg(''));
    return () => {
      live = false;
    };
  }, [open, url]);
  const H = heading;
  const panelId = `${id}-panel`;
  const urlId = `${id}-url`;

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      onAnnounce(s('copied'));
    } catch {
      onAnnounce(s('copyFailed'));
    }
  };

  return (
    <div class="check-share no-print">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-expanded={open ? 'true' : 'false'} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {s('button')}
      </button>
      <div id={panelId} hidden={!open} class="check-share__panel">
        {open && (
          <>
            <H class={HEADING_CLASS[heading]} tabIndex={-1} ref={headingRef}>
              {s('heading')}
            </H>
            <p>{s('text')}</p>
            <div class="utrecht-alert utrecht-alert--warning" role="note">
              <div class="utrecht-alert__content">
                <p class="utrecht-alert__message">{s('warning')}</p>
              </div>
            </div>
            <div class="utrecht-form-field check-field">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={urlId}>
                  {s('label')}
                </label>
              </div>
              <div class="utrecht-form-field__input">
                <input
                  id={urlId}
                  class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only check-share__url"
                  type="text"
                  readOnly
                  value={url}
                  onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
                />
              </div>
            </div>
            <p>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={copy}>
                {s('copy')}
              </button>
            </p>
            <p>{s('qr')}</p>
            {svg && <div class="check-qr" role="img" aria-label={s('qrAlt')} dangerouslySetInnerHTML={{ __html: svg }} />}
          </>
        )}
      </div>
    </div>
  );
}
