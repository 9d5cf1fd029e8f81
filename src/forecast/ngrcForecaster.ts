import { delayMemory } from './delayMemory.ts';
import { ridgeForecast } from './ridgeForecast.ts';
import type { RidgeForecastOptions } from './ridgeForecast.ts';
import type { InContextForecast } from './types.ts';

/** Options of {@link ngrcForecaster}. */
export interface NgrcForecasterOptions extends RidgeForecastOptions {
  /** k, time-delayed copies including the current value @default 3 */
  delays?: number;
  /** s, samples between delays; with several, the hold-out (or GCV) picks one per trajectory @default [1, 2, 4] */
  stride?: number | readonly number[];
}

/** Strides tried by default. @internal */
export const NGRC_DEFAULT_STRIDES: readonly number[] = Object.freeze([1, 2, 4]);

/**
 * Next-generation reservoir computing (NG-RC, Gauthier et al. 2021), the anchor of the HiPPO forecaster: the same
 * pipeline (ridgeForecast: polynomial features, standardised ridge on the next increment, strength chosen on the
 * context, free run) with k time-delayed copies in place of the LegT states,
 *
 *   lin_k = [u_k, u_{k-s}, ..., u_{k-(k-1)s}],   phi_k = [1 | lin_k | every unique quadratic monomial of lin_k],
 *   u_{k+1} - u_k ~ b + W^T phi_k,
 *
 * so with leading = N = k - 1 the HiPPO forecaster has exactly as many features (1 + k H + kH (kH + 1) / 2).
 * Differences from the paper's recipe: the ridge strength and the stride are chosen on the context (hold-out or
 * GCV) instead of by hand, and the features are scaled by their channels' spreads first (ridgeForecast).
 *
 * @param contexts - B trajectories, each H channels of equal length T (like generate().values)
 * @param horizon - forecast steps (integer >= 1)
 * @param options - delays (@default 3), stride (@default [1, 2, 4]), regularization (@default 'holdout'), grid,
 *   holdout, quadratic (@default true; false gives a linear vector autoregression)
 * @returns one frozen InContextForecast per trajectory
 * @throws TypeError for malformed contexts; RangeError for delays or stride not integers >= 1, non-finite values,
 *   horizon < 1, or a context too short
 * @example
 *   const g = generate('lorenz', { length: 1200, dt: 0.01, seed: 1, transient: 20 });
 *   const context = g.values.map((c) => c.slice(0, 1000));
 *   const [r] = ngrcForecaster([context], 50, { delays: 2, stride: 1 });
 *   r.features === 28; // Gauthier et al.'s Lorenz features: 1 + 6 linear + 21 quadratic
 *   Math.abs(r.forecast[0][49] - g.values[0][1049]) < 0.1;
 * @see D. J. Gauthier, E. Bollt, A. Griffith, W. A. S. Barbosa, Nat. Commun. 12, 5564 (2021); arXiv:2407.09375
 */
export function ngrcForecaster(
  contexts: readonly (readonly ArrayLike<number>[])[],
  horizon: number,
  options: NgrcForecasterOptions = {},
): InContextForecast[] {
  const strides = options.stride ?? NGRC_DEFAULT_STRIDES;
  const list = typeof strides === 'number' ? [strides] : strides;
  if (!Array.isArray(list) || list.length === 0) {
    throw new RangeError(`ngrcForecaster: stride must be an integer >= 1 or a non-empty array of them`);
  }
  return ridgeForecast(
    contexts,
    horizon,
    (H) => list.map((stride) => delayMemory(H, { delays: options.delays ?? 3, stride })),
    options,
  );
}
