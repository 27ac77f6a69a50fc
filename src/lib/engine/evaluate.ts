/**
 * Three-state evaluator of json-rules-engine condition JSON.
 * Leaf: unknown fact → unknown; otherwise the json-rules-engine operator decides met / notMet.
 * all: any notMet → notMet, else any unknown → unknown, else met.
 * any: any met → met, else any unknown → unknown, else notMet.
 * not: swaps met and notMet; unknown stays unknown (json-rules-engine would say true).
 */
import type { Amount, AmountCondition, Condition, Facts, LeafCondition, LeafStatus, Locale, Reason, RegelingStatus, Rule, RuleResult } from './types.ts';

type Op = (fact: unknown, value: unknown) => boolean;
const isNum = (v: unknown) => Number.parseFloat(v as string).toString() !== 'NaN';
const lt = (a: unknown, b: unknown) => (a as number) < (b as number);
const lte = (a: unknown, b: unknown) => (a as number) <= (b as number);

/** Same semantics as json-rules-engine's default operators (engine-default-operators.js). */
export const OPERATOR_FUNCTIONS: Record<string, Op> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNum(a) && lt(a, b),
  lessThanInclusive: (a, b) => isNum(a) && lte(a, b),
  greaterThan: (a, b) => isNum(a) && lt(b, a),
  greaterThanInclusive: (a, b) => isNum(a) && lte(b, a),
};

type Node = Condition | AmountCondition;

/** Status of one leaf (before `ifNotMet`). */
export function leafStatus(leaf: { fact: string; operator: string; value: unknown }, facts: Facts): LeafStatus {
  const v = facts[leaf.fact];
  if (v === undefined || v === null) return 'unknown';
  const op = OPERATOR_FUNCTIONS[leaf.operator];
  if (!op) return 'unknown';
  return op(v, leaf.value) ? 'met' : 'notMet';
}

function combine(statuses: LeafStatus[], mode: 'all' | 'any'): LeafStatus {
  const decisive = mode === 'all' ? 'notMet' : 'met';
  if (statuses.includes(decisive)) return decisive;
  if (statuses.includes('unknown')) return 'unknown';
  return mode === 'all' ? 'met' : 'notMet';
}

/**
 * Evaluates a condition tree. When `reasons` is given, collects the reasons that explain the
 * outcome: for a failed `all` only the failing parts, for a met `any` only the met parts, and so on.
 */
export function evaluateCondition(node: Node, facts: Facts, locale: Locale = 'nl', reasons?: Reason[]): LeafStatus {
  if ('all' in node || 'any' in node) {
    const mode = 'all' in node ? 'all' : 'any';
    const children = ('all' in node ? node.all : node.any) as Node[];
    if (!reasons) return combine(children.map((c) => evaluateCondition(c, facts, locale)), mode);
    const parts = children.map((c) => {
      const r: Reason[] = [];
      return { status: evaluateCondition(c, facts, locale, r), r };
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
    const s = evaluateCondition(node.not as Node, facts, locale, reasons);
    return s === 'met' ? 'notMet' : s === 'notMet' ? 'met' : 'unknown';
  }
  let s = leafStatus(node, facts);
  const leaf = node as LeafCondition;
  if (s === 'notMet' && leaf.ifNotMet === 'unknown') s = 'unknown';
  if (reasons && leaf.reason) reasons.push({ status: s, text: leaf.reason[s]?.[locale] ?? '' });
  return s;
}

export const STATUS_OF: Record<LeafStatus, RegelingStatus> = { met: 'likely', notMet: 'unlikely', unknown: 'check' };

/** Indicative amount per year, or null when it is not known for this household. */
export function amountFor(amount: Amount | undefined, facts: Facts): number | null {
  if (!amount) return null;
  for (const c of amount.cases) {
    const s = c.when ? evaluateCondition(c.when, facts) : 'met';
    if (s === 'unknown') return null;
    if (s === 'notMet') continue;
    let total = c.perYear ?? 0;
    for (const u of c.perUnit ?? []) {
      const v = facts[u.fact];
      if (typeof v !== 'number') return null;
      total += v * u.amount;
    }
    return Math.round(total * 100) / 100;
  }
  return null;
}

/** Evaluates one rule against already derived facts. */
export function evaluateRule(rule: Rule, facts: Facts, options: { locale?: Locale } = {}): RuleResult {
  const locale = options.locale ?? 'nl';
  const reasons: Reason[] = [];
  const top = rule.conditions;
  const children = 'all' in top ? top.all : 'any' in top ? top.any : [top.not];
  let status: LeafStatus;
  if (children.length === 0 && 'all' in top) {
    status = 'met';
    if (rule.noConditionsReason) reasons.push({ status: 'met', text: rule.noConditionsReason[locale] });
  } else status = evaluateCondition(top, facts, locale, reasons);
  const regelingStatus = STATUS_OF[status];
  return {
    id: rule.event?.params?.regeling ?? rule.name,
    status: regelingStatus,
    reasons,
    amountPerYear: regelingStatus === 'unlikely' ? null : amountFor(rule.amount, facts),
  };
}
