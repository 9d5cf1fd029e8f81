import { requireInteger } from '../util/validate.ts';
import { checkSignalAndOptions } from './checkOptions.ts';

/** Largest supported order: beyond it the coefficients (sum |c_i| = 2^(p+1) - 1) amplify noise too much to help. */
export const MAX_FINITE_DIFFERENCE_ORDER = 8;

/** Options of {@link finiteDifference}. */
export type FiniteDifferenceOptions = {
  /**
   * order p: the extrapolation is exact for polynomials of degree <= p (integer in [0, 8]; 0 is copy-last)
   * @default 1
   */
  readonly order?: number;
};

/**
 * Coefficients of the order-p backward-difference extrapolation u[k+1] ~ sum_{i=0}^{p} c_i u[k - i].
 *
 * Newton's backward formula one step ahead sums the backward differences, sum_{j=0}^{p} nabla^j u[k]; with
 * nabla = 1 - E^-1 this is (1 - nabla^(p+1)) E u[k], i.e. u[k+1] - nabla^(p+1) u[k+1], which gives
 *
 *   c_i = (-1)^i binom(p + 1, i + 1):   p = 1: [2, -1],  p = 2: [3, -3, 1],  p = 3: [4, -6, 4, -1], ...
 *
 * and the exact error u[k+1] - prediction = nabla^(p+1) u[k+1] (for a polynomial of degree p + 1 with leading
 * coefficient a on a grid of step h, the constant a (p+1)! h^(p+1)).
 *
 * @param order - p, integer in [0, 8]
 * @returns c, shape [p + 1], c[i] multiplies u[k - i]
 * @throws RangeError when order is not an integer in [0, 8]
 * @example finiteDifferenceCoefficients(2) // Float64Array [3, -3, 1]
 * @see arXiv:2407.09375
 */
export function finiteDifferenceCoefficients(order: number): Float64Array {
  requireInteger('finiteDifferenceCoefficients', 'order', order, 0);
  if (order > MAX_FINITE_DIFFERENCE_ORDER) {
    throw new RangeError(
      `finiteDifferenceCoefficients: order must be an integer in [0, ${MAX_FINITE_DIFFERENCE_ORDER}], got ${order}`,
    );
  }
  const c = new Float64Array(order + 1);
  // binom(p+1, i+1) by the multiplicative recurrence binom(n, j+1) = binom(n, j) (n - j) / (j + 1); exact integers
  let b = order + 1;
  for (let i = 0; i <= order; i++) {
    c[i] = i % 2 === 0 ? b : -b;
    b = (b * (order + 1 - (i + 1))) / (i + 2);
  }
  return c;
}

/**
 * Backward finite-difference extrapolation of order p (the polynomial through the last p + 1 samples, evaluated
 * one step ahead):
 *
 *   out[k] = sum_{i=0}^{p} c_i u[k - i],   c_i = (-1)^i binom(p + 1, i + 1)
 *
 * (p = 1: 2u[k] - u[k-1]; p = 2: 3u[k] - 3u[k-1] + u[k-2]). Exact for polynomials of degree <= p; for degree p + 1
 * the error is the constant nabla^(p+1) u (see {@link finiteDifferenceCoefficients}).
 *
 * Start-up: for k < p only k + 1 samples exist, and the highest available order min(p, k) is used (k = 0 copies
 * u[0]). Causal: out[k] uses u[k - p .. k] only.
 *
 * @param u - the signal, shape [L]
 * @param options - order
 * @returns forecasts, shape [L]; out[k] predicts u[k + 1]
 * @throws TypeError for a non-array u or an unknown option; RangeError on NaN or Infinity or an order outside
 *   [0, 8]
 * @example finiteDifference(Float64Array.of(1, 4, 9), { order: 2 }) // [1, 7, 16]: 16 = 4^2 exactly
 * @see arXiv:2407.09375
 */
export function finiteDifference(u: Float64Array, options?: FiniteDifferenceOptions): Float64Array {
  const [x, o] = checkSignalAndOptions('finiteDifference', u, options, ['order']);
  const order = requireInteger('finiteDifference', 'order', o.order ?? 1, 0);
  if (order > MAX_FINITE_DIFFERENCE_ORDER) {
    throw new RangeError(
      `finiteDifference: order must be an integer in [0, ${MAX_FINITE_DIFFERENCE_ORDER}], got ${order}`,
    );
  }
  const coefficients: Float64Array[] = [];
  for (let p = 0; p <= order; p++) coefficients.push(finiteDifferenceCoefficients(p));
  const L = x.length;
  const out = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    const c = coefficients[Math.min(order, k)];
    let s = 0;
    for (let i = 0; i < c.length; i++) s += c[i] * x[k - i];
    out[k] = s;
  }
  return out;
}
