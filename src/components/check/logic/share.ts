/**
 * Answers ↔ URL fragment. The fragment (#…) is never sent to a server.
 * Format: "c1&woonplaats=gemeente&situaties=huisdier.geldzorgen&…" (URLSearchParams).
 * Decoding keeps only known questions and known options, so a changed link cannot inject anything.
 */
import { answerFields, UNKNOWN, type AnswerValue, type Answers, type Question, type SubQuestion } from './questions.ts';
import { WHATIF_FIELDS, hasWhatIf, type WhatIfValues } from './whatifFields.ts';
import { fromEarlierVersion } from './storage.ts';

const MARK = 'c1';
const MAX_TEXT = 40;

const fields = (): (Question | SubQuestion)[] => answerFields();

/** The answers, and the "what if" change when one is shown (so the link reopens the comparison). */
export function encodeAnswers(a: Answers, whatIf?: WhatIfValues | null): string {
  const p = new URLSearchParams();
  const put = (id: string, v: AnswerValue | undefined) => {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return;
    p.set(id, Array.isArray(v) ? v.join('.') : v);
  };
  for (const f of fields()) put(f.id, a[f.id]);
  if (whatIf && hasWhatIf(whatIf)) for (const f of WHATIF_FIELDS) put(f.id, whatIf[f.id]);
  const rest = p.toString();
  return rest ? `${MARK}&${rest}` : MARK;
}

/**
 * The raw values in a share link (not yet checked: sanitize.ts does that, like for stored answers),
 * the raw "what if" values (checked by whatif.ts fitWhatIf; null when the link has none), and the
 * names of parts that are not questions at all. Null when the fragment is not a check link.
 */
export function decodeShareLink(fragment: string, municipality?: string): { raw: Record<string, AnswerValue>; whatIf: Record<string, AnswerValue> | null; unknownKeys: string[] } | null {
  const rawText = fragment.replace(/^#/, '');
  if (rawText !== MARK && !rawText.startsWith(`${MARK}&`)) return null;
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(rawText.slice(MARK.length + 1));
  } catch {
    return { raw: {}, whatIf: null, unknownKeys: ['?'] };
  }
  const byId = new Map(fields().map((f) => [f.id, f]));
  const whatIfFields = new Map(WHATIF_FIELDS.map((f) => [f.id, f]));
  const raw: Record<string, AnswerValue> = {};
  let whatIf: Record<string, AnswerValue> | null = null;
  const unknownKeys: string[] = [];
  for (const [k, v] of Object.entries(fromEarlierVersion(Object.fromEntries(p), municipality))) {
    const w = whatIfFields.get(k);
    if (w) {
      whatIf ??= {};
      whatIf[k] = w.kind === 'checkbox' ? v.split('.').filter(Boolean) : v;
      continue;
    }
    const f = byId.get(k);
    if (!f) {
      unknownKeys.push(k.slice(0, 40));
      continue;
    }
    raw[k] = f.kind === 'checkbox' ? v.split('.').filter(Boolean) : v;
  }
  return { raw, whatIf, unknownKeys };
}

/** Returns null when the fragment is not a check link. */
export function decodeAnswers(fragment: string, wijkIds: readonly string[] = []): Answers | null {
  const raw = fragment.replace(/^#/, '');
  if (raw !== MARK && !raw.startsWith(`${MARK}&`)) return null;
  const p = new URLSearchParams(raw.slice(MARK.length + 1));
  const out: Answers = {};
  for (const f of fields()) {
    const v = p.get(f.id);
    if (v == null || v === '') continue;
    const allowed = f.options ? [...f.options, ...(f.unknown ? [UNKNOWN] : [])] : null;
    if (f.kind === 'checkbox') {
      const vals = v.split('.').filter((o) => allowed?.includes(o));
      if (vals.length) out[f.id] = [...new Set(vals)];
    } else if (f.kind === 'select') {
      if (wijkIds.includes(v)) out[f.id] = v;
    } else if (allowed) {
      if (allowed.includes(v)) out[f.id] = v;
    } else if (v.length <= MAX_TEXT && /^[0-9€.,\s\-a-z?]*$/i.test(v)) {
      out[f.id] = v;
    }
  }
  return out;
}
