/**
 * Structural checks of rule files and norm sets, used by the content validation in the build
 * (src/lib/content/validateRules.ts) and by tests. Pure: no Node imports.
 * Returns problems with a JSON path (e.g. `conditions.all[2].operator`) and a Dutch message.
 * With `templates` it also checks that every reason a leaf can produce has a template in every
 * language (src/i18n/<locale>/reasons.json).
 */
import { FACTS, type FactInfo } from './facts.ts';
import { isIsoDate } from './household.ts';
import { templateKeys } from './reasons.ts';
import { lookup, type Dict } from './text.ts';
import { NORM_KEYS, OPERATORS } from './types.ts';

export interface RuleProblem {
  path: string;
  message: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const NUMERIC_OPS = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
const RELATIONS: Record<string, [string, string]> = {
  lessThanInclusive: ['atMost', 'above'],
  lessThan: ['below', 'atLeast'],
  greaterThanInclusive: ['atLeast', 'below'],
  greaterThan: ['above', 'atMost'],
};
const https = (u: unknown) => typeof u === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(u);

export interface CheckOptions {
  /** Reason templates per locale; when given, every reason a leaf can produce must have a template. */
  templates?: Record<string, Dict>;
}

function checkText(v: unknown, path: string, out: RuleProblem[]) {
  if (!isObj(v) || typeof v.nl !== 'string' || v.nl.trim() === '') out.push({ path, message: 'tekst ontbreekt: geef minstens een zin in het Nederlands (nl)' });
  else for (const [k, t] of Object.entries(v)) if (typeof t !== 'string' || t.trim() === '') out.push({ path: `${path}.${k}`, message: 'tekst is leeg' });
}

function checkSources(v: unknown, path: string, out: RuleProblem[]) {
  if (!Array.isArray(v) || v.length === 0) return out.push({ path, message: 'geef minstens één bron (wet, regeling of pagina) waar de voorwaarden vandaan komen' });
  v.forEach((s, i) => {
    if (!isObj(s) || !https(s.url)) out.push({ path: `${path}[${i}].url`, message: 'moet een https-adres zijn' });
    if (!isObj(s) || typeof s.title !== 'string' || !s.title.trim()) out.push({ path: `${path}[${i}].title`, message: 'titel van de bron ontbreekt' });
  });
}

function neededRelations(info: FactInfo, op: string): string[] {
  if (info.type === 'number') return RELATIONS[op] ? [...RELATIONS[op]] : ['equal', 'notEqual'];
  if (info.type === 'boolean') return ['true', 'false'];
  if (info.list) return ['matches', 'other'];
  if (info.values) return [...info.values];
  return [];
}

function checkLeaf(c: Record<string, unknown>, path: string, out: RuleProblem[], withReason: boolean, opts: CheckOptions) {
  const facts = FACTS as Record<string, FactInfo>;
  const info = typeof c.fact === 'string' ? facts[c.fact] : undefined;
  if (!info) out.push({ path: `${path}.fact`, message: `onbekend feit "${String(c.fact)}". Bekende feiten staan in docs/rules.md` });
  const op = c.operator;
  if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) {
    out.push({ path: `${path}.operator`, message: `onbekende operator "${String(op)}". Kies uit: ${OPERATORS.join(', ')}` });
  } else if (!('value' in c)) out.push({ path: `${path}.value`, message: 'waarde (value) ontbreekt' });
  else if (NUMERIC_OPS.includes(op) && typeof c.value !== 'number') out.push({ path: `${path}.value`, message: `operator ${op} vraagt een getal als waarde` });
  else if ((op === 'in' || op === 'notIn') && !Array.isArray(c.value)) out.push({ path: `${path}.value`, message: `operator ${op} vraagt een lijst als waarde` });
  else if (info && NUMERIC_OPS.includes(op) && info.type !== 'number') out.push({ path: `${path}.operator`, message: `feit "${String(c.fact)}" is geen getal; ${op} kan niet` });
  else if (info && (op === 'equal' || op === 'notEqual') && typeof c.value !== info.type) {
    out.push({ path: `${path}.value`, message: `feit "${String(c.fact)}" is van type ${info.type}, maar de waarde is ${typeof c.value}` });
  } else if (info?.values && (op === 'equal' || op === 'notEqual') && !info.values.includes(c.value as string)) {
    out.push({ path: `${path}.value`, message: `"${String(c.value)}" is geen mogelijke waarde van ${String(c.fact)}: ${info.values.join(', ')}` });
  }
  if (c.params !== undefined) {
    if (!isObj(c.params)) out.push({ path: `${path}.params`, message: 'params moet een object zijn' });
    else
      for (const [k, v] of Object.entries(c.params)) {
        const allowed = info?.params?.[k];
        if (!allowed) out.push({ path: `${path}.params.${k}`, message: `feit "${String(c.fact)}" kent geen parameter "${k}"` });
        else if (allowed === 'date') {
          if (typeof v !== 'string' || !isIsoDate(v)) out.push({ path: `${path}.params.${k}`, message: `ongeldige datum "${String(v)}"; schrijf JJJJ-MM-DD` });
        } else if (allowed === 'slug' ? typeof v !== 'string' || !/^[a-z0-9-]+$/.test(v) : !allowed.includes(v as string)) out.push({ path: `${path}.params.${k}`, message: `ongeldige waarde "${String(v)}"${allowed === 'slug' ? '' : `; kies uit: ${allowed.join(', ')}`}` });
      }
  }
  if (c.ifNotMet !== undefined && c.ifNotMet !== 'unknown') out.push({ path: `${path}.ifNotMet`, message: 'ifNotMet mag alleen "unknown" zijn' });
  for (const k of Object.keys(c)) if (!['fact', 'operator', 'value', 'params', 'ifNotMet', 'reason', 'because'].includes(k)) out.push({ path: `${path}.${k}`, message: `onbekend veld "${k}"` });
  if (!withReason) return;
  if (c.reason !== undefined) {
    if (!isObj(c.reason)) out.push({ path: `${path}.reason`, message: 'reason moet per uitkomst (met, notMet, unknown) een tekst geven' });
    else for (const [k, v] of Object.entries(c.reason)) ['met', 'notMet', 'unknown'].includes(k) ? checkText(v, `${path}.reason.${k}`, out) : out.push({ path: `${path}.reason.${k}`, message: 'alleen met, notMet of unknown' });
  }
  if (c.because !== undefined) checkText(c.because, `${path}.because`, out);
  if (opts.templates && info && typeof op === 'string' && typeof c.fact === 'string') {
    const override = isObj(c.reason) ? c.reason : {};
    for (const [locale, dict] of Object.entries(opts.templates)) {
      const rels = neededRelations(info, op);
      for (const rel of [...rels, 'unknown']) {
        if (rel === 'unknown' && override.unknown) continue;
        const found = templateKeys(c.fact, rel).some((k) => lookup(dict, k, locale) !== undefined || lookup(dict, `${k}_other`, locale) !== undefined);
        if (!found) out.push({ path: `${path}.fact`, message: `geen redentekst facts.${c.fact}.${rel} in src/i18n/${locale}/reasons.json` });
      }
    }
  }
}

