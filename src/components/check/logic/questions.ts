/**
 * The questions of the check, in order, with skip logic and validation.
 * Pure data and functions: the texts live in src/i18n/<locale>/check.json under
 * `q.<id>`; the components only render what this module decides.
 */
import { parseAgeList, parseAmount, parseWhole } from './amount.ts';

/** The answer "Ik weet het niet" (radio option, or the checkbox under an amount). */
export const UNKNOWN = '?';

export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue | undefined>;

export type QuestionKind = 'radio' | 'checkbox' | 'amount' | 'whole' | 'ages' | 'group';

export interface SubQuestion {
  id: string;
  kind: 'radio' | 'amount' | 'select';
  options?: readonly string[];
  optional?: boolean;
  /** Allows "Ik weet het niet" (radio option `?` or the checkbox under an amount). */
  unknown?: boolean;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  options?: readonly string[];
  /** Offer "Ik weet het niet". */
  unknown?: boolean;
  /** Only ask when this is true. Missing answers count as "not (yet) known". */
  ask?: (a: Answers) => boolean;
  /** Shown under the chosen radio option (conditional reveal), or the parts of a 'group'. */
  reveal?: { when: string; sub: SubQuestion };
  parts?: readonly SubQuestion[];
  /** Options that exclude all others in a checkbox question. */
  exclusive?: readonly string[];
}

