/**
 * The convergence-rate fit of the rate experiments (bound-fout, rate-legt): src/metrics loglogSlope over the points
 * inside a fit range, leaving out errors at the rounding floor.
 *
 * @see arXiv:2407.09375
 */
import { loglogSlope } from '../../src/metrics/index.ts';

/** The points a rate fit keeps. */
export interface FitRange {
  /** smallest N kept */
  from: number;
  /** largest N kept @default Infinity */
  to?: number;
  /** errors below this are rounding-dominated and left out @default 0 */
  floor?: number;
}

/**
 * Log-log slope of errors vs N over from <= N <= to and errors >= floor (src/metrics loglogSlope on those points),
 * NaN with fewer than 2 points.
 *
 * @param Ns - state sizes, shape [n]
 * @param errors - errors at those N, shape [n]
 * @param range - see {@link FitRange}
 * @returns the fitted exponent p of error ~ c N^p, or NaN
 * @throws RangeError from loglogSlope when the kept N are all equal
 * @example fitRate([17, 33, 65], [1e-3, 1.25e-4, 1.6e-5], { from: 17, floor: 1e-10 }) // ~ -3
 * @see arXiv:2407.09375
 */
export function fitRate(Ns: readonly number[], errors: readonly number[], range: FitRange): number {
  const { from, to = Infinity, floor = 0 } = range;
  const pts = Ns.map((N, i) => [N, errors[i]]).filter(([N, e]) => N >= from && N <= to && e >= floor);
  if (pts.length < 2) return NaN;
  return loglogSlope(
    pts.map((p) => p[0]),
    pts.map((p) => p[1]),
  ).slope;
}

/** How far a fitted rate may sit from the expected one in a rate claim (|slope - order| <= 0.3). */
export const RATE_TOLERANCE = 0.3;
