/**
 * Tri-state evaluation of rules on derived facts: every leaf is met, not met or unknown; `all`,
 * `any` and `not` combine them as json-rules-engine would for known facts (a test checks that).
 * Reasons come from the fact's templates (reasons.ts), filled with this household's values.
 */
import { factDef, getFact, type Ctx } from './facts.ts';
import { compare, exact, isExact, isInterval, type Interval, type Tri } from './interval.ts';
import { renderReason, type ReasonTemplates } from './reasons.ts';
import type { AmountCondition, Condition, LeafCondition, LeafStatus, Locale, Reason, ResultAmount, Rule, RuleResult } from './types.ts';

type Node = Condition | AmountCondition;
type NumOp = 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive';
const NUMERIC: readonly string[] = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];

/** Compare an interval with a threshold that may itself be an interval. */
function compareRange(v: Interval, op: NumOp, t: Interval): Tri {
  if (isExact(t)) return compare(v, op, t.lo);
  const a = compare(v, op, t.lo);
  const b = compare(v, op, t.hi);
  return a === b ? a : 'unknown';
}

export interface LeafOutcome {
  /** Status before `ifNotMet`. */
  raw: LeafStatus;
  status: LeafStatus;
  why?: string;
}

export function evaluateLeaf(leaf: { fact: string; operator: string; value: unknown; params?: Record<string, unknown>; ifNotMet?: 'unknown' }, c: Ctx): LeafOutcome {
  const def = factDef(leaf.fact);
  const params = leaf.params ?? {};
  const comp = getFact(c, leaf.fact, params);
  let raw: LeafStatus;
  let why = comp.why;
  const v = comp.value;
  if (v === undefined || !def) raw = 'unknown';
  else if (isInterval(v)) {
    if (NUMERIC.includes(leaf.operator) && typeof leaf.value === 'number') {
      const t = def.threshold ? def.threshold(leaf.value, params, c) : exact(leaf.value);
      raw = compareRange(v, leaf.operator as NumOp, t);
      if (raw === 'unknown') {
        const op = leaf.operator as NumOp;
        const alt = comp.alternatives?.find((a) => compareRange(a.value, op, t) !== 'unknown');
        // A threshold that is itself a range (the source does not say with or without holiday pay).
        const byBase = !isExact(t) && compare(v, op, t.lo) !== 'unknown' && compare(v, op, t.hi) !== 'unknown';
        why = byBase ? 'baseUnclear' : (alt?.why ?? why ?? 'straddle');
      }
    } else if ((leaf.operator === 'equal' || leaf.operator === 'notEqual') && typeof leaf.value === 'number') {
      if (!isExact(v)) {
        raw = v.lo <= leaf.value && leaf.value <= v.hi ? 'unknown' : leaf.operator === 'equal' ? 'notMet' : 'met';
        why = 'straddle';
      } else raw = (v.lo === leaf.value) === (leaf.operator === 'equal') ? 'met' : 'notMet';
    } else raw = 'unknown';
  } else {
    const list = typeof v === 'string' && def.list ? v.split(',') : [v];
    switch (leaf.operator) {
      case 'equal':
        raw = v === leaf.value ? 'met' : 'notMet';
        break;
      case 'notEqual':
        raw = v !== leaf.value ? 'met' : 'notMet';
        break;
      case 'in':
        raw = Array.isArray(leaf.value) && list.some((x) => (leaf.value as unknown[]).includes(x)) ? 'met' : 'notMet';
        break;
      case 'notIn':
        raw = Array.isArray(leaf.value) && !list.some((x) => (leaf.value as unknown[]).includes(x)) ? 'met' : 'notMet';
        break;
      default:
        raw = 'unknown';
    }
  }
  const status: LeafStatus = raw === 'notMet' && leaf.ifNotMet === 'unknown' ? 'unknown' : raw;
  return { raw, status, why };
}

function combine(statuses: LeafStatus[], mode: 'all' | 'any'): LeafStatus {
  const decisive = mode === 'all' ? 'notMet' : 'met';
  if (statuses.includes(decisive)) return decisive;
  if (statuses.includes('unknown')) return 'unknown';
  return mode === 'all' ? 'met' : 'notMet';
}

export interface EvalOptions {
  locale: Locale;
  templates: ReasonTemplates;
}

/**
 * Evaluates a condition tree. When `reasons` is given, collects the reasons that explain the
 * outcome: for a failed `all` only the failing parts, for a met `any` only the met parts; for an
 * unknown outcome the met and unknown parts.
 */
/** A reason not yet rendered: only the reasons that are shown get their text filled in. */
interface Pending {
  leaf: LeafCondition;
  out: LeafOutcome;
}
type Collected = Reason | Pending;
const isPending = (x: Collected): x is Pending => 'leaf' in x;

export function evaluateCondition(node: Node, c: Ctx, opts?: EvalOptions, reasons?: Reason[]): LeafStatus {
  const collected: Collected[] | undefined = reasons ? [] : undefined;
  const s = evaluateTree(node, c, collected);
  if (reasons && collected && opts) for (const x of collected) reasons.push(isPending(x) ? renderReason(x.leaf, x.out, c, opts.templates, opts.locale) : x);
  return s;
}

function statusOf(x: Collected): LeafStatus {
  return isPending(x) ? x.out.status : x.status;
}

