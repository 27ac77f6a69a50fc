/**
 * Structural checks of rule files and norm sets, used by the content validation in the build
 * (src/lib/content/validateRules.ts) and by tests. Pure: no Node imports.
 * Returns problems with a JSON path (e.g. `conditions.all[2].reason.notMet.en`) and a Dutch message.
 */
import { FACTS } from './facts.ts';
import type { FactInfo } from './facts.ts';
import { NORM_KEYS, OPERATORS } from './types.ts';

export interface RuleProblem {
  path: string;
  message: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const NUMERIC_OPS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const LOCALES = ['nl', 'en'];

function checkText(v: unknown, path: string, out: RuleProblem[]) {
  if (!isObj(v)) {
    out.push({ path, message: 'tekst ontbreekt: geef een zin in het Nederlands (nl) en het Engels (en)' });
    return;
  }
  for (const l of LOCALES) {
    if (typeof v[l] !== 'string' || (v[l] as string).trim() === '') out.push({ path: `${path}.${l}`, message: `tekst in het ${l === 'nl' ? 'Nederlands' : 'Engels'} ontbreekt` });
  }
}

function checkLeaf(c: Record<string, unknown>, path: string, out: RuleProblem[], withReason: boolean) {
  const facts = FACTS as Record<string, FactInfo>;
  const info = typeof c.fact === 'string' ? facts[c.fact] : undefined;
  if (!info) out.push({ path: `${path}.fact`, message: `onbekend feit "${String(c.fact)}". Bekende feiten staan in docs/rules.md` });
  if (typeof c.operator !== 'string' || !(OPERATORS as readonly string[]).includes(c.operator)) {
    out.push({ path: `${path}.operator`, message: `onbekende operator "${String(c.operator)}". Kies uit: ${OPERATORS.join(', ')}` });
  } else {
    const op = c.operator;
    if (!('value' in c)) out.push({ path: `${path}.value`, message: 'waarde (value) ontbreekt' });
    else if (NUMERIC_OPS.includes(op) && typeof c.value !== 'number') out.push({ path: `${path}.value`, message: `operator ${op} vraagt een getal als waarde` });
    else if ((op === 'in' || op === 'notIn') && !Array.isArray(c.value)) out.push({ path: `${path}.value`, message: `operator ${op} vraagt een lijst als waarde` });
    else if (info && NUMERIC_OPS.includes(op) && info.type !== 'number') out.push({ path: `${path}.operator`, message: `feit "${String(c.fact)}" is geen getal; ${op} kan niet` });
    else if (info && (op === 'equal' || op === 'notEqual') && typeof c.value !== info.type) {
      out.push({ path: `${path}.value`, message: `feit "${String(c.fact)}" is van type ${info.type}, maar de waarde is ${typeof c.value}` });
    } else if (info?.values && (op === 'equal' || op === 'notEqual') && !info.values.includes(c.value as string)) {
      out.push({ path: `${path}.value`, message: `"${String(c.value)}" is geen mogelijke waarde van ${String(c.fact)}: ${info.values.join(', ')}` });
    }
  }
  if (c.ifNotMet !== undefined && c.ifNotMet !== 'unknown') out.push({ path: `${path}.ifNotMet`, message: 'ifNotMet mag alleen "unknown" zijn' });
  if (!withReason) return;
  if (!isObj(c.reason)) {
    out.push({ path: `${path}.reason`, message: 'reden (reason) ontbreekt: geef met, notMet en unknown in nl en en' });
    return;
  }
  const states = c.ifNotMet === 'unknown' ? ['met', 'unknown'] : ['met', 'notMet', 'unknown'];
  for (const s of states) checkText(c.reason[s], `${path}.reason.${s}`, out);
}

function checkCondition(c: unknown, path: string, out: RuleProblem[], withReason: boolean, depth = 0) {
  if (depth > 20) {
    out.push({ path, message: 'voorwaarden zijn te diep genest' });
    return;
  }
  if (!isObj(c)) {
    out.push({ path, message: 'voorwaarde moet een object zijn' });
    return;
  }
  const kinds = ['all', 'any', 'not', 'fact'].filter((k) => k in c);
  if (kinds.length !== 1) {
    out.push({ path, message: 'voorwaarde moet precies één van all, any, not of fact hebben' });
    return;
  }
  const k = kinds[0];
  if (k === 'all' || k === 'any') {
    const list = c[k];
    if (!Array.isArray(list)) out.push({ path: `${path}.${k}`, message: `${k} moet een lijst zijn` });
    else list.forEach((x, i) => checkCondition(x, `${path}.${k}[${i}]`, out, withReason, depth + 1));
  } else if (k === 'not') checkCondition(c.not, `${path}.not`, out, withReason, depth + 1);
  else checkLeaf(c, path, out, withReason);
}

/** Checks one parsed rule file; `slug` is the file name without .rule.json. */
export function checkRule(rule: unknown, slug: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!isObj(rule)) return [{ path: '', message: 'regel moet een JSON-object zijn' }];
  if (rule.name !== slug) out.push({ path: 'name', message: `name moet gelijk zijn aan de bestandsnaam: "${slug}"` });
  const ev = rule.event;
  if (!isObj(ev) || ev.type !== 'eligible') out.push({ path: 'event.type', message: 'event.type moet "eligible" zijn' });
  if (!isObj(ev) || !isObj(ev.params) || ev.params.regeling !== slug) out.push({ path: 'event.params.regeling', message: `event.params.regeling moet "${slug}" zijn` });
  const top = rule.conditions;
  if (!isObj(top) || !('all' in top || 'any' in top || 'not' in top) || 'fact' in top) {
    out.push({ path: 'conditions', message: 'conditions moet beginnen met all, any of not' });
  } else {
    checkCondition(top, 'conditions', out, true);
    if (Array.isArray(top.all) && top.all.length === 0) {
      if (rule.noConditionsReason === undefined) out.push({ path: 'noConditionsReason', message: 'een regeling zonder voorwaarden moet uitleggen dat ze voor iedereen is (noConditionsReason)' });
      else checkText(rule.noConditionsReason, 'noConditionsReason', out);
    }
    if (Array.isArray(top.any) && top.any.length === 0) out.push({ path: 'conditions.any', message: 'any mag niet leeg zijn' });
  }
  if (rule.amount !== undefined) checkAmount(rule.amount, out);
  const known = ['name', 'conditions', 'event', 'noConditionsReason', 'amount', 'priority'];
  for (const key of Object.keys(rule)) if (!known.includes(key)) out.push({ path: key, message: `onbekend veld "${key}"` });
  return out;
}

