/**
 * A range for the toetsingsinkomen (gross yearly income, as on the jaaropgaaf) of one adult, derived from
 * what arrives in the bank per month. Use it only when the gross income is not known: ask for it first
 * ("Weet u uw bruto jaarinkomen? Het staat op uw jaaropgaaf.").
 *
 * Method (docs/formulas.md, "Toetsingsinkomen from net"):
 * 1. Yearly net = 12 × the monthly net, plus the holiday allowance when the monthly net leaves it out:
 *    wages 8 % of the gross (statutory minimum, WML art. 15), bijstand 5 % of the norm including it
 *    (Participatiewet art. 19), AOW, pension and UWV benefits "unknown, between 0 and 8 % of the gross".
 * 2. Gross = the income whose net under the 2026 income tax, premiums, heffingskortingen and the withheld
 *    Zvw contribution equals that yearly net (inkomstenbelasting.ts, the law's computation reversed).
 *    This assumes one payer applies the loonheffingskorting, as for nearly everyone with one income.
 * 3. Whatever is not known (is the holiday allowance included, which part is from work, is Zvw withheld,
 *    does the person live alone) is taken at both extremes; the range spans them.
 * 4. Stated error margin: the range is widened by 2 % of the gross, at least € 150, on each side, for the
 *    monthly withholding tables (which round and spread kortingen differently from the yearly tax) and the
 *    other small items not modelled (see inkomstenbelasting.ts).
 * Not covered: a 13th month or bonus, a holiday allowance above 8 %, several jobs or benefits that each
 * apply no loonheffingskorting, income from a business, alimony, or a year with a change of income.
 */
import { centsToEuros, rangeToCents, toRange } from './money.ts';
import type { Range } from './money.ts';
import { grossFromNet } from './inkomstenbelasting.ts';
import type { BelastingValues } from './inkomstenbelasting.ts';
import { onDate } from './outcome.ts';
import type { Outcome } from './outcome.ts';
import type { ParameterFiles } from './parameterFiles.ts';
import { combineValidity, resolveValues, selectParameters } from './select.ts';

/** The household's income sources that this method handles (the names the household schema uses). */
export const NET_INCOME_KINDS = ['work', 'bijstand', 'aow', 'pension', 'uwv'] as const;
export type NetIncomeKind = (typeof NET_INCOME_KINDS)[number];

export interface NetIncomeInput {
  /** What arrives in the bank per month, in euros (after loonheffing and withheld contributions). */
  netPerMonth: number | Range;
  /** Where the income comes from (at least one). */
  sources: readonly NetIncomeKind[];
  /** Has reached the AOW age (for the whole year). */
  aowAge: boolean;
  /** Lives alone (gets AOW for a single person). Only matters at AOW age; unknown: leave out. */
  livesAlone?: boolean;
  /** Born before 1 January 1946. Only matters at AOW age; unknown: leave out. */
  bornBefore1946?: boolean;
  /** The monthly net already includes the holiday allowance (averaged over the year); unknown: leave out. */
  holidayPayIncluded?: boolean;
}

/** How the holiday allowance relates to the monthly net, per source. */
type Holiday = { on: 'gross'; max: number; known: boolean } | { on: 'net-norm'; pct: number };

export interface ToetsingsinkomenEstimate {
  perYear: Range;
  /** Always an estimate: the formulas' results from it are estimates too. */
  kind: 'estimate';
  /** The range before the error margin was added. */
  beforeMargin: Range;
  /** What was assumed at each end (for a "why" line). */
  assumptions: {
    holidayPay: { low: string; high: string };
    workShare: { low: 'all' | 'none' | 'best'; high: 'all' | 'none' | 'best' };
    zvwWithheld: { low: boolean; high: boolean };
  };
}

/** Error margin on each side: a share of the gross, with a minimum in cents. */
export const MARGIN_PERCENT = 2;
export const MARGIN_MINIMUM_CENTS = 15_000;

function holidayOf(kind: NetIncomeKind, v: BelastingValues): Holiday {
  switch (kind) {
    case 'work':
      return { on: 'gross', max: v.vakantiebijslagLoonPercentage, known: true };
    case 'bijstand':
      return { on: 'net-norm', pct: v.vakantietoeslagBijstandPercentage };
    default:
      // AOW vakantie-uitkering, pension funds and UWV: the share is not sourced; bounded by the 8 % of wages.
      return { on: 'gross', max: v.vakantiebijslagLoonPercentage, known: false };
  }
}

