/**
 * Figure 4's level and trend: the exponent p of plateau ~ alpha^-p, its band from readings of the poster, and the
 * closed-form copy-last level of unscaled Filtered Noise (docs/theory.md eq. 27).
 *
 * @see arXiv:2407.09375
 */
import { loglogSlope } from '../../src/metrics/index.ts';

/**
 * The exponent p of level ~ alpha^-p: minus the least-squares slope of ln(level) against ln(alpha).
 *
 * @param alphas - the synapse time constants, shape [n], n >= 2
 * @param levels - the levels at them, shape [n], all > 0
 * @returns p
 * @throws RangeError (from loglogSlope) for fewer than 2 points or a level <= 0
 * @example trendExponent([0.1, 1], [100, 1]) === 2
 */
export function trendExponent(alphas: readonly number[], levels: readonly number[]): number {
  return -loglogSlope(alphas, levels).slope;
}

/**
 * The range of {@link trendExponent} over every reading of the levels within a relative error `reading` each: the
 * extremes over the 2^n corners levels_i (1 +- reading) (p is linear in the ln levels, so a corner holds each one).
 *
 * @param alphas - shape [n]
 * @param levels - the values read, shape [n], all > 0
 * @param reading - relative accuracy of one reading (0.1 for a log plot read to +-10%)
 * @returns [lo, hi]
 * @throws RangeError for reading outside [0, 1)
 * @example trendBand([0.1, 1], [100, 1], 0.1) // [2 - 0.087, 2 + 0.087]
 */
export function trendBand(
  alphas: readonly number[],
  levels: readonly number[],
  reading: number,
): [number, number] {
  if (!(reading >= 0 && reading < 1))
    throw new RangeError(`trendBand: reading must be in [0, 1), got ${reading}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (let corner = 0; corner < 2 ** levels.length; corner++) {
    const read = levels.map((v, i) => v * (1 + ((corner >> i) & 1 ? reading : -reading)));
    const p = trendExponent(alphas, read);
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  }
  return [lo, hi];
}

/**
 * copy-last's one-step MSE on unscaled, stationary Filtered Noise (unit-intensity white noise through the alpha
 * synapse), docs/theory.md eq. 27:
 *
 *   E (u(t + dt) - u(t))^2 = 2 (R(0) - R(dt)) = (1 / (2 alpha)) (1 - (1 + x) e^{-x}),   x = dt / alpha,
 *
 * evaluated as -(expm1(-x) + x e^{-x}) / (2 alpha), without the cancellation of 1 - (1 + x) e^{-x} at small x.
 *
 * @param alpha - synapse time constant (s), > 0
 * @param dt - sample spacing (s), > 0
 * @returns the MSE
 * @throws RangeError for alpha or dt not positive
 * @example Math.abs(copyLastFilteredNoise(0.1, 1e-3) / (1e-6 / (4 * 0.1 ** 3)) - 1) < 0.02 // ~ dt^2 / (4 alpha^3)
 */
export function copyLastFilteredNoise(alpha: number, dt: number): number {
  if (!(alpha > 0)) throw new RangeError(`copyLastFilteredNoise: alpha must be > 0, got ${alpha}`);
  if (!(dt > 0)) throw new RangeError(`copyLastFilteredNoise: dt must be > 0, got ${dt}`);
  const x = dt / alpha;
  return -(Math.expm1(-x) + x * Math.exp(-x)) / (2 * alpha);
}
