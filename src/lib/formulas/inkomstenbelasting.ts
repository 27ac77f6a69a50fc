/**
 * Net income from gross, by the 2026 rules of the Wet inkomstenbelasting 2001 (box 1) and the premies
 * volksverzekeringen: the law's own computation, used in reverse by toetsingsinkomen.ts.
 *
 *   heffing  = schijf 1: (8.10 % belasting + 17.90 % AOW + 0.10 % Anw + 9.65 % Wlz) up to € 38,883
 *              (from the AOW age without the AOW premium: 17.85 %; born before 1946 up to € 41,123)
 *            + 37.56 % up to € 78,426 + 49.50 % above               (IB art. 2.10, 2.10a; Wfsv art. 8, 10)
 *   kortingen = algemene heffingskorting (art. 8.10) + arbeidskorting on income from work (art. 8.11)
 *              + from the AOW age ouderenkorting (art. 8.17) and alleenstaande ouderenkorting (art. 8.18).
 *              From the AOW age only the non-AOW share of the algemene heffingskorting and arbeidskorting
 *              counts (art. 8.3–8.6, Wfsv art. 12): × (combined rate − AOW premium) / combined rate;
 *              ouderenkorting and alleenstaande ouderenkorting count in full (art. 8.7).
 *              Together at most the heffing (art. 8.8): kortingen are not paid out.
 *   Zvw      = 4.85 % of the income up to € 79,409 where it is withheld (AOW, pension); employers pay it
 *              for employees (werkgeversheffing), so it is not in a wage's net.
 *   net      = gross − (heffing − kortingen) − Zvw
 *
 * Not modelled: other boxes, aftrekposten, the inkomensafhankelijke combinatiekorting (not part of the
 * loonheffingskorting), the jonggehandicaptenkorting, a partner's transfer of the algemene heffingskorting
 * (only for people born before 1963 whose partner has no income), and part-year AOW age.
 */
import type { BelastingFile } from '../../schemas/parameters.ts';
import { pctOf, SCALE } from './money.ts';
import type { Values } from './select.ts';

export type BelastingValues = Values<BelastingFile['parameters']>;

export interface TaxSituation {
  /** AOW age reached for the whole year. */
  aowAge: boolean;
  /** Part of the gross income that is arbeidsinkomen (wages), in cents. */
  workIncomeCents: number;
  /** The income-related Zvw contribution is withheld from this income (AOW, pension). */
  zvwWithheld: boolean;
  /** Gets AOW for a single person: alleenstaande ouderenkorting. Only at AOW age. */
  livesAlone: boolean;
  bornBefore1946: boolean;
}

/** Everything in cents per year, rounded down to whole cents. */
export interface NetBreakdown {
  gross: number;
  heffing: number;
  algemeneHeffingskorting: number;
  arbeidskorting: number;
  ouderenkorting: number;
  alleenstaandeOuderenkorting: number;
  /** The kortingen used (at most the heffing). */
  kortingen: number;
  zvw: number;
  net: number;
}

/** Algemene heffingskorting (full amount, before the AOW-age share), scaled. */
export function algemeneHeffingskorting(grossCents: number, v: BelastingValues): number {
  return Math.max(0, v.algemeneHeffingskorting * SCALE - pctOf(Math.max(0, grossCents - v.algemeneHeffingskortingAfbouwVanaf), v.algemeneHeffingskortingAfbouwPercentage));
}

/** Arbeidskorting on an arbeidsinkomen (full amount, before the AOW-age share), scaled. */
export function arbeidskorting(workCents: number, v: BelastingValues): number {
  if (workCents <= 0) return 0;
  const a = Math.min(pctOf(workCents, v.arbeidskortingPercentage1), v.arbeidskortingMaximum1 * SCALE);
  const ab = Math.min(a + pctOf(Math.max(0, workCents - v.arbeidskortingGrens2), v.arbeidskortingPercentage2), v.arbeidskortingMaximum2 * SCALE);
  const abc = Math.min(ab + pctOf(Math.max(0, workCents - v.arbeidskortingGrens3), v.arbeidskortingPercentage3), v.arbeidskortingMaximum3 * SCALE);
  return Math.max(0, abc - pctOf(Math.max(0, workCents - v.arbeidskortingAfbouwVanaf), v.arbeidskortingAfbouwPercentage));
}

