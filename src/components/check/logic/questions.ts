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


export const SITUATIE = ['alleen', 'partner', 'alleen-kinderen', 'partner-kinderen'] as const;
export const INKOMSTEN = ['work', 'bijstand', 'aow', 'pension', 'uwv', 'studiefinanciering', 'alimentatie', 'none'] as const;
export const WONEN = ['rent', 'own', 'lodger', 'institution', 'homeless'] as const;
export const JAREN = ['lt3', '3to5', '5plus'] as const;
export const MEDEBEWONERS = ['nee', '1', '2', '3plus'] as const;
export const SITUATIES = ['mantelzorg', 'huisdier', 'kosten', 'geldzorgen', 'studie', 'geen'] as const;
export const ZORG_VOOR = ['dementie', 'psychisch', 'lichamelijk', 'ouderdom', 'anders'] as const;
/**
 * Regelingen people may already receive. Bijstand and AOW are known from the income question
 * (asked once, WCAG 3.3.7), so they are not asked again here.
 */
export const ONTVANGT = ['zorgtoeslag', 'huurtoeslag', 'kinderbijslag', 'kindgebonden-budget', 'individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen', 'geen'] as const;

/**
 * What the questions' skip logic needs from the content, for the date of the check: computed at
 * build time from the rules, the norm sets and the AOW table (buildMeta.ts), never typed here.
 */
export interface FlowEnv {
  /** Net income per month above which no income limit of any regeling can be met (also when holiday pay was counted in). */
  skipIncome: { single: number; couple: number };
  /** Age in whole years from which someone has surely reached the AOW age. */
  aowAge: number;
  /**
   * Net incomes per month for which the gross yearly income can change a toeslag amount (thresholds.ts,
   * from the toeslag formulas): at or below `below` every toeslag is at its maximum anyway; above `above`
   * none is paid. Null or absent: always ask.
   */
  grossMatters?: { single: { below: number; above: number | null }; multi: { below: number; above: number | null } } | null;
  /** The municipality the site is for (gemeente.yaml `name`): what "Ja, ik woon in de gemeente" means. */
  municipality?: string;
}

export const hasPartner = (a: Answers) => a.situatie === 'partner' || a.situatie === 'partner-kinderen';
export const hasChildren = (a: Answers) => a.situatie === 'alleen-kinderen' || a.situatie === 'partner-kinderen';
const list = (v: AnswerValue | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);
const onlyNone = (a: Answers) => list(a.inkomstenbron).length === 1 && list(a.inkomstenbron)[0] === 'none';