function checkAmount(a: unknown, out: RuleProblem[]) {
  if (!isObj(a)) {
    out.push({ path: 'amount', message: 'amount moet een object zijn' });
    return;
  }
  if (!Array.isArray(a.cases) || a.cases.length === 0) out.push({ path: 'amount.cases', message: 'amount.cases moet een niet-lege lijst zijn' });
  else
    a.cases.forEach((c, i) => {
      const p = `amount.cases[${i}]`;
      if (!isObj(c)) return out.push({ path: p, message: 'moet een object zijn' });
      if (c.when !== undefined) checkCondition(c.when, `${p}.when`, out, false);
      if (c.perYear !== undefined && (typeof c.perYear !== 'number' || c.perYear < 0)) out.push({ path: `${p}.perYear`, message: 'moet een bedrag (getal ≥ 0) zijn' });
      if (c.perYear === undefined && c.perUnit === undefined) out.push({ path: p, message: 'geef perYear of perUnit' });
      if (c.perUnit !== undefined) {
        if (!Array.isArray(c.perUnit)) out.push({ path: `${p}.perUnit`, message: 'moet een lijst zijn' });
        else
          c.perUnit.forEach((u, j) => {
            const f = isObj(u) ? (FACTS as Record<string, FactInfo>)[u.fact as string] : undefined;
            if (!f || f.type !== 'number') out.push({ path: `${p}.perUnit[${j}].fact`, message: 'moet een bekend feit zijn dat een getal is' });
            if (!isObj(u) || typeof u.amount !== 'number') out.push({ path: `${p}.perUnit[${j}].amount`, message: 'moet een bedrag zijn' });
          });
      }
    });
  if (typeof a.period !== 'string' || !a.period) out.push({ path: 'amount.period', message: 'zeg voor welk jaar het bedrag geldt' });
  if (!['fixed', 'maximum', 'indicative'].includes(a.kind as string)) out.push({ path: 'amount.kind', message: 'moet fixed, maximum of indicative zijn' });
  checkText(a.note, 'amount.note', out);
  if (!isObj(a.source) || typeof a.source.url !== 'string' || !/^https?:\/\//.test(a.source.url) || typeof a.source.title !== 'string') {
    out.push({ path: 'amount.source', message: 'geef een bron met url en title' });
  }
}

