import { requirePositive } from '../util/validate.ts';
import { legtMemory } from './legtMemory.ts';
import { ridgeForecast } from './ridgeForecast.ts';
import type { RidgeForecastOptions } from './ridgeForecast.ts';
import type { InContextForecast } from './types.ts';

/** Options of {@link inContextForecaster}. */
export interface InContextForecasterOptions extends RidgeForecastOptions {
  /** sample step of the trajectories in time units (> 0) */
  dt: number;
  /** LegT state size per channel @default 4 */
  N?: number;
  /**
   * LegT window length(s) in time units; with several, the hold-out (or GCV) picks one per trajectory
   * @default [4 dt, 8 dt, 16 dt]
   */
  theta?: number | readonly number[];
  /** leading Legendre coefficients per channel in the quadratic monomials (integer in [0, N]) @default 2 */
  leading?: number;
}

/** Window lengths tried by default, in samples. @internal */
export const HIPPO_DEFAULT_WINDOWS: readonly number[] = Object.freeze([4, 8, 16]);

/**
 * In-context forecasting with HiPPO features: from the context of a multichannel trajectory (every channel
 * observed), a ridge regression of the next increment on polynomial features of the current values and of the
 * HiPPO-LegT states of every channel, fitted on the context only, then run free with the LegT states advancing on
 * the predicted values:
 *
 *   x^c_{k+1} = Abar x^c_k + Bbar u^c_k   (bilinear LegT, N states per channel, window theta),
 *   phi_k = [1 | x_{k+1} | u_k | z_i z_j],   z = [u_k, first `leading` coefficients of every x^c_{k+1}],
 *   u_{k+1} - u_k ~ b + W^T phi_k   (ridge; columns standardised to unit variance, intercept unpenalised).
 *
 * Standardisation (`standardize: 'channel'`, the default): every feature column is centred, then divided by the
 * scale its units imply, sigma_c (the standard deviation of channel c over the context) for the LegT states and the
 * value of channel c, sigma_i sigma_j for a monomial z_i z_j. The LegT coefficients of the normalised basis are in
 * the units of u (x_0 is the window mean, x_n ~ theta^n u^(n) / n!-sized), so on this scale the higher coefficients
 * stay small and the penalty shrinks them most: a smoothness prior that keeps the readout on the values where the
 * memory adds nothing. Dividing each column by its own spread instead (`'column'`) makes those nearly collinear
 * directions cheap (measured, theta = 8 dt, T = 2000: on the random stable linear system the free run diverged in
 * 3 seeds of 6 at rho = 1e-14, never with the channel scale; on a damped oscillator the error was 8e-9 against
 * 1.2e-9). The ridge strength (relative to the mean eigenvalue of
 * the scaled Gram matrix), the window and a range guard are chosen on the context by a causal hold-out of
 * free-running forecasts (default) or by GCV; see ridgeForecast. Batched over trajectories: each is fitted on its
 * own context.
 *
 * @param contexts - B trajectories, each H channels of equal length T (like generate().values)
 * @param horizon - forecast steps (integer >= 1)
 * @param options - dt, N (@default 4), theta (@default [4, 8, 16] dt), leading (@default 2), regularization
 *   (@default 'holdout'), grid, holdout, quadratic (@default true), guard (@default 1), standardize
 *   (@default 'channel')
 * @returns one frozen InContextForecast per trajectory: forecast (H x horizon), readout, features, rho, the
 *   chosen window (candidate, memory), selection score, divergence index
 * @throws TypeError for malformed contexts; RangeError for dt or theta <= 0, N or leading out of range, non-finite
 *   values, horizon < 1, or a context too short for the window
 * @example
 *   const g = generate('lorenz', { length: 1200, dt: 0.01, seed: 1, transient: 20 });
 *   const context = g.values.map((c) => c.slice(0, 1000));
 *   const [r] = inContextForecaster([context], 50, { dt: 0.01, theta: 0.05 });
 *   r.features === 61; // 1 + 3 * 4 states + 3 values + 45 quadratic monomials of 9 variables
 *   Math.abs(r.forecast[0][49] - g.values[0][1049]) < 0.1; // half a time unit ahead
 * @see arXiv:2008.07669 (HiPPO-LegT), arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
export function inContextForecaster(
  contexts: readonly (readonly ArrayLike<number>[])[],
  horizon: number,
  options: InContextForecasterOptions,
): InContextForecast[] {
  const where = 'inContextForecaster';
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: options must be an object with at least dt`);
  }
  const dt = requirePositive(where, 'dt', options.dt);
  const thetas = options.theta ?? HIPPO_DEFAULT_WINDOWS.map((w) => w * dt);
  const list = typeof thetas === 'number' ? [thetas] : thetas;
  if (!Array.isArray(list) || list.length === 0) {
    throw new RangeError(`${where}: theta must be a number > 0 or a non-empty array of them`);
  }
  list.forEach((t, i) => requirePositive(where, `theta[${i}]`, t));
  return ridgeForecast(
    contexts,
    horizon,
    (H) => list.map((theta) => legtMemory(H, { N: options.N, theta, dt, leading: options.leading })),
    options,
  );
}