/** Zvw withheld from this income: yes (AOW, pension), no (wages: the employer pays), or not sourced. */
function zvwOf(kind: NetIncomeKind): 'yes' | 'no' | 'unknown' {
  return kind === 'aow' || kind === 'pension' ? 'yes' : kind === 'work' ? 'no' : 'unknown';
}

/** The toetsingsinkomen range for one adult, from the monthly net, with the given values. Pure; no dates. */
export function toetsingsinkomenFromNet(input: NetIncomeInput, v: BelastingValues): ToetsingsinkomenEstimate {
  if (input.sources.length === 0) throw new RangeError('sources: give at least one income source');
  const net = rangeToCents(toRange(input.netPerMonth, 'netPerMonth'));
  const sources = [...new Set(input.sources)];
  const holidays = sources.map((k) => holidayOf(k, v));
  const zvw = sources.map(zvwOf);
  const hasWork = sources.includes('work');
  const onlyWork = sources.length === 1 && hasWork;
  const workLow = onlyWork ? 'all' : hasWork ? 'best' : 'none';
  const workHigh = onlyWork ? 'all' : 'none';
  const zvwLow = zvw.every((z) => z === 'yes');
  const zvwHigh = zvw.some((z) => z !== 'no');
  const aow = input.aowAge;
  const low = { aowAge: aow, zvwWithheld: zvwLow, livesAlone: aow && input.livesAlone !== false, bornBefore1946: aow && input.bornBefore1946 !== false };
  const high = { aowAge: aow, zvwWithheld: zvwHigh, livesAlone: aow && input.livesAlone === true, bornBefore1946: aow && input.bornBefore1946 === true };

  // Yearly gross for a monthly net under each holiday option; the low end takes the smallest, the high the largest.
  const included = input.holidayPayIncluded;
  const grossFor = (netMonthCents: number, s: typeof low, work: 'all' | 'none' | 'best', which: 'low' | 'high'): { cents: number; label: string } => {
    const options: { cents: number; label: string }[] = [];
    const base = grossFromNet(netMonthCents * 12, s, work, v);
    if (included !== false) options.push({ cents: base, label: 'included' });
    if (included !== true) {
      for (const h of holidays) {
        if (h.on === 'net-norm') {
          // The monthly bijstand is the norm without its holiday share: yearly net = 12 × monthly / (1 − pct).
          options.push({ cents: grossFromNet(Math.round((netMonthCents * 12 * 100) / (100 - h.pct)), s, work, v), label: `bijstand-${h.pct}%-of-norm` });
        } else {
          options.push({ cents: Math.round((base * (100 + h.max)) / 100), label: `${h.max}%-of-gross` });
          if (!h.known) options.push({ cents: base, label: 'none-or-unknown' });
        }
      }
    }
    return options.reduce((best, o) => ((which === 'low' ? o.cents < best.cents : o.cents > best.cents) ? o : best));
  };

  const lo = grossFor(net.min, low, workLow, 'low');
  const hi = grossFor(net.max, high, workHigh, 'high');
  const margin = (c: number) => Math.max(MARGIN_MINIMUM_CENTS, Math.round((c * MARGIN_PERCENT) / 100));
  const min = Math.max(0, lo.cents - margin(lo.cents));
  const max = hi.cents + margin(hi.cents);
  return {
    perYear: { min: centsToEuros(min), max: centsToEuros(max) },
    kind: 'estimate',
    beforeMargin: { min: centsToEuros(lo.cents), max: centsToEuros(hi.cents) },
    assumptions: {
      holidayPay: { low: lo.label, high: hi.label },
      workShare: { low: workLow, high: workHigh },
      zvwWithheld: { low: zvwLow, high: zvwHigh },
    },
  };
}

/** The toetsingsinkomen range with the tax rules valid on `referenceDate` (YYYY-MM-DD). */
export function toetsingsinkomenFromNetOnDate(input: NetIncomeInput, referenceDate: string, files: ParameterFiles): Outcome<ToetsingsinkomenEstimate> {
  return onDate(
    referenceDate,
    (date) => {
      const b = selectParameters(files.belasting, date);
      return { validity: combineValidity(b), resolved: resolveValues(b.file.parameters) };
    },
    (v) => toetsingsinkomenFromNet(input, v),
  );
}

