/**
 * sessionStorage: the answers survive a reload in the same tab and are gone when the tab closes.
 * Nothing else is stored; no cookies, no localStorage.
 *
 * What is read back is never trusted: the value carries a format version, and anything that is
 * not valid JSON, not the expected shape or from another version is discarded (problem
 * 'unreadable'). Within a valid value, each answer must have the type and the options its
 * question allows; an answer that does not is dropped and named (problem 'dropped'), the others
 * are kept. So a changed or corrupted value can never stop the check.
 */
import { answerFields, UNKNOWN, type AnswerValue, type Answers, type Question, type SubQuestion } from './questions.ts';
import { fitWhatIf, type WhatIfValues } from './whatifFields.ts';

export const STORAGE_KEY = 'hulpwijzer-check';
/** The "what if" form of this tab (its own key: the answers are saved on every change without it). */
export const WHATIF_STORAGE_KEY = 'hulpwijzer-check-whatif';
/** Raise when the stored shape changes: values of another version are then discarded, with a message. */
export const STORAGE_VERSION = 1;
/** Longer typed text is not an answer anyone gave (amounts, ages). */
const MAX_TEXT = 200;

export interface Saved {
  answers: Answers;
  screen: string;
}

/** Why earlier answers could not (all) be restored; the check shows a kind message. */
export type RestoreProblem = { kind: 'unreadable' } | { kind: 'dropped'; ids: string[] };

export interface Loaded {
  saved: Saved | null;
  problem: RestoreProblem | null;
}

function store(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

type Field = Question | SubQuestion;


/** The value if it fits the field, otherwise undefined. */
function fit(f: Field, v: unknown, wijkIds: readonly string[]): AnswerValue | undefined {
  const allowed = f.options ? [...f.options, ...(f.unknown ? [UNKNOWN] : [])] : null;
  switch (f.kind) {
    case 'checkbox':
      return Array.isArray(v) && v.every((o) => typeof o === 'string' && (!allowed || allowed.includes(o))) ? [...new Set(v as string[])] : undefined;
    case 'radio':
      return typeof v === 'string' && (v === '' || !allowed || allowed.includes(v)) ? v : undefined;
    case 'select':
      return typeof v === 'string' && (v === '' || wijkIds.includes(v)) ? v : undefined;
    case 'amount':
    case 'whole':
    case 'ages':
      // Typed text; the question validates it when it is shown.
      return typeof v === 'string' && v.length <= MAX_TEXT ? v : undefined;
    default:
      // A kind of question this file does not know yet: an answer is text or a list of texts.
      if (typeof v === 'string') return v.length <= MAX_TEXT ? v : undefined;
      return Array.isArray(v) && v.every((o) => typeof o === 'string') ? (v as string[]) : undefined;
  }
}

/**
 * Answers read from outside (storage) made type-safe: only known questions, each with a value of
 * its type and options. `dropped` names the questions whose value did not fit.
 */
/**
 * Answers saved or shared before the check spoke of "the municipality" named it: the woonplaats answer
 * was the municipality's name in lower case and the question about the person cared for was
 * "zorg<Name>". Read them as today's "gemeente" and "zorgGemeente", so no answer is lost.
 */
export function fromEarlierVersion<T>(given: Record<string, T>, municipality: string | undefined): Record<string, T> {
  if (!municipality) return given;
  const out = { ...given };
  const oldKey = `zorg${municipality.replace(/[^A-Za-z]/g, '')}`;
  if (Object.hasOwn(out, oldKey) && !Object.hasOwn(out, 'zorgGemeente')) {
    out.zorgGemeente = out[oldKey] as T;
    delete out[oldKey];
  }
  if (out.woonplaats === (municipality.toLowerCase() as unknown)) out.woonplaats = 'gemeente' as T;
  return out;
}

export function fitAnswers(raw: unknown, wijkIds: readonly string[], municipality?: string): { answers: Answers; dropped: string[] } {
  const answers: Answers = {};
  const dropped: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { answers, dropped };
  const given = fromEarlierVersion(raw as Record<string, unknown>, municipality);
  for (const f of answerFields()) {
    if (!Object.hasOwn(given, f.id) || given[f.id] === undefined) continue;
    const v = fit(f, given[f.id], wijkIds);
    if (v === undefined) dropped.push(f.id);
    else answers[f.id] = v;
  }
  return { answers, dropped };
}

/** The saved answers of this tab, made safe, and what could not be restored. */
export function load(wijkIds: readonly string[] = [], municipality?: string): Loaded {
  const s = store();
  let raw: string | null = null;
  try {
    raw = s?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { saved: null, problem: null };
  }
  if (raw === null || raw === '') return { saved: null, problem: null };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    v = null;
  }
  const o = v as { version?: unknown; answers?: unknown; screen?: unknown } | null;
  if (!o || typeof o !== 'object' || Array.isArray(o) || o.version !== STORAGE_VERSION || !o.answers || typeof o.answers !== 'object' || Array.isArray(o.answers)) {
    clear();
    return { saved: null, problem: { kind: 'unreadable' } };
  }
  const { answers, dropped } = fitAnswers(o.answers, wijkIds, municipality);
  const screen = typeof o.screen === 'string' && o.screen.length <= 40 ? o.screen : 'start';
  return { saved: { answers, screen }, problem: dropped.length ? { kind: 'dropped', ids: dropped } : null };
}

export function save(data: Saved): void {
  try {
    store()?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, answers: data.answers, screen: data.screen }));
  } catch {
    /* storage full or blocked: the check still works, it just forgets on reload */
  }
}

/** Clears everything this tab saved: the answers and the "what if". */
export function clear(): void {
  try {
    store()?.removeItem(STORAGE_KEY);
    store()?.removeItem(WHATIF_STORAGE_KEY);
  } catch {
    /* ignore */
  }
}

/** A "what if" as saved: the form's values; `fromLink` when it came from a share link and was not shown yet. */
export interface SavedWhatIf {
  values: WhatIfValues;
  fromLink?: boolean;
}

export function saveWhatIf(data: SavedWhatIf): void {
  try {
    store()?.setItem(WHATIF_STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, values: data.values, ...(data.fromLink ? { fromLink: true } : {}) }));
  } catch {
    /* the comparison still works, it just forgets on reload */
  }
}

/** The saved "what if", made safe (fitWhatIf); null when there is none or it cannot be read. */
export function loadWhatIf(): (SavedWhatIf & { dropped: string[] }) | null {
  let raw: string | null = null;
  try {
    raw = store()?.getItem(WHATIF_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const o = parsed as { version?: unknown; values?: unknown; fromLink?: unknown } | null;
  if (!o || typeof o !== 'object' || o.version !== STORAGE_VERSION) {
    clearWhatIf();
    return null;
  }
  const { values, dropped } = fitWhatIf(o.values);
  return { values, dropped, ...(o.fromLink === true ? { fromLink: true } : {}) };
}

export function clearWhatIf(): void {
  try {
    store()?.removeItem(WHATIF_STORAGE_KEY);
  } catch {
    /* ignore */
  }
}
