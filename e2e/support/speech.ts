/**
 * A stand-in for the browser's speechSynthesis (headless Chromium has no voices): records what the
 * page passes to speak() (text and lang) and the pause/resume/cancel calls.
 */
import type { Page } from '@playwright/test';

export async function stubSpeech(page: Page, voices: string[]) {
  await page.addInitScript((langs: string[]) => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    const calls: string[] = [];
    let queue: { onend: ((e: Event) => void) | null }[] = [];
    class Utterance {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => langs.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: lang, localService: true, default: false })),
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        queue.push(u);
      },
      cancel() {
        calls.push('cancel');
        const q = queue;
        queue = [];
        q.forEach((u) => u.onend?.(new Event('end')));
      },
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    (window as unknown as { __speech: unknown }).__speech = {
      spoken,
      calls,
      /** Lets the queued utterances finish, as when the voice has read everything. */
      finish() {
        const q = queue;
        queue = [];
        q.forEach((u) => u.onend?.(new Event('end')));
      },
    };
  }, voices);
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

export const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);
export const speechCalls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
export const clearSpoken = (page: Page) => page.evaluate(() => ((window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken.length = 0));
