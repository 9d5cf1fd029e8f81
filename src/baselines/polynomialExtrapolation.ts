import { requireInteger } from '../util/validate.ts';
import { checkSignalAndOptions } from './checkOptions.ts';
import { savitzkyGolay } from './savitzkyGolay.ts';

/** Options of {@link polynomialExtrapolation}. */
export type PolynomialExtrapolationOptions = {
  /**
   * number of most recent samples fitted, integer >= degree + 1
   * @default 8
   */
  readonly window?: number;
  /**
   * degree of the least-squares polynomial, integer >= 0
   * @default 2
   */
  readonly degree?: number;
};

/**
 * One-step polynomial extrapolation: the least-squares polynomial of degree d through the last n samples,
 * evaluated one step ahead,
 *
 *   out[k] = q_k(k + 1),   q_k = argmin_{deg q <= d} sum_{i=0}^{n-1} (q(k - i) - u[k - i])^2.
 *
 * For fixed (n, d) this is a fixed causal FIR filter: exactly {@link savitzkyGolay} with derivative 0 and lead 1,
 * which computes it (weights by a QR fit in centred, scaled local coordinates). Exact for polynomials of degree
 * <= d; with n = d + 1 it is the finite-difference extrapolation of order d. Start-up as in savitzkyGolay: for
 * k < n - 1, all k + 1 samples with degree min(d, k).
 *
 * @param u - the signal, shape [L]
 * @param options - window and degree
 * @returns forecasts, shape [L]; out[k] predicts u[k + 1]
 * @throws TypeError for a non-array u or an unknown option; RangeError on NaN or Infinity or window < degree + 1
 * @example polynomialExtrapolation(Float64Array.of(1, 3, 5, 7), { window: 3, degree: 1 })[3] // 9
 * @see arXiv:2407.09375
 */
export function polynomialExtrapolation(
  u: Float64Array,
  options?: PolynomialExtrapolationOptions,
): Float64Array {
  const where = 'polynomialExtrapolation';
  const [x, o] = checkSignalAndOptions(where, u, options, ['window', 'degree']);
  // checked here as well so that errors name this function
  const degree = requireInteger(where, 'degree', o.degree ?? 2, 0);
  const window = requireInteger(where, 'window', o.window ?? 8, 1);
  if (window < degree + 1) {
    throw new RangeError(
      `${where}: window must be >= degree + 1 = ${degree + 1} for a least-squares fit, got ${window}`,
    );
  }
  return savitzkyGolay(x, { window, degree, derivative: 0, lead: 1 });
}
