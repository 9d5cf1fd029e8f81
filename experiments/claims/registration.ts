/**
 * Pre-registered claims. Every claim of an experiment is a row of a bound table (the experiment's bounds.ts),
 * written before its value is known: the statement, its kind and source, the test with its bound, and why that
 * bound. The claims function only measures; {@link evaluateRegistered} pairs each row with its measurement.
 *
 * Kinds:
 * - `paper`: a statement or a number of the paper, with its source (figure or section) and the value read. A paper
 *   number read off the poster's log plots is tested against a band of {@link POSTER_TOLERANCE} either way
 *   ({@link paperBand}); a paper number we measure and do not reproduce is a `deviation`, shown with its ratio to
 *   the paper, the explanation and what was tried (registered in the row); it does not fail the run.
 * - `theory`: a rate or bound derived in docs/theory.md (cite the equation).
 * - `finding`: ours, beyond the paper.
 *
 * Status: `pass`, `fail`, or `deviation` (only for paper rows that register one). A measurement that throws, or
 * that is NaN (for example taken over an empty selection), fails.
 *
 * @see arXiv:2407.09375
 */
import type { ClaimTest, Judged, Measured } from './claimSpec.ts';
import { errorText } from './errorText.ts';

/** What a claim states: a number or statement of the paper, a derived rate or bound, or a finding of ours. */
export type ClaimKind = 'paper' | 'theory' | 'finding';

/** The outcome of a claim. `deviation`: a paper number measured and not reproduced (it does not fail the run). */
export type ClaimStatus = 'pass' | 'fail' | 'deviation';

/** The kinds, for validation and documents. */
export const CLAIM_KINDS: readonly ClaimKind[] = Object.freeze(['paper', 'theory', 'finding']);

/**
 * The one tolerance for numbers read off the paper's (poster's) log plots: a factor 2 either way. A reading of a
 * log axis is good to about +-10%, the rest covers what the paper leaves open (averaging window, signal draws).
 */
export const POSTER_TOLERANCE = 2;

/** A registered non-reproduction of a paper number: why it differs and what was tried to close the gap. */
export interface Deviation {
  readonly explanation: string;
  readonly tried: string;
}

/** One row of a bound table: everything about a claim but its measured value. */
export interface Registration {
  /** the statement, as the claim's name (no measured numbers in it) */
  readonly name: string;
  readonly kind: ClaimKind;
  /**
   * where the statement comes from: for `paper` the figure or section and how the value was read ("figure 3,
   * poster log plot"), for `theory` the equation ("docs/theory.md eq. 23"), for `finding` what it rests on
   */
  readonly source: string;
  /** the test; for a compound condition, `judged` with the condition in words */
  readonly test: ClaimTest | { readonly kind: 'judged'; readonly bound: string };
  /** why this bound (and why this value of it) */
  readonly reason: string;
  /** `paper` rows with a number: the paper's value (the claim reports ours / paper) */
  readonly paper?: number;
  /** `paper` rows only: the registered explanation when the number is not reproduced */
  readonly deviation?: Deviation;
}

/** A bound table: rows by a stable key (the claim's id). */
export type BoundTable<K extends string = string> = Readonly<Record<K, Registration>>;

/** A checked claim: the registered row, the measured value, the status. `pass` is `status === 'pass'`. */
export interface RegisteredClaim {
  /** key of the row in its bound table */
  readonly id: string;
  readonly name: string;
  readonly kind: ClaimKind;
  readonly source: string;
  readonly reason: string;
  readonly value: number | string;
  readonly bound: number | string;
  readonly status: ClaimStatus;
  readonly pass: boolean;
  /** generated from the result (never typed in) */
  readonly detail: string;
  readonly paper?: number;
  /** ours / paper, for paper rows with a number */
  readonly ratio?: number;
  readonly deviation?: Deviation;
}

/**
 * The band [paper / tol, paper * tol] around a paper number read off a log plot.
 *
 * @param paper - the paper's value (> 0)
 * @param tol - factor either way @default POSTER_TOLERANCE (2)
 * @returns the test
 * @throws RangeError for paper <= 0 or tol <= 1
 * @example paperBand(5e-7).kind === 'between'
 */
export function paperBand(paper: number, tol: number = POSTER_TOLERANCE): ClaimTest {
  if (!(paper > 0) || !Number.isFinite(paper))
    throw new RangeError(`paperBand: paper must be > 0, got ${paper}`);
  if (!(tol > 1)) throw new RangeError(`paperBand: tol must be > 1, got ${tol}`);
  return { kind: 'between', lo: paper / tol, hi: paper * tol };
}

/**
 * A bound table, checked: every row has a name, a known kind, a source and a reason; `deviation` only on paper
 * rows; `paper` values positive. Returns the table frozen.
 *
 * @param table - rows by key
 * @returns the same table, frozen
 * @throws TypeError for a row that misses a field or has a wrong kind; RangeError for a bad paper value
 * @example registerClaims({ small: { name: 'error <= 1e-6', kind: 'finding', source: 'ours', test: { kind: 'atMost', bound: 1e-6 }, reason: 'x' } }).small.kind === 'finding'
 */
