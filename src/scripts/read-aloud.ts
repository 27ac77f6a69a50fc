/**
 * "Lees voor": reads a page (or a check question, or the results) aloud with the browser's own
 * speech synthesis, in the language of each part (lang attributes: Dutch names inside an Arabic
 * page are read with a Dutch voice). No third party, nothing leaves the browser.
 *
 * Markup (src/components/layout/ReadAloud.astro on content pages, check/ReadAloudButton.tsx in the check):
 *   <div class="read-aloud" data-read-aloud data-target="CSS selector, default: main">
 *     <button data-read-aloud-toggle><span class="read-aloud__start">…</span><span class="read-aloud__pause">…</span><span class="read-aloud__resume">…</span></button>
 *     <button data-read-aloud-stop>…</button>
 *   </div>
 * The controls show (html.can-read-aloud) only when the browser has a voice for the page's language.
 * The container's data-state (idle | speaking | paused) picks the visible label. Escape stops.
 * Event delegation: it also works for buttons an island renders later.
 */

type State = 'idle' | 'speaking' | 'paused';

const BLOCK = /^(P|LI|H[1-6]|DT|DD|TD|TH|DIV|SECTION|ARTICLE|LEGEND|LABEL|SUMMARY|UL|OL|DL|TR|FIELDSET|FORM|NAV|MAIN|ASIDE|HEADER|FOOTER)$/;
const SKIP = '[data-read-aloud],button,select,script,style,svg,[aria-hidden="true"]';

/** Visible text of an element in reading order, one part per block and per change of language. */
export function segments(root: Element): { text: string; lang: string }[] {
  const out: { text: string; lang: string; block: Element }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(SKIP) || el.checkVisibility?.() === false) continue;
    const text = (n.nodeValue ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    if (!text.trim()) continue;
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
    let block: Element = el;
    while (block !== root && !BLOCK.test(block.tagName) && block.parentElement) block = block.parentElement;
    const last = out[out.length - 1];
    if (last && last.lang === lang && last.block === block) last.text += text;
    else out.push({ text, lang, block });
  }
  return out.map((s) => ({ text: s.text.trim(), lang: s.lang })).filter((s) => s.text);
}

const primary = (tag: string) => tag.replace('_', '-').split('-')[0]!.toLowerCase();

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.replace('_', '-').toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => primary(v.lang) === primary(lang));
}

let active: HTMLElement | null = null;
/** Counts readings, so the end of a cancelled one does not reset a new one. */
let run = 0;

function setState(box: HTMLElement | null, state: State) {
  if (!box) return;
  box.dataset.state = state;
  if (state === 'idle' && active === box) active = null;
}

function stop() {
  const box = active;
  active = null;
  run++;
  speechSynthesis.cancel();
  setState(box, 'idle');
}

function read(box: HTMLElement) {
  stop();
  const sel = box.dataset.target;
  const root = (sel && document.querySelector(sel)) || box.closest('main') || document.querySelector('main');
  const parts = root ? segments(root) : [];
  if (parts.length === 0) return;
  active = box;
  setState(box, 'speaking');
  const mine = run;
  parts.forEach((p, i) => {
    const u = new SpeechSynthesisUtterance(p.text);
    u.lang = p.lang || document.documentElement.lang;
    const voice = voiceFor(u.lang);
    if (voice) u.voice = voice;
    u.rate = 0.9;
    if (i === parts.length - 1) u.onend = () => mine === run && setState(box, 'idle');
    speechSynthesis.speak(u);
  });
}

export function initReadAloud(): void {
  if (!('speechSynthesis' in window)) return;
  const lang = document.documentElement.lang;
  const show = () => {
    if (voiceFor(lang)) document.documentElement.classList.add('can-read-aloud');
  };
  show();
  speechSynthesis.addEventListener?.('voiceschanged', show);

  document.addEventListener('click', (e) => {
    const btn = (e.target as Element | null)?.closest?.('[data-read-aloud-toggle],[data-read-aloud-stop]');
    const box = btn?.closest<HTMLElement>('[data-read-aloud]');
    if (!btn || !box) return;
    if (btn.hasAttribute('data-read-aloud-stop')) return stop();
    const state = active === box ? box.dataset.state : 'idle';
    if (state === 'speaking') {
      speechSynthesis.pause();
      setState(box, 'paused');
    } else if (state === 'paused') {
      speechSynthesis.resume();
      setState(box, 'speaking');
    } else read(box);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && active) stop();
  });
  addEventListener('pagehide', () => active && stop());
}
