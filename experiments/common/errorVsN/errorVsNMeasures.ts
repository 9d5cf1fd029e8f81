/**
 * Measurements of the error-vs-N claims (paper figures 3 and 4): the numbers their bound tables check, each with a
 * detail generated from the result. A missing value, N or empty selection throws, so the claim fails.
 *
 * @see arXiv:2407.09375
 */
import { nonEmpty } from '../../claims/index.ts';
import type { ErrorMeasure, ErrorVsNPanel, ErrorVsNResult, ErrorWindow } from './types.ts';

/** A measured value with its generated detail. */
export interface ErrorVsNMeasured {
  value: number;
  detail: string;
}

/** Two significant digits in exponent form (NaN and infinities as words). */
export const fmt = (x: number): string => (Number.isFinite(x) ? x.toExponential(2) : String(x));

/**
 * The panel of one parameter value.
 *
 * @param result - an error-vs-N result
 * @param value - the parameter value
 * @returns the panel
 * @throws RangeError when the result has no panel for `value`
 */
export function panelOf(result: ErrorVsNResult, value: number): ErrorVsNPanel {
  const found = result.panels.find((q) => q.value === value);
  if (!found) {
    throw new RangeError(
      `no panel for ${result.paramName} = ${value} (have ${result.panels.map((q) => q.value).join(', ')})`,
    );
  }
  return found;
}

/**
 * The index of N in the sweep.
 *
 * @throws RangeError when N was not swept
 */
export function indexOfN(result: ErrorVsNResult, N: number): number {
  const i = result.Ns.indexOf(N);
  if (i < 0) throw new RangeError(`N = ${N} is not among the swept N (${result.Ns.join(', ')})`);
  return i;
}

/**
 * Mean error of one measure at one N.
 *
 * @param result - an error-vs-N result
 * @param value - the parameter value
 * @param measure - the predictor
 * @param N - the state size (must have been swept)
 * @param window - the averaging window @default 'second-half'
 * @returns the mean over functions
 */
export function meanAt(
  result: ErrorVsNResult,
  value: number,
  measure: ErrorMeasure,
  N: number,
  window: ErrorWindow = 'second-half',
): number {
  const curve = panelOf(result, value).curves[measure];
  if (!curve) throw new RangeError(`the result has no ${measure} curve`);
  return curve[window].mean[indexOfN(result, N)];
}

/**
 * copy-last's mean error of one parameter value.
 *
 * @param result - an error-vs-N result
 * @param value - the parameter value
 * @param window - the averaging window @default 'second-half'
 * @returns the mean over functions
 */
export function copyLastAt(
  result: ErrorVsNResult,
  value: number,
  window: ErrorWindow = 'second-half',
): number {
  return panelOf(result, value).copyLast[window].mean;
}

/**
 * The largest or smallest of f(item) over a non-empty selection; a NaN anywhere makes the result NaN (a missing
 * number surfaces instead of being skipped).
 *
 * @param items - the selection
 * @param f - the quantity of one item
 * @param which - 'max' or 'min'
 * @param what - the selection in words, for the error of an empty selection
 * @returns the extreme value and the item where it is taken
 * @throws RangeError for an empty selection
 */
export function extremeOf<T>(
  items: readonly T[],
  f: (item: T) => number,
  which: 'max' | 'min',
  what: string,
): { value: number; at: T } {
  const list = nonEmpty(items, what);
  let best = { value: f(list[0]), at: list[0] };
  for (const item of list.slice(1)) {
    if (Number.isNaN(best.value)) break;
    const v = f(item);
    if (Number.isNaN(v) || (which === 'max' ? v > best.value : v < best.value)) best = { value: v, at: item };
  }
  return best;
}

/**
 * The largest or smallest of f(N) over the swept N that `select` keeps (an empty selection throws).
 *
 * @param result - an error-vs-N result
 * @param select - which N count, e.g. N => N >= 41
 * @param f - the quantity at one N
 * @param which - 'max' or 'min'
 * @param what - the selection in words, for the error of an empty selection
 * @returns the extreme value and the N where it is taken
 */
export function extremeOverN(
  result: ErrorVsNResult,
  select: (N: number) => boolean,
  f: (N: number) => number,
  which: 'max' | 'min',
  what: string,
): { value: number; at: number } {
  return extremeOf(result.Ns.filter(select), f, which, what);
}

/**
 * How far LegT's second-half error at N sits from copy-last's, over several results and values: the largest of
 * max(LegT / copy-last, copy-last / LegT) (1 = equal; symmetric on a log axis).
 *
 * @param panels - [label, result, value] triples
 * @param N - the state size @default 17
 * @returns the largest factor and where it is taken
 */
export function factorFromCopyLast(
  panels: readonly (readonly [string, ErrorVsNResult, number])[],
  N = 17,
): ErrorVsNMeasured {
  const factor = ([, result, value]: readonly [string, ErrorVsNResult, number]) => {
    const r = meanAt(result, value, 'legt', N) / copyLastAt(result, value);
    return Math.max(r, 1 / r);
  };
  const { value, at } = extremeOf(panels, factor, 'max', 'panels');
  const [label, result, v] = at;
  return {
    value,
    detail:
      `largest of LegT / copy-last and its inverse at N = ${N}, second half, at ${label}${result.paramName} = ${v}: ` +
      `LegT ${fmt(meanAt(result, v, 'legt', N))}, copy-last ${fmt(copyLastAt(result, v))}`,
  };
}

/**
 * The whole-context growth of LegT's error from N = 1 to N = 97, the smallest over the values of a result.
 *
 * @param result - an error-vs-N result
 * @param values - the parameter values
 * @returns min over values of whole(97) / whole(1), with the value where it is taken
 */
export function wholeGrowth(result: ErrorVsNResult, values: readonly number[]): ErrorVsNMeasured {
  const whole = (value: number, N: number) => meanAt(result, value, 'legt', N, 'whole');
  const { value, at } = extremeOf(values, (v) => whole(v, 97) / whole(v, 1), 'min', 'values');
  return {
    value,
    detail:
      `smallest over ${result.paramName} of LegT whole-context MSE at N = 97 / N = 1, at ${result.paramName} = ` +
      `${at}: ${fmt(whole(at, 97))} / ${fmt(whole(at, 1))}`,
  };
}