/** Checks one norm set file; `base` is the file name without .json (must equal validFrom). */
export function checkNormSet(n: unknown, base: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!isObj(n)) return [{ path: '', message: 'normenset moet een JSON-object zijn' }];
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if (n.validFrom !== base) out.push({ path: 'validFrom', message: `validFrom moet gelijk zijn aan de bestandsnaam: "${base}"` });
  if (typeof n.validUntil !== 'string' || !date.test(n.validUntil) || n.validUntil < base) out.push({ path: 'validUntil', message: 'validUntil moet een datum (JJJJ-MM-DD) op of na validFrom zijn' });
  if (!Array.isArray(n.sources) || n.sources.length === 0) out.push({ path: 'sources', message: 'geef minstens één bron' });
  const pos = (v: unknown, path: string) => {
    if (typeof v !== 'number' || !(v > 0)) out.push({ path, message: 'moet een positief bedrag zijn' });
  };
  const b = n.bijstandsnormenInclVakantietoeslag;
  if (!isObj(b)) out.push({ path: 'bijstandsnormenInclVakantietoeslag', message: 'ontbreekt' });
  else for (const k of NORM_KEYS) pos(b[k], `bijstandsnormenInclVakantietoeslag.${k}`);
  if (typeof n.vakantietoeslagFactor !== 'number' || n.vakantietoeslagFactor <= 0 || n.vakantietoeslagFactor > 1) out.push({ path: 'vakantietoeslagFactor', message: 'moet een getal tussen 0 en 1 zijn' });
  const v = n.vermogensgrenzen;
  if (!isObj(v)) out.push({ path: 'vermogensgrenzen', message: 'ontbreekt' });
  else for (const k of ['alleenstaande', 'alleenstaandeOuder', 'paar']) pos(v[k], `vermogensgrenzen.${k}`);
  const t = n.toeslagen;
  if (!isObj(t)) out.push({ path: 'toeslagen', message: 'ontbreekt' });
  else
    for (const k of ['zorgtoeslagIncomeLimitYearly', 'zorgtoeslagAssetLimit', 'huurtoeslagAssetLimit', 'kindgebondenBudgetAssetLimit']) {
      const pair = t[k];
      if (!isObj(pair)) out.push({ path: `toeslagen.${k}`, message: 'ontbreekt' });
      else for (const s of ['single', 'partner']) pos(pair[s], `toeslagen.${k}.${s}`);
    }
  const vb = n.voedselbank;
  if (!isObj(vb)) out.push({ path: 'voedselbank', message: 'ontbreekt' });
  else for (const k of ['basePerMonth', 'perPersonPerMonth']) pos(vb[k], `voedselbank.${k}`);
  return out;
}