function evaluateTree(node: Node, c: Ctx, reasons?: Collected[]): LeafStatus {
  if ('all' in node || 'any' in node) {
    const mode = 'all' in node ? 'all' : 'any';
    const children = ('all' in node ? node.all : node.any) as Node[];
    if (!reasons) return combine(children.map((x) => evaluateTree(x, c)), mode);
    const parts = children.map((x) => {
      const r: Collected[] = [];
      return { status: evaluateTree(x, c, r), r };
    });
    const status = combine(
      parts.map((p) => p.status),
      mode,
    );
    const keep = (s: LeafStatus) => (status === 'unknown' ? s !== 'notMet' : s === status);
    for (const p of parts) if (keep(p.status)) reasons.push(...p.r);
    return status;
  }
  if ('not' in node) {
    const s = evaluateTree(node.not as Node, c, reasons);
    return s === 'met' ? 'notMet' : s === 'notMet' ? 'met' : 'unknown';
  }
  const leaf = node as LeafCondition;
  const out = evaluateLeaf(leaf, c);
  if (reasons) reasons.push({ leaf, out });
  return out.status;
}

export const STATUS_OF: Record<LeafStatus, 'likely' | 'unlikely' | 'check'> = { met: 'likely', notMet: 'unlikely', unknown: 'check' };

/** The amount of a rule for this household, or null when it is not known. */
export function amountFor(rule: Rule, c: Ctx): ResultAmount | null {
  const a = rule.amount;
  if (!a) return null;
  let value: Interval | undefined;
  let meta: { kind: ResultAmount['kind']; period: ResultAmount['period']; source: ResultAmount['source']; provisional?: boolean } = { kind: a.kind, period: a.period, source: a.source };
  if (a.fromFact) {
    const f = getFact(c, a.fromFact);
    value = isInterval(f.value) ? f.value : undefined;
    if (f.amount) meta = f.amount;
  } else {
    for (const cs of a.cases ?? []) {
      const s = cs.when ? evaluateCondition(cs.when, c) : 'met';
      if (s === 'unknown') return null;
      if (s === 'notMet') continue;
      let lo = cs.perYear ?? 0;
      let hi = lo;
      for (const u of cs.perUnit ?? []) {
        const f = getFact(c, u.fact).value;
        if (!isInterval(f) || !Number.isFinite(f.hi)) return null;
        lo += f.lo * u.amount;
        hi += f.hi * u.amount;
      }
      value = { lo, hi };
      break;
    }
  }
  if (!value) return null;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    min: r2(value.lo),
    max: r2(value.hi),
    kind: meta.kind,
    per: a.per ?? 'year',
    period: meta.period,
    outdated: !(meta.period.from <= c.date && c.date <= meta.period.until),
    ...(meta.provisional ? { provisional: true } : {}),
    source: meta.source,
  };
}

/** Evaluates one rule for a household context. */
export function evaluateRule(rule: Rule, c: Ctx, opts: EvalOptions): RuleResult {
  const reasons: Collected[] = [];
  let applicable = true;
  let gate: LeafStatus = 'met';
  const gateReasons: Collected[] = [];
  if (rule.appliesTo && rule.appliesTo.all.length > 0) {
    gate = evaluateTree(rule.appliesTo, c, gateReasons);
    if (gate === 'notMet') applicable = false;
  }
  let status: LeafStatus;
  if (!applicable) {
    status = 'notMet';
    reasons.push(...gateReasons);
  } else {
    const top = rule.conditions;
    const children = 'all' in top ? top.all : top.any;
    const condReasons: Collected[] = [];
    let cond: LeafStatus;
    if (children.length === 0 && 'all' in top) {
      cond = 'met';
      if (rule.noConditionsReason) condReasons.push({ status: 'met', text: rule.noConditionsReason[opts.locale] ?? rule.noConditionsReason.nl, fact: '', relation: 'open' });
    } else cond = evaluateTree(top, c, condReasons);
    status = combine([gate, cond], 'all');
    // Met gates ("u woont in …", "u heeft kinderen") are only shown when nothing else explains the result.
    if (gate === 'unknown') reasons.push(...gateReasons);
    if (status === 'notMet') reasons.push(...condReasons.filter((r) => statusOf(r) === 'notMet'));
    else reasons.push(...condReasons);
    if (reasons.length === 0) reasons.push(...gateReasons);
  }
  // Two met tests of the same fact (a hard limit and a tighter one): the last, tighter one says enough.
  const factOf = (x: Collected) => (isPending(x) ? x.leaf.fact : x.fact);
  const lastMet = new Map<string, number>();
  reasons.forEach((r, i) => statusOf(r) === 'met' && factOf(r) && lastMet.set(factOf(r), i));
  const shown: Reason[] = reasons
    .filter((r, i) => statusOf(r) !== 'met' || !factOf(r) || lastMet.get(factOf(r)) === i)
    .map((x) => (isPending(x) ? renderReason(x.leaf, x.out, c, opts.templates, opts.locale) : x));
  const regelingStatus = STATUS_OF[status];
  const amount = regelingStatus === 'unlikely' ? null : amountFor(rule, c);
  if (amount && rule.amount) amount.note = rule.amount.note?.[opts.locale] ?? rule.amount.note?.nl;
  return {
    id: rule.name,
    status: regelingStatus,
    applicable,
    receiving: receives(c, rule.name),
    reasons: shown,
    amount,
    amountPerYear: amount && amount.min === amount.max ? amount.min : null,
  };
}

/** What the household already receives: the `receiving` list, and bijstand or AOW named as income. */
export function receives(c: Ctx, id: string): boolean {
  if (c.h.receiving?.includes(id)) return true;
  if (id === 'bijstand') return !!c.adults?.some((m) => m.incomeSources?.includes('bijstand'));
  return false;
}
