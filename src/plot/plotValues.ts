/**
 * Turns numeric data into plotly-ready arrays: non-finite values, and on a log axis non-positive values, become
 * `null` (a gap plotly draws around) instead of breaking the axis range.
 *
 * @see arXiv:2407.09375
 */

/** The cleaned values and how many entries were replaced by `null`, by reason. */
export interface PlotValues {
  values: (number | null)[];
  /** entries that were NaN or +-Infinity */
  nonFinite: number;
  /** finite entries <= 0 dropped because the axis is logarithmic */
  nonPositive: number;
}

/**
 * Cleans `values` for plotting: v -> null when !isFinite(v), or when `log` and v <= 0; otherwise v.
 *
 * @param values - the data, length n
 * @param log - whether the axis the values are drawn on is logarithmic
 * @returns plain array of length n with nulls, and the counts of replaced entries
 * @throws TypeError when `values` is not an array-like of numbers
 * @example plotValues([1, 0, NaN], true) // { values: [1, null, null], nonFinite: 1, nonPositive: 1 }
 * @see arXiv:2407.09375
 */
export function plotValues(values: ArrayLike<number>, log: boolean): PlotValues {
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new TypeError(`plotValues: values must be an array of numbers, got ${typeof values}`);
  }
  const out: (number | null)[] = new Array(values.length);
  let nonFinite = 0;
  let nonPositive = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      throw new TypeError(`plotValues: values[${i}] must be a number, got ${typeof v}`);
    }
    if (!Number.isFinite(v)) {
      nonFinite++;
      out[i] = null;
    } else if (log && v <= 0) {
      nonPositive++;
      out[i] = null;
    } else {
      out[i] = v;
    }
  }
  return { values: out, nonFinite, nonPositive };
}

/** Throws a TypeError unless `a` has length `n` (used to check that x, y, bands agree). */
export function requireLength(where: string, name: string, a: ArrayLike<unknown>, n: number): void {
  if (a === null || typeof a !== 'object' || a.length !== n) {
    const got = a === null || typeof a !== 'object' ? typeof a : `length ${a.length}`;
    throw new TypeError(`${where}: ${name} must have length ${n}, got ${got}`);
  }
}
