/**
 * Picking the parameter file valid on a date, and turning its parameters into plain numbers.
 */

/** What every parameter file has at the top level. */
export interface Dated {
  validFrom: string;
  validUntil: string;
  provisional: boolean;
}

/** When the figures used for an amount are valid, and how sure they are. */
export interface Validity {
  validFrom: string;
  validUntil: string;
  /** The file holds figures for a period whose amounts are not all published yet. */
  provisional: boolean;
  /** The date lies after the last file's `validUntil`: these are the newest figures we have, not the ones for that date. */
  stale: boolean;
}

export interface Selection<F extends Dated> extends Validity {
  file: F;
}

/** The reference date is not a date, or lies before the first parameter file. */
export class ParameterDateError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'ParameterDateError';
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/**
 * The file valid on `referenceDate` (YYYY-MM-DD) with its validity. A date after the last file gives the
 * last file with `stale: true`. A date before the first file, or not a date, throws ParameterDateError:
 * there are no figures for it and guessing would give a wrong confident answer.
 */
export function selectParameters<F extends Dated>(files: readonly F[], referenceDate: string): Selection<F> {
  if (!isIsoDate(referenceDate)) throw new ParameterDateError(`"${referenceDate}" is not a date (YYYY-MM-DD)`);
  if (files.length === 0) throw new ParameterDateError('no parameter files');
  const sorted = sortedFiles(files);
  if (referenceDate < sorted[0].validFrom) {
    throw new ParameterDateError(`no parameters before ${sorted[0].validFrom} (asked for ${referenceDate})`);
  }
  let chosen = sorted[0];
  for (const f of sorted) if (f.validFrom <= referenceDate) chosen = f;
  const last = sorted[sorted.length - 1];
  return {
    file: chosen,
    validFrom: chosen.validFrom,
    validUntil: chosen.validUntil,
    provisional: chosen.provisional,
    stale: chosen === last && referenceDate > last.validUntil,
  };
}

const sortedCache = new WeakMap<readonly Dated[], readonly Dated[]>();

function sortedFiles<F extends Dated>(files: readonly F[]): readonly F[] {
  let s = sortedCache.get(files);
  if (!s) {
    s = [...files].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    sortedCache.set(files, s);
  }
  return s as readonly F[];
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The validity of an amount computed from several files: the overlap of their periods. */
export function combineValidity(...parts: readonly Validity[]): Validity {
  return {
    validFrom: parts.map((p) => p.validFrom).reduce((a, b) => (a > b ? a : b)),
    validUntil: parts.map((p) => p.validUntil).reduce((a, b) => (a < b ? a : b)),
    provisional: parts.some((p) => p.provisional),
    stale: parts.some((p) => p.stale),
  };
}

type ParameterMap = Readonly<Record<string, { value: number | null } | undefined>>;

/** The parameters as plain numbers (cents or percent), keyed like the file. */
export type Values<P extends ParameterMap> = { readonly [K in keyof P]-?: number };

export type Resolved<V> = { ok: true; values: V } | { ok: false; missing: string[] };

/**
 * The known values of a file's parameters. Optional parameters that are absent are skipped;
 * every parameter whose value is `null` (not known) is listed in `missing`.
 */
const resolvedCache = new WeakMap<object, Map<string, Resolved<unknown>>>();

export function resolveValues<P extends ParameterMap>(parameters: P, prefix = ''): Resolved<Values<P>> {
  // Parameter files are immutable data; resolving the same object again returns the same result.
  const byPrefix = resolvedCache.get(parameters) ?? new Map<string, Resolved<unknown>>();
  resolvedCache.set(parameters, byPrefix);
  const hit = byPrefix.get(prefix);
  if (hit) return hit as Resolved<Values<P>>;
  const r = resolveUncached(parameters, prefix);
  byPrefix.set(prefix, r);
  return r;
}

function resolveUncached<P extends ParameterMap>(parameters: P, prefix: string): Resolved<Values<P>> {
  const values: Record<string, number> = {};
  const missing: string[] = [];
  for (const [key, p] of Object.entries(parameters)) {
    if (p === undefined) continue;
    if (p.value === null) missing.push(prefix + key);
    else values[key] = p.value;
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, values: values as Values<P> };
}
