/**
 * Rows for "Kloppen uw antwoorden?" and the printed handover sheet:
 * one row per relevant answer, with the question to return to when changing it.
 */
import { parseAmount } from './amount.ts';
import { UNKNOWN, relevantQuestions, type AnswerValue, type Answers, type FlowEnv } from './questions.ts';
import { euro, t, type Strings } from './strings.ts';
import type { WijkMeta } from './meta.ts';

export interface SummaryRow {
  /** Field id (for the label). */
  id: string;
  /** Question screen the change link opens. */
  screen: string;
  label: string;
  value: string;
}

export function summaryRows(a: Answers, strings: Strings, locale: string, wijken: WijkMeta[], env: FlowEnv): SummaryRow[] {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const notGiven = s('summary.notGiven');
  const optLabel = (id: string, v: string) => (v === UNKNOWN ? s('summary.unknown') : s(`q.${id}.options.${v}`));
  const fmt = (id: string, kind: string, v: AnswerValue | undefined): string => {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return notGiven;
    if (v === UNKNOWN) return s('summary.unknown');
    if (Array.isArray(v)) return v.map((x) => optLabel(id, x)).join(', ');
    switch (kind) {
      case 'radio':
        return optLabel(id, v);
      case 'amount': {
        const p = parseAmount(v);
        return p.kind === 'ok' ? euro(p.value, locale) : v;
      }
      case 'whole':
        return s('summary.years', { n: v.trim(), count: Number(v.trim()) });
      case 'select':
        return wijken.find((w) => w.id === v)?.name.text ?? notGiven;
      default:
        return v;
    }
  };
  const rows: SummaryRow[] = [];
  for (const q of relevantQuestions(a, env)) {
    if (q.kind === 'group') {
      for (const p of q.parts ?? []) rows.push({ id: p.id, screen: q.id, label: s(`q.${p.id}.summary`), value: fmt(p.id, p.kind, a[p.id]) });
      continue;
    }
    rows.push({ id: q.id, screen: q.id, label: s(`q.${q.id}.summary`), value: fmt(q.id, q.kind, a[q.id]) });
    const sub = q.reveal?.sub;
    if (sub && a[q.id] === q.reveal?.when && (sub.kind !== 'select' || wijken.length > 0)) {
      rows.push({ id: sub.id, screen: q.id, label: s(`q.${sub.id}.summary`), value: fmt(sub.id, sub.kind, a[sub.id]) });
    }
  }
  return rows;
}
