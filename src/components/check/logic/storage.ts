/**
 * sessionStorage: the answers survive a reload in the same tab and are gone when the tab closes.
 * Nothing else is stored; no cookies, no localStorage.
 */
import type { Answers } from './questions.ts';

export const STORAGE_KEY = 'hulpwijzer-check';

export interface Saved {
  answers: Answers;
  screen: string;
}

function store(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function load(): Saved | null {
  const s = store();
  if (!s) return null;
  try {
    const raw = s.getItem(STORAGE_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Saved>;
    if (!v || typeof v !== 'object' || typeof v.answers !== 'object' || v.answers === null) return null;
    return { answers: v.answers, screen: typeof v.screen === 'string' ? v.screen : 'start' };
  } catch {
    return null;
  }
}

export function save(data: Saved): void {
  try {
    store()?.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    /* storage full or blocked: the check still works, it just forgets on reload */
  }
}

export function clear(): void {
  try {
    store()?.removeItem(STORAGE_KEY);
  } catch {
    /* ignore */
  }
}