function checkCondition(c: unknown, path: string, out: RuleProblem[], withReason: boolean, opts: CheckOptions, depth = 0) {
  if (depth > 20) return out.push({ path, message: 'voorwaarden zijn te diep genest' });
  if (!isObj(c)) return out.push({ path, message: 'voorwaarde moet een object zijn' });
  const kinds = ['all', 'any', 'not', 'fact'].filter((k) => k in c);
  if (kinds.length !== 1) return out.push({ path, message: 'voorwaarde moet precies één van all, any, not of fact hebben' });
  const k = kinds[0] as string;
  if (k === 'all' || k === 'any') {
    const list = c[k];
    if (!Array.isArray(list)) out.push({ path: `${path}.${k}`, message: `${k} moet een lijst zijn` });
    else list.forEach((x, i) => checkCondition(x, `${path}.${k}[${i}]`, out, withReason, opts, depth + 1));
  } else if (k === 'not') checkCondition(c.not, `${path}.not`, out, withReason, opts, depth + 1);
  else checkLeaf(c, path, out, withReason, opts);
}

/** Checks one parsed rule file; `slug` is the file name without .rule.json. */
export function checkRule(rule: unknown, slug: string, opts: CheckOptions = {}): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!isObj(rule)) return [{ path: '', message: 'regel moet een JSON-object zijn' }];
  if (rule.name !== slug) out.push({ path: 'name', message: `name moet gelijk zijn aan de bestandsnaam: "${slug}"` });
  checkSources(rule.sources, 'sources', out);
  if (rule.appliesTo !== undefined) {
    if (!isObj(rule.appliesTo) || !Array.isArray(rule.appliesTo.all)) out.push({ path: 'appliesTo', message: 'appliesTo moet {"all": [...]} zijn' });
    else checkCondition(rule.appliesTo, 'appliesTo', out, true, opts);
  }
  const top = rule.conditions;
  if (!isObj(top) || !('all' in top || 'any' in top) || 'fact' in top || 'not' in top) {
    out.push({ path: 'conditions', message: 'conditions moet beginnen met all of any' });
  } else {
    checkCondition(top, 'conditions', out, true, opts);
    if (Array.isArray(top.all) && top.all.length === 0) {
      if (rule.noConditionsReason === undefined) out.push({ path: 'noConditionsReason', message: 'een regeling zonder voorwaarden moet uitleggen voor wie ze is (noConditionsReason)' });
      else checkText(rule.noConditionsReason, 'noConditionsReason', out);
    }
    if (Array.isArray(top.any) && top.any.length === 0) out.push({ path: 'conditions.any', message: 'any mag niet leeg zijn' });
  }
  if (rule.amount !== undefined) checkAmount(rule.amount, out, opts);
  const known = ['name', 'sources', 'appliesTo', 'conditions', 'noConditionsReason', 'amount'];
  for (const key of Object.keys(rule)) if (!known.includes(key)) out.push({ path: key, message: `onbekend veld "${key}"` });
  return out;
}

