/**
 * An amount on a date: computed from the figures valid then, or "not known" with the newest amount
 * that is known (clearly dated) as a fallback the page may show as "bedrag van 2026, het bedrag voor
 * 2027 is nog niet bekend".
 */
import { ParameterDateError, combineValidity, dayBefore, resolveValues, selectParameters } from './select.ts';
import type { Dated, Resolved, Validity, Values } from './select.ts';
import type { AwirFile } from '../../schemas/parameters.ts';

export type Known<R> = R & { known: true; validity: Validity };

export interface Unknown<R> {
  known: false;
  /** The parameters that are not known for this date, e.g. ["bedragPerKind", "awir.drempelinkomen"]. */
  missing: string[];
  validity: Validity;
  /** The same computation on the newest earlier figures that are all known, or null when there are none. */
  fallback: Known<R> | null;
}

export type Outcome<R> = Known<R> | Unknown<R>;

export interface Attempt<V> {
  validity: Validity;
  resolved: Resolved<V>;
}

/**
 * Runs `compute` on the values valid on `referenceDate`. When some are not known, walks back to the
 * day before that period until all are known, and returns that as the fallback.
 * `attempt` throws ParameterDateError for a date before the first file; that error is passed on for
 * the reference date itself, and ends the search for a fallback.
 */
export function onDate<V, R>(referenceDate: string, attempt: (date: string) => Attempt<V>, compute: (values: V) => R): Outcome<R> {
  const first = attempt(referenceDate);
  if (first.resolved.ok) return { ...compute(first.resolved.values), known: true, validity: first.validity };
  let fallback: Known<R> | null = null;
  let date = dayBefore(first.validity.validFrom);
  for (let i = 0; i < 50; i++) {
    let a: Attempt<V>;
    try {
      a = attempt(date);
    } catch (err) {
      if (err instanceof ParameterDateError) break;
      throw err;
    }
    if (a.resolved.ok) {
      fallback = { ...compute(a.resolved.values), known: true, validity: a.validity };
      break;
    }
    date = dayBefore(a.validity.validFrom);
  }
  return { known: false, missing: first.resolved.missing, validity: first.validity, fallback };
}

/** Merges the resolved values of several files (their missing keys are listed together). */
export function mergeResolved<A, B>(a: Resolved<A>, b: Resolved<B>): Resolved<A & B> {
  if (a.ok && b.ok) return { ok: true, values: { ...a.values, ...b.values } };
  return { ok: false, missing: [...(a.ok ? [] : a.missing), ...(b.ok ? [] : b.missing)] };
}

type WithParameters = Dated & { parameters: Readonly<Record<string, { value: number | null } | undefined>> };

/** The attempt for a Dienst Toeslagen scheme: its own file plus the shared Awir file valid on the date. */
export function withAwir<F extends WithParameters>(files: readonly F[], awir: readonly AwirFile[]) {
  return (date: string): Attempt<Values<F['parameters']> & Values<AwirFile['parameters']>> => {
    const own = selectParameters(files, date);
    const shared = selectParameters(awir, date);
    return {
      validity: combineValidity(own, shared),
      resolved: mergeResolved(resolveValues(own.file.parameters as F['parameters']), resolveValues(shared.file.parameters, 'awir.')),
    };
  };
}
