import { requireFiniteArray } from '../util/validate.ts';

/** Least-squares line through (log10 x, log10 y). */
export type LoglogFit = {
  /** the fitted exponent p of y ~ c x^p */
  readonly slope: number;
  /** log10 c */
  readonly intercept: number;
  /** coefficient of determination of the fit in log space (1 when the log y are all equal: the fit is exact) */
  readonly r2: number;
};

/**
 * Fits log10 y = slope * log10 x + intercept by ordinary least squares, the convergence-rate fit of the tests and
 * of the experiments' claims (a rate claim asserts |slope - order| <= 0.3):
 *
 *   X = log10 x, Y = log10 y,  slope = sum (X - mean X)(Y - mean Y) / sum (X - mean X)^2,
 *   intercept = mean Y - slope mean X,  r2 = 1 - SS_res / SS_tot.
 *
 * @param xs - abscissae, shape [n], n >= 2, all > 0 and not all equal
 * @param ys - ordinates, shape [n], all > 0
 * @returns slope, intercept and r2
 * @throws TypeError when the lengths differ; RangeError on NaN or Infinity, fewer than 2 points, a value <= 0
 *   (its logarithm does not exist: an error that reached exactly 0 cannot enter a rate fit), or all xs equal
 * @example loglogSlope([1, 10, 100], [3, 0.03, 0.0003]) // { slope: -2, intercept: log10(3), r2: 1 }
 * @see arXiv:2407.09375
 */
export function loglogSlope(xs: ArrayLike<number>, ys: ArrayLike<number>): LoglogFit {
  const where = 'loglogSlope';
  const x = requireFiniteArray(where, 'xs', xs);
  const y = requireFiniteArray(where, 'ys', ys);
  const n = x.length;
  if (y.length !== n)
    throw new TypeError(`${where}: xs and ys must have the same length, got ${n} and ${y.length}`);
  if (n < 2) throw new RangeError(`${where}: need at least 2 points, got ${n}`);
  const X = new Float64Array(n);
  const Y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!(x[i] > 0)) throw new RangeError(`${where}: xs[${i}] must be > 0 to take its log10, got ${x[i]}`);
    if (!(y[i] > 0)) throw new RangeError(`${where}: ys[${i}] must be > 0 to take its log10, got ${y[i]}`);
    X[i] = Math.log10(x[i]);
    Y[i] = Math.log10(y[i]);
  }
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += X[i];
    my += Y[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = X[i] - mx;
    const dy = Y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0))
    throw new RangeError(`${where}: xs must not all be equal (the slope is undefined), got all ${x[0]}`);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (Y[i] - (intercept + slope * X[i])) ** 2;
  const r2 = syy > 0 ? 1 - ssRes / syy : 1;
  return { slope, intercept, r2 };
}