function checkAmount(a: unknown, out: RuleProblem[], opts: CheckOptions) {
  if (!isObj(a)) return out.push({ path: 'amount', message: 'amount moet een object zijn' });
  const facts = FACTS as Record<string, FactInfo>;
  if (a.fromFact !== undefined) {
    if (typeof a.fromFact !== 'string' || facts[a.fromFact]?.type !== 'number') out.push({ path: 'amount.fromFact', message: 'moet een bekend feit zijn dat een bedrag is' });
  } else if (!Array.isArray(a.cases) || a.cases.length === 0) out.push({ path: 'amount.cases', message: 'geef amount.cases (een niet-lege lijst) of amount.fromFact' });
  else
    a.cases.forEach((c, i) => {
      const p = `amount.cases[${i}]`;
      if (!isObj(c)) return out.push({ path: p, message: 'moet een object zijn' });
      if (c.when !== undefined) checkCondition(c.when, `${p}.when`, out, false, opts);
      if (c.perYear !== undefined && (typeof c.perYear !== 'number' || c.perYear < 0)) out.push({ path: `${p}.perYear`, message: 'moet een bedrag (getal ≥ 0) zijn' });
      if (c.perYear === undefined && c.perUnit === undefined) out.push({ path: p, message: 'geef perYear of perUnit' });
      if (c.perUnit !== undefined) {
        if (!Array.isArray(c.perUnit)) out.push({ path: `${p}.perUnit`, message: 'moet een lijst zijn' });
        else
          c.perUnit.forEach((u, j) => {
            const f = isObj(u) ? facts[u.fact as string] : undefined;
            if (!f || f.type !== 'number') out.push({ path: `${p}.perUnit[${j}].fact`, message: 'moet een bekend feit zijn dat een getal is' });
            if (!isObj(u) || typeof u.amount !== 'number') out.push({ path: `${p}.perUnit[${j}].amount`, message: 'moet een bedrag zijn' });
          });
      }
    });
  const period = a.period;
  if (!isObj(period) || typeof period.from !== 'string' || !isIsoDate(period.from) || typeof period.until !== 'string' || !isIsoDate(period.until) || period.until < period.from) {
    out.push({ path: 'amount.period', message: 'zeg met datums voor welke periode het bedrag geldt: {"from": "JJJJ-MM-DD", "until": "JJJJ-MM-DD"}' });
  }
  if (!['exact', 'estimate', 'maximum', 'fixed'].includes(a.kind as string)) out.push({ path: 'amount.kind', message: 'moet exact, estimate, maximum of fixed zijn' });
  if (a.per !== undefined && a.per !== 'year' && a.per !== 'once') out.push({ path: 'amount.per', message: 'moet year of once zijn' });
  checkText(a.note, 'amount.note', out);
  if (!isObj(a.source) || !https(a.source.url) || typeof a.source.title !== 'string') out.push({ path: 'amount.source', message: 'geef een bron met een https-url en een titel' });
}

/** Checks one norm set file; `base` is the file name without .json (must equal validFrom). */
export function checkNormSet(n: unknown, base: string): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!isObj(n)) return [{ path: '', message: 'normenset moet een JSON-object zijn' }];
  if (n.validFrom !== base) out.push({ path: 'validFrom', message: `validFrom moet gelijk zijn aan de bestandsnaam: "${base}"` });
  if (typeof n.validUntil !== 'string' || !isIsoDate(n.validUntil) || n.validUntil < base) out.push({ path: 'validUntil', message: 'validUntil moet een datum (JJJJ-MM-DD) op of na validFrom zijn' });
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
  const inr = n.inrichting;
  if (!isObj(inr) || !isObj(inr.verhoging)) out.push({ path: 'inrichting', message: 'ontbreekt: normen voor wie in een instelling woont (Participatiewet art. 23)' });
  else {
    pos(inr.alleenstaande, 'inrichting.alleenstaande');
    pos(inr.paar, 'inrichting.paar');
    pos(inr.verhoging.alleenstaande, 'inrichting.verhoging.alleenstaande');
    pos(inr.verhoging.paar, 'inrichting.verhoging.paar');
  }
  if (!isObj(n.toeslag18Tot20)) out.push({ path: 'toeslag18Tot20', message: 'ontbreekt (Participatiewet art. 20 lid 3)' });
  else pos(n.toeslag18Tot20.bedrag, 'toeslag18Tot20.bedrag');
  const ix = n.indexatie;
  if (!isObj(ix) || typeof ix.maxPerJaarProcent !== 'number' || ix.maxPerJaarProcent < 0 || ix.maxPerJaarProcent > 20 || typeof ix.note !== 'string' || !Array.isArray(ix.sources) || ix.sources.length === 0) {
    out.push({ path: 'indexatie', message: 'geef maxPerJaarProcent (grootste jaarlijkse stijging in de bronnen), een note met de berekening en bronnen' });
  }
  return out;
}