export const SITUATIE = ['alleen', 'partner', 'alleen-kinderen', 'partner-kinderen'] as const;
export const INKOMSTEN = ['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const;
export const WONEN = ['rent', 'own', 'lodger', 'institution', 'homeless'] as const;
export const JAREN = ['lt3', '3to5', '5plus'] as const;
export const SITUATIES = ['mantelzorg', 'huisdier', 'kosten', 'geldzorgen', 'studie', 'geen'] as const;
export const AOW_AGE = 67;

/**
 * Monthly net income above which no minima regeling on this site can apply
 * (about 150 % of the bijstandsnorm, the highest percentage Amersfoort uses).
 * Only used to skip questions, never to decide a result.
 */
export const SKIP_INCOME = { single: 2150, couple: 3050 } as const;

export const hasPartner = (a: Answers) => a.situatie === 'partner' || a.situatie === 'partner-kinderen';
export const hasChildren = (a: Answers) => a.situatie === 'alleen-kinderen' || a.situatie === 'partner-kinderen';
const list = (v: AnswerValue | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

export function monthlyIncome(a: Answers): number | null {
  if (list(a.inkomstenbron).length === 1 && list(a.inkomstenbron)[0] === 'none') return 0;
  const v = a.inkomen;
  if (typeof v !== 'string' || v === UNKNOWN) return null;
  const p = parseAmount(v);
  return p.kind === 'ok' ? p.value : null;
}

function ageOf(v: AnswerValue | undefined): number | null {
  if (typeof v !== 'string') return null;
  const p = parseWhole(v);
  return p.kind === 'ok' ? p.value : null;
}

/** Income clearly above every limit: then questions that only matter for low incomes are skipped. */
export function clearlyHighIncome(a: Answers): boolean {
  const inc = monthlyIncome(a);
  if (inc == null) return false;
  return inc > (hasPartner(a) ? SKIP_INCOME.couple : SKIP_INCOME.single);
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'woonplaats',
    kind: 'radio',
    options: ['amersfoort', 'elders'],
    unknown: true,
    reveal: { when: 'amersfoort', sub: { id: 'wijk', kind: 'select', optional: true } },
  },
  { id: 'situatie', kind: 'radio', options: SITUATIE },
  { id: 'kinderen', kind: 'ages', ask: hasChildren },
  { id: 'leeftijd', kind: 'whole' },
  { id: 'leeftijdPartner', kind: 'whole', unknown: true, ask: hasPartner },
  { id: 'inkomstenbron', kind: 'checkbox', options: INKOMSTEN, unknown: true, exclusive: ['none', UNKNOWN] },
  {
    id: 'inkomen',
    kind: 'amount',
    unknown: true,
    ask: (a) => !(list(a.inkomstenbron).length === 1 && list(a.inkomstenbron)[0] === 'none'),
  },
  { id: 'vermogen', kind: 'amount', unknown: true },
  {
    id: 'wonen',
    kind: 'radio',
    options: WONEN,
    unknown: true,
    reveal: { when: 'rent', sub: { id: 'huur', kind: 'amount', optional: true, unknown: true } },
  },
  {
    id: 'jarenLaag',
    kind: 'radio',
    options: JAREN,
    unknown: true,
    ask: (a) => {
      if (clearlyHighIncome(a)) return false;
      const ages = [ageOf(a.leeftijd), hasPartner(a) ? ageOf(a.leeftijdPartner) : null].filter((x): x is number => x != null);
      // Only matters between 21 and AOW age (individuele inkomenstoeslag).
      if (ages.length > 0 && ages.every((x) => x < 21 || x >= AOW_AGE)) return false;
      return true;
    },
  },
  { id: 'situaties', kind: 'checkbox', options: SITUATIES, exclusive: ['geen'] },
  {
    id: 'mantelzorg',
    kind: 'group',
    ask: (a) => list(a.situaties).includes('mantelzorg'),
    parts: [
      { id: 'zorgUren', kind: 'radio', options: ['lt8', '8plus'], unknown: true },
      { id: 'zorgDuur', kind: 'radio', options: ['lt3m', '3mplus'], unknown: true },
      { id: 'zorgAmersfoort', kind: 'radio', options: ['ja', 'nee'], unknown: true },
    ],
  },
  {
    id: 'vasteLasten',
    kind: 'amount',
    unknown: true,
    ask: (a) => list(a.situaties).includes('geldzorgen') && !clearlyHighIncome(a),
  },
];

export const QUESTION_IDS = QUESTIONS.map((q) => q.id);
export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** The questions to ask for these answers, in order. */
export function relevantQuestions(a: Answers): Question[] {
  return QUESTIONS.filter((q) => !q.ask || q.ask(a));
}

export function isAnswered(q: Question, a: Answers): boolean {
  if (q.kind === 'group') return (q.parts ?? []).every((p) => p.optional || a[p.id] !== undefined);
  const v = a[q.id];
  if (v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  return v !== '';
}

/** Next screen after `current`: the next relevant question, or the summary. */
export function nextScreen(current: string, a: Answers, mode: 'flow' | 'change' = 'flow'): string {
  const rel = relevantQuestions(a);
  const i = rel.findIndex((q) => q.id === current);
  const after = rel.slice(i + 1);
  if (mode === 'change') {
    // After changing an answer, only ask what has become relevant and is still open.
    const open = after.find((q) => !isAnswered(q, a));
    return open ? open.id : 'summary';
  }
  return after[0]?.id ?? 'summary';
}

export function previousScreen(current: string, a: Answers): string {
  const rel = relevantQuestions(a);
  if (current === 'summary' || current === 'results') return rel[rel.length - 1]?.id ?? 'start';
  const i = rel.findIndex((q) => q.id === current);
  return i > 0 ? (rel[i - 1]?.id ?? 'start') : 'start';
}

/** "Vraag 3 van ongeveer 9". */
export function progress(current: string, a: Answers): { n: number; total: number } {
  const rel = relevantQuestions(a);
  const i = rel.findIndex((q) => q.id === current);
  return { n: i + 1, total: Math.max(rel.length, i + 1) };
}

/** First relevant question without an answer (for the summary and the quick form). */
export function firstOpen(a: Answers): string | null {
  return relevantQuestions(a).find((q) => !isAnswered(q, a))?.id ?? null;
}

export type ErrorKey =
  | 'required'
  | 'amountInvalid'
  | 'amountNegative'
  | 'amountTooHigh'
  | 'ageInvalid'
  | 'ageTooHigh'
  | 'ageTooLow'
  | 'agesInvalid'
  | 'agesTooMany'
  | 'agesTooHigh'
  | 'agesEmpty';

/** Errors of one question (and its revealed or grouped parts), keyed by field id. */
export function validate(q: Question, a: Answers): Record<string, ErrorKey> {
  const errors: Record<string, ErrorKey> = {};
  const v = a[q.id];
  switch (q.kind) {
    case 'radio':
      if (typeof v !== 'string' || v === '') errors[q.id] = 'required';
      break;
    case 'checkbox':
      if (!Array.isArray(v) || v.length === 0) errors[q.id] = 'required';
      break;
    case 'amount': {
      const e = amountError(v, false);
      if (e) errors[q.id] = e;
      break;
    }
    case 'whole': {
      if (v === UNKNOWN && q.unknown) break;
      const p = parseWhole(typeof v === 'string' ? v : '');
      if (p.kind === 'empty') errors[q.id] = 'required';
      else if (p.kind !== 'ok') errors[q.id] = 'ageInvalid';
      else if (p.value > 120) errors[q.id] = 'ageTooHigh';
      else if (p.value < 15) errors[q.id] = 'ageTooLow';
      break;
    }
    case 'ages': {
      const ages = parseAgeList(typeof v === 'string' ? v : '');
      if (ages == null) errors[q.id] = 'agesInvalid';
      else if (ages.length === 0) errors[q.id] = 'agesEmpty';
      else if (ages.length > 15) errors[q.id] = 'agesTooMany';
      else if (ages.some((x) => x > 30)) errors[q.id] = 'agesTooHigh';
      break;
    }
    case 'group':
      for (const p of q.parts ?? []) {
        if (!p.optional && (a[p.id] === undefined || a[p.id] === '')) errors[p.id] = 'required';
      }
      break;
  }
  if (q.reveal && v === q.reveal.when) {
    const sub = q.reveal.sub;
    if (sub.kind === 'amount') {
      const e = amountError(a[sub.id], !!sub.optional);
      if (e) errors[sub.id] = e;
    }
  }
  return errors;
}

function amountError(v: AnswerValue | undefined, optional: boolean): ErrorKey | null {
  if (v === UNKNOWN) return null;
  const p = parseAmount(typeof v === 'string' ? v : '');
  if (p.kind === 'empty') return optional ? null : 'required';
  if (p.kind === 'negative') return 'amountNegative';
  if (p.kind === 'invalid') return 'amountInvalid';
  if (p.value > 10_000_000) return 'amountTooHigh';
  return null;
}

/** Checkbox change that respects exclusive options ("Geen van deze", "Ik weet het niet"). */
export function toggleOption(q: Question, current: AnswerValue | undefined, option: string, checked: boolean): string[] {
  const now = list(current);
  if (!checked) return now.filter((o) => o !== option);
  const exclusive = q.exclusive ?? [];
  if (exclusive.includes(option)) return [option];
  return [...now.filter((o) => !exclusive.includes(o)), option];
}
