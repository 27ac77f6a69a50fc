/**
 * Reason texts, defined ONCE per fact in src/i18n/<locale>/reasons.json (`facts.<fact>.<relation>`)
 * and filled with this household's values: its own norm category, the limit in euros, the
 * distance. The sentence describes where the household's value lies ("Uw inkomen is €37 per maand
 * hoger dan de grens van €1.483"), not the rule's direction, so two results on one page can never
 * contradict each other about the same fact.
 *
 * Relations: numbers `atMost`, `above`, `atLeast`, `below` (against the rule's threshold),
 * booleans `true`/`false`, strings their value; `unknown`. Variants `<relation>_<why>` say why a
 * value is unknown or what it rests on (`unknown_income`, `unknown_provisional`, `false_noMoneyWorries`).
 * A rule may replace a sentence (`reason`) or add why it matters (`because`).
 */
import { factDef, getFact, type Ctx } from './facts.ts';
import { isInterval } from './interval.ts';
import { fill, lookup, type Dict, type Vars } from './text.ts';
import type { LeafCondition, LeafStatus, Locale, Reason } from './types.ts';
import type { LeafOutcome } from './evaluate.ts';

export type ReasonTemplates = Dict;

const NUMERIC_RELATION: Record<string, { met: string; notMet: string }> = {
  lessThanInclusive: { met: 'atMost', notMet: 'above' },
  lessThan: { met: 'below', notMet: 'atLeast' },
  greaterThanInclusive: { met: 'atLeast', notMet: 'below' },
  greaterThan: { met: 'above', notMet: 'atMost' },
  equal: { met: 'equal', notMet: 'notEqual' },
  notEqual: { met: 'notEqual', notMet: 'equal' },
};

/** Where the household's value lies, as a template key. */
export function relationOf(leaf: { fact: string; operator: string; value: unknown }, raw: LeafStatus, value: unknown): string {
  if (raw === 'unknown' || value === undefined) return 'unknown';
  if (isInterval(value)) {
    const r = NUMERIC_RELATION[leaf.operator];
    return r ? r[raw] : 'unknown';
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (factDef(leaf.fact)?.list) return raw === 'met' ? 'matches' : 'other';
  return String(value);
}

/** Template keys to try, most specific first. */
export function templateKeys(fact: string, relation: string, why?: string): string[] {
  return [...(why ? [`facts.${fact}.${relation}_${why}`] : []), `facts.${fact}.${relation}`];
}

export function renderReason(leaf: LeafCondition, out: LeafOutcome, c: Ctx, templates: ReasonTemplates, locale: Locale): Reason {
  const def = factDef(leaf.fact);
  const params = leaf.params ?? {};
  const comp = getFact(c, leaf.fact, params);
  const relation = relationOf(leaf, out.raw, comp.value);
  const vars: Vars = { ...comp.vars };
  if (typeof leaf.value === 'number') {
    vars.limit ??= leaf.value;
    Object.assign(vars, def?.limitVars?.(c, leaf.value, params));
  }
  if (isInterval(comp.value)) {
    vars.value ??= comp.value.lo;
    vars.valueTo ??= Number.isFinite(comp.value.hi) ? comp.value.hi : undefined;
  }
  const count = typeof vars.count === 'number' ? vars.count : undefined;
  let text: string | undefined = leaf.reason?.[out.status]?.[locale] ?? leaf.reason?.[out.status]?.nl;
  if (!text) {
    for (const key of templateKeys(leaf.fact, relation, out.why)) {
      text = lookup(templates, key, locale, count);
      if (text) break;
    }
  }
  let sentence = fill(text ?? `[${leaf.fact}.${relation}]`, vars, locale, templates);
  if (out.status === 'notMet' && leaf.because) sentence = `${sentence} ${leaf.because[locale] ?? leaf.because.nl}`;
  const reason: Reason = { status: out.status, text: sentence, fact: leaf.fact, relation };
  if (typeof leaf.value === 'number') {
    const t = def?.threshold ? def.threshold(leaf.value, params, c) : { lo: leaf.value, hi: leaf.value };
    if (t.lo === t.hi) reason.limit = Math.round(t.lo * 1e6) / 1e6;
  }
  return reason;
}