/** The scaled parts of the computation (shared by netFromGross and the fast path used for bisection). */
function parts(g: number, s: TaxSituation, v: BelastingValues) {
  const combined = v.tariefSchijf1 + v.premieAow + v.premieAnw + v.premieWlz;
  const rate1 = s.aowAge ? combined - v.premieAow : combined;
  const grens1 = s.aowAge && s.bornBefore1946 ? v.schijf1GrensGeborenVoor1946 : v.schijf1Grens;
  const heffing =
    pctOf(Math.min(g, grens1), rate1) + pctOf(Math.max(0, Math.min(g, v.schijf2Grens) - grens1), v.tariefSchijf2) + pctOf(Math.max(0, g - v.schijf2Grens), v.tariefSchijf3);
  const share = s.aowAge ? (combined - v.premieAow) / combined : 1;
  const ahk = algemeneHeffingskorting(g, v) * share;
  const ak = arbeidskorting(Math.min(s.workIncomeCents, g), v) * share;
  const ok = s.aowAge ? Math.max(0, v.ouderenkorting * SCALE - pctOf(Math.max(0, g - v.ouderenkortingAfbouwVanaf), v.ouderenkortingAfbouwPercentage)) : 0;
  const aok = s.aowAge && s.livesAlone ? v.alleenstaandeOuderenkorting * SCALE : 0;
  const kortingen = Math.min(heffing, ahk + ak + ok + aok);
  const zvw = s.zvwWithheld ? pctOf(Math.min(g, v.zvwMaximumBijdrageInkomen), v.zvwBijdragePercentageIngehouden) : 0;
  return { heffing, ahk, ak, ok, aok, kortingen, zvw };
}

/** Net per year in cents (tax rounded down to the cent). */
function netCents(g: number, s: TaxSituation, v: BelastingValues): number {
  const p = parts(g, s, v);
  return g - Math.floor((p.heffing - p.kortingen + p.zvw) / SCALE);
}

/** Net income per year from gross, all in cents. */
export function netFromGross(grossCents: number, s: TaxSituation, v: BelastingValues): NetBreakdown {
  const g = Math.max(0, grossCents);
  const p = parts(g, s, v);
  const c = (x: number) => Math.floor(x / SCALE);
  return {
    gross: g,
    heffing: c(p.heffing),
    algemeneHeffingskorting: c(p.ahk),
    arbeidskorting: c(p.ak),
    ouderenkorting: c(p.ok),
    alleenstaandeOuderenkorting: c(p.aok),
    kortingen: c(p.kortingen),
    zvw: c(p.zvw),
    net: netCents(g, s, v),
  };
}

/**
 * The smallest gross income (cents per year) whose net is at least `target` (cents per year), for one tax situation.
 * `workShare` 'all' means all income is from work, 'none' none of it, 'best' the most favourable split
 * (arbeidskorting as if the work income were min(gross, start of its phase-out)), used for a lower bound.
 * The net rises strictly with the gross (the highest marginal rate, kortingen phase-outs and Zvw included,
 * is well below 100 %), so bisection finds it exactly.
 */
export function grossFromNet(target: number, s: Omit<TaxSituation, 'workIncomeCents'>, workShare: 'all' | 'none' | 'best', v: BelastingValues): number {
  const situation: TaxSituation = { ...s, workIncomeCents: 0 };
  const net = (g: number) => {
    situation.workIncomeCents = workShare === 'all' ? g : workShare === 'best' ? Math.min(g, v.arbeidskortingAfbouwVanaf) : 0;
    return netCents(g, situation, v);
  };
  if (target <= 0) return 0;
  // The net is never above the gross, and (top rate 49.5 % + Zvw 4.85 %) never below 45 % of it.
  let lo = target - 1;
  let hi = Math.ceil(target * 2.3) + 100;
  while (net(hi) < target) hi *= 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (net(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