export function monthlyIncome(a: Answers): number | null {
  if (onlyNone(a)) return 0;
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
export function clearlyHighIncome(a: Answers, env: FlowEnv): boolean {
  const inc = monthlyIncome(a);
  if (inc == null) return false;
  return inc > (hasPartner(a) ? env.skipIncome.couple : env.skipIncome.single);
}

/** Every adult's age is known and outside 21 to the AOW age (the individuele inkomenstoeslag). */
function outside21ToAow(a: Answers, env: FlowEnv): boolean {
  const ages = [ageOf(a.leeftijd), hasPartner(a) ? ageOf(a.leeftijdPartner) : null].filter((x): x is number => x != null);
  return ages.length > 0 && ages.some((x) => x < 21 || x >= env.aowAge);
}

/** Every adult whose age is known is under 18: no toeslag (they are for adults). */
function allMinors(a: Answers): boolean {
  const ages = [ageOf(a.leeftijd), hasPartner(a) ? ageOf(a.leeftijdPartner) : null];
  return ages[0] != null && ages[0] < 18 && (!hasPartner(a) || (ages[1] != null && ages[1] < 18));
}

/**
 * The gross yearly income can change a toeslag amount: there is (or may be) income, an adult, and the
 * net income is neither so low that every toeslag is at its maximum whatever the gross, nor so high
 * that none is paid (FlowEnv.grossMatters). Unknown net income: ask, the gross helps most then.
 */
export function grossIncomeMatters(a: Answers, env: FlowEnv): boolean {
  if (onlyNone(a) || allMinors(a)) return false;
  const inc = monthlyIncome(a);
  if (inc === 0) return false;
  const t = env.grossMatters ? (hasPartner(a) || hasChildren(a) ? env.grossMatters.multi : env.grossMatters.single) : null;
  if (inc == null || !t) return true;
  return inc > t.below && (t.above == null || inc <= t.above);
}

/** The applicant's gross yearly income was given as an amount (not "Ik weet het niet"). */
const grossGiven = (a: Answers) => typeof a.brutoInkomen === 'string' && a.brutoInkomen !== UNKNOWN && parseAmount(a.brutoInkomen).kind === 'ok';

type Ask = (a: Answers, env: FlowEnv) => boolean;
export interface Question {
  id: string;
  kind: QuestionKind;
  options?: readonly string[];
  /** Only offer an option when this is true for the answers so far. */
  optionIf?: Record<string, Ask>;
  /** Offer "Ik weet het niet". */
  unknown?: boolean;
  /** Only ask when this is true. Missing answers count as "not (yet) known". */
  ask?: Ask;
  /** Shown under the chosen radio option (conditional reveal), or the parts of a 'group'. */
  reveal?: { when: string; sub: SubQuestion };
  parts?: readonly SubQuestion[];
  /** Options that exclude all others in a checkbox question. */
  exclusive?: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'woonplaats',
    kind: 'radio',
    options: ['gemeente', 'elders'],
    unknown: true,
    reveal: { when: 'gemeente', sub: { id: 'wijk', kind: 'select', optional: true } },
  },
  { id: 'situatie', kind: 'radio', options: SITUATIE },
  { id: 'kinderen', kind: 'ages', ask: hasChildren },
  { id: 'leeftijd', kind: 'whole' },
  { id: 'leeftijdPartner', kind: 'whole', unknown: true, ask: hasPartner },
  { id: 'inkomstenbron', kind: 'checkbox', options: INKOMSTEN, unknown: true, exclusive: ['none', UNKNOWN] },
  { id: 'inkomen', kind: 'amount', unknown: true, ask: (a) => !onlyNone(a) },
  // Per adult; the partner's only when the applicant's is known: the toeslagen need both to be exact.
  { id: 'brutoInkomen', kind: 'amount', unknown: true, ask: grossIncomeMatters },
  { id: 'brutoInkomenPartner', kind: 'amount', unknown: true, ask: (a, env) => hasPartner(a) && grossGiven(a) && grossIncomeMatters(a, env) },
  { id: 'medebewoners', kind: 'radio', options: MEDEBEWONERS, unknown: true, ask: (a, env) => !clearlyHighIncome(a, env) },
  { id: 'vermogen', kind: 'amount', unknown: true },
  {
    id: 'wonen',
    kind: 'radio',
    options: WONEN,
    unknown: true,
    reveal: { when: 'rent', sub: { id: 'huur', kind: 'amount', optional: true, unknown: true } },
  },
  {
    id: 'ontvangt',
    kind: 'checkbox',
    options: ONTVANGT,
    unknown: true,
    exclusive: ['geen', UNKNOWN],
    optionIf: {
      huurtoeslag: (a) => a.wonen !== 'own' && a.wonen !== 'institution' && a.wonen !== 'homeless',
      kinderbijslag: hasChildren,
      'kindgebonden-budget': hasChildren,
      'individuele-inkomenstoeslag': (a, env) => !outside21ToAow(a, env),
      'kwijtschelding-gemeentelijke-belastingen': (a) => a.woonplaats !== 'elders',
    },
  },
  {
    id: 'jarenLaag',
    kind: 'radio',
    options: JAREN,
    unknown: true,
    // Only matters between 21 and the AOW age, below the income limit (individuele inkomenstoeslag).
    ask: (a, env) => !clearlyHighIncome(a, env) && !outside21ToAow(a, env),
  },
  { id: 'situaties', kind: 'checkbox', options: SITUATIES, exclusive: ['geen'] },
  {
    id: 'mantelzorg',
    kind: 'group',
    ask: (a) => list(a.situaties).includes('mantelzorg'),
    parts: [
      { id: 'zorgUren', kind: 'radio', options: ['lt8', '8plus'], unknown: true },
      { id: 'zorgDuur', kind: 'radio', options: ['lt3m', '3mplus'], unknown: true },
      { id: 'zorgGemeente', kind: 'radio', options: ['ja', 'nee'], unknown: true },
    ],
  },
  { id: 'zorgVoor', kind: 'checkbox', options: ZORG_VOOR, unknown: true, exclusive: [UNKNOWN], ask: (a) => list(a.situaties).includes('mantelzorg') },
  {
    id: 'vasteLasten',
    kind: 'amount',
    unknown: true,
    ask: (a, env) => list(a.situaties).includes('geldzorgen') && !clearlyHighIncome(a, env),
  },
];

/** The options of a question for these answers (some only make sense for some households). */
export function optionsFor(q: Question | SubQuestion, a: Answers, env: FlowEnv): readonly string[] {
  const all = q.options ?? [];
  const cond = 'optionIf' in q ? q.optionIf : undefined;
  return cond ? all.filter((o) => !cond[o] || cond[o](a, env)) : all;
}

export const QUESTION_IDS = QUESTIONS.map((q) => q.id);
export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** The questions to ask for these answers, in order. */
export function relevantQuestions(a: Answers, env: FlowEnv): Question[] {
  return QUESTIONS.filter((q) => !q.ask || q.ask(a, env));
}