export function registerClaims<K extends string>(table: Record<K, Registration>): BoundTable<K> {
  for (const [key, row] of Object.entries(table) as [string, Registration][]) {
    for (const field of ['name', 'source', 'reason'] as const) {
      if (typeof row[field] !== 'string' || row[field].trim() === '') {
        throw new TypeError(`registerClaims: row "${key}" needs a non-empty ${field}`);
      }
    }
    if (!CLAIM_KINDS.includes(row.kind)) {
      throw new TypeError(
        `registerClaims: row "${key}" has kind ${JSON.stringify(row.kind)}; one of ${CLAIM_KINDS.join(', ')}`,
      );
    }
    if (row.deviation !== undefined && row.kind !== 'paper') {
      throw new TypeError(`registerClaims: row "${key}" registers a deviation but is not a paper row`);
    }
    if (row.paper !== undefined && !(row.paper > 0)) {
      throw new RangeError(`registerClaims: row "${key}" has paper value ${row.paper}; it must be > 0`);
    }
    Object.freeze(row);
  }
  return Object.freeze(table);
}

/** The bound as shown in a claim: the number, "[lo, hi]" for a band, or the condition in words. */
export function boundText(test: Registration['test']): number | string {
  if (test.kind === 'between') return `[${test.lo}, ${test.hi}]`;
  return test.bound;
}

/** Whether `value` passes `test` (NaN fails every test: every comparison with NaN is false). */
export function passesTest(test: ClaimTest, value: number): boolean {
  if (test.kind === 'atMost') return value <= test.bound;
  if (test.kind === 'atLeast') return value >= test.bound;
  return test.lo <= value && value <= test.hi;
}

/** The test in words, the detail of a measurement that gives none. */
function testInWords(test: ClaimTest): string {
  if (test.kind === 'atMost') return `needs value <= ${test.bound}`;
  if (test.kind === 'atLeast') return `needs value >= ${test.bound}`;
  return `needs ${test.lo} <= value <= ${test.hi}`;
}

/** What a measurement returns: a number or { value, detail } for a bound row, { value, pass, detail } for judged. */
export type Measurement = Measured | Judged;

function evaluateRow(id: string, row: Registration, measure: () => Measurement): RegisteredClaim {
  const base = { id, name: row.name, kind: row.kind, source: row.source, reason: row.reason };
  let value: number;
  let passed: boolean;
  let detail: string;
  try {
    const m = measure();
    if (row.test.kind === 'judged') {
      if (typeof m !== 'object' || !('pass' in m))
        throw new TypeError('a judged row must measure { value, pass, detail }');
      ({ value, detail } = m);
      passed = m.pass === true && !Number.isNaN(m.value);
    } else {
      value = typeof m === 'number' ? m : m.value;
      detail = typeof m === 'number' ? '' : (m.detail ?? '');
      passed = passesTest(row.test, value);
      if (!detail) detail = testInWords(row.test);
    }
    if (Number.isNaN(value)) detail = `no value (NaN: an empty selection or a missing series); ${detail}`;
  } catch (error) {
    return {
      ...base,
      value: 'error',
      bound: boundText(row.test),
      status: 'fail',
      pass: false,
      detail: `claim threw: ${errorText(error)}`,
      ...(row.paper !== undefined ? { paper: row.paper } : {}),
      ...(row.deviation !== undefined ? { deviation: row.deviation } : {}),
    };
  }
  const ratio = row.paper !== undefined && Number.isFinite(value) ? value / row.paper : undefined;
  // a registered deviation covers a measured value outside the band, never a missing one
  const status: ClaimStatus = passed
    ? 'pass'
    : row.deviation !== undefined && Number.isFinite(value)
      ? 'deviation'
      : 'fail';
  return {
    ...base,
    value,
    bound: boundText(row.test),
    status,
    pass: status === 'pass',
    detail,
    ...(row.paper !== undefined ? { paper: row.paper } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    ...(row.deviation !== undefined ? { deviation: row.deviation } : {}),
  };
}

/**
 * Claims from a bound table and one measurement per row (same keys; TypeScript checks that none is missing). Each
 * measurement runs guarded: one that throws becomes a failed claim and the others are still computed.
 *
 * @param table - the experiment's registered rows (bounds.ts)
 * @param measures - per key, a function measuring the value (and a detail generated from the result)
 * @returns the claims, in the table's order
 * @example
 * ```ts
 * const table = registerClaims({
 *   floor: { name: 'error floor <= 1e-6', kind: 'finding', source: 'ours', test: { kind: 'atMost', bound: 1e-6 }, reason: 'r' },
 * });
 * evaluateRegistered(table, { floor: () => 3e-7 })[0].status === 'pass';
 * evaluateRegistered(table, { floor: () => Number.NaN })[0].status === 'fail';
 * ```
 */
export function evaluateRegistered<K extends string>(
  table: BoundTable<K>,
  measures: Readonly<Record<K, () => Measurement>>,
): RegisteredClaim[] {
  return (Object.keys(table) as K[]).map((id) => {
    const measure = measures[id];
    if (typeof measure !== 'function') {
      return evaluateRow(id, table[id], () => {
        throw new TypeError(`no measurement for the registered claim "${id}"`);
      });
    }
    return evaluateRow(id, table[id], measure);
  });
}

/**
 * Throws when a selection is empty, so that a claim over it fails instead of passing vacuously.
 *
 * @param items - the selection
 * @param what - what was selected, for the message
 * @returns the items
 * @throws RangeError when there is none
 * @example nonEmpty([1, 2], 'N >= 33').length === 2
 */
export function nonEmpty<T>(items: readonly T[], what: string): readonly T[] {
  if (items.length === 0) throw new RangeError(`empty selection: no ${what}`);
  return items;
}
