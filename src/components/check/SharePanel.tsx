/**
 * "Deel of bewaar": a link with the answers in the URL fragment (never sent to a server)
 * and a QR code. The QR library is loaded only when the panel opens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Strings } from './logic/strings.ts';

interface Props {
  /** The share link: the step-by-step check's address with the answers in the fragment. */
  url: string;
  strings: Strings;
  onAnnounce: (text: string) => void;
}

export default function SharePanel({ url, strings, onAnnounce }: Props) {
  const s = (k: string) => t(strings, k);
  const [open, setOpen] = useState(false);
  const [svg, setSvg] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

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

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      onAnnounce(s('share.copied'));
    } catch {
      onAnnounce(s('share.copyFailed'));
    }
  };

  return (
    <div class="check-share no-print">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-expanded={open ? 'true' : 'false'} aria-controls="check-share-panel" onClick={() => setOpen(!open)}>
        {s('share.button')}
      </button>
      <div id="check-share-panel" hidden={!open} class="check-share__panel">
        {open && (
          <>
            <h2 class="nl-heading nl-heading--level-2" tabIndex={-1} ref={headingRef}>
              {s('share.heading')}
            </h2>
            <p>{s('share.text')}</p>
            <div class="utrecht-alert utrecht-alert--warning" role="note">
              <div class="utrecht-alert__content">
                <p class="utrecht-alert__message">{s('share.warning')}</p>
              </div>
            </div>
            <div class="utrecht-form-field check-field">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for="check-share-url">
                  {s('share.label')}
                </label>
              </div>
              <div class="utrecht-form-field__input">
                <input
                  id="check-share-url"
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
                {s('share.copy')}
              </button>
            </p>
            <p>{s('share.qr')}</p>
            {svg && <div class="check-qr" role="img" aria-label={s('share.qrAlt')} dangerouslySetInnerHTML={{ __html: svg }} />}
          </>
        )}
      </div>
    </div>
  );
}