export function isAnswered(q: Question, a: Answers): boolean {
  if (q.kind === 'group') return (q.parts ?? []).every((p) => p.optional || a[p.id] !== undefined);
  const v = a[q.id];
  if (v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  return v !== '';
}

/** Whether a field (a question, a part of a group or a revealed sub-question) offers "Ik weet het niet". */
export function fieldHasUnknown(id: string): boolean {
  for (const q of QUESTIONS) {
    if (q.id === id) return !!q.unknown;
    const sub = q.parts?.find((p) => p.id === id) ?? (q.reveal?.sub.id === id ? q.reveal.sub : undefined);
    if (sub) return !!sub.unknown;
  }
  return false;
}

/** Next screen after `current`: the next relevant question, or the summary. */
export function nextScreen(current: string, a: Answers, env: FlowEnv, mode: 'flow' | 'change' = 'flow'): string {
  const rel = relevantQuestions(a, env);
  const i = rel.findIndex((q) => q.id === current);
  const after = rel.slice(i + 1);
  if (mode === 'change') {
    // After changing an answer, only ask what has become relevant and is still open.
    const open = after.find((q) => !isAnswered(q, a));
    return open ? open.id : 'summary';
  }
  return after[0]?.id ?? 'summary';
}

export function previousScreen(current: string, a: Answers, env: FlowEnv): string {
  const rel = relevantQuestions(a, env);
  if (current === 'summary' || current === 'results') return rel[rel.length - 1]?.id ?? 'start';
  const i = rel.findIndex((q) => q.id === current);
  return i > 0 ? (rel[i - 1]?.id ?? 'start') : 'start';
}

/** "Vraag 3 van ongeveer 9". */
export function progress(current: string, a: Answers, env: FlowEnv): { n: number; total: number } {
  const rel = relevantQuestions(a, env);
  const i = rel.findIndex((q) => q.id === current);
  return { n: i + 1, total: Math.max(rel.length, i + 1) };
}

/** First relevant question without an answer (for the summary and the quick form). */
export function firstOpen(a: Answers, env: FlowEnv): string | null {
  return relevantQuestions(a, env).find((q) => !isAnswered(q, a))?.id ?? null;
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
  | 'agesEmpty'
  | 'grossLooksMonthly';

/** A field's error: a key of `errors.*`, or a ready message (from the household contract) after "!". */
export type FieldError = ErrorKey | `!${string}`;

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
      const e = amountError(v, false) ?? (q.id === 'brutoInkomen' || q.id === 'brutoInkomenPartner' ? grossError(q.id, a) : null);
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

/** Income kinds that can be untaxed (not in the gross on the jaaropgaaf): then any gross below the net can be right. */
const UNTAXED = ['studiefinanciering', 'alimentatie'];

/**
 * A gross yearly income below half of the year's net (6 × the monthly net) is surely not a yearly
 * amount: most likely the gross per month was typed. Checked on the applicant's answer when there is
 * no partner, and on the partner's answer for the two together (one partner alone may earn little).
 */
function grossError(id: string, a: Answers): ErrorKey | null {
  const net = monthlyIncome(a);
  if (net == null || net <= 0 || list(a.inkomstenbron).some((s) => UNTAXED.includes(s) || s === UNKNOWN)) return null;
  const amount = (v: AnswerValue | undefined) => {
    const p = parseAmount(typeof v === 'string' ? v : '');
    return p.kind === 'ok' ? p.value : null;
  };
  const own = amount(a[id]);
  if (own == null || (id === 'brutoInkomen' && hasPartner(a))) return null;
  const gross = id === 'brutoInkomen' ? own : (amount(a.brutoInkomen) ?? 0) + own;
  return gross < 6 * net ? 'grossLooksMonthly' : null;
}

/** Checkbox change that respects exclusive options ("Geen van deze", "Ik weet het niet"). */
export function toggleOption(q: Question, current: AnswerValue | undefined, option: string, checked: boolean): string[] {
  const now = list(current);
  if (!checked) return now.filter((o) => o !== option);
  const exclusive = q.exclusive ?? [];
  if (exclusive.includes(option)) return [option];
  return [...now.filter((o) => !exclusive.includes(o)), option];
}

/**
 * Every answer field, with the question it belongs to: the questions, the parts of a group and
 * the revealed sub-questions. The one list the share link, storage, sanitizing and the
 * server-rendered quick form read answers by.
 */
export function answerFields(): ((Question | SubQuestion) & { parent: Question })[] {
  const out: ((Question | SubQuestion) & { parent: Question })[] = [];
  for (const q of QUESTIONS) {
    if (q.kind === 'group') for (const p of q.parts ?? []) out.push({ ...p, parent: q });
    else out.push({ ...q, parent: q });
    if (q.reveal) out.push({ ...q.reveal.sub, parent: q });
  }
  return out;
}
