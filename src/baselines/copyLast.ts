import { checkSignalAndOptions } from './checkOptions.ts';

/** Options of {@link copyLast} (none). */
export type CopyLastOptions = Record<string, never>;

/**
 * The copy-last-value (persistence) predictor: out[k] = u[k] forecasts u[k + 1]. Its one-step error is the mean
 * of (u[k+1] - u[k])^2; the paper's small-N plateaus coincide with it (measured in fig3-white-vs-n), so it belongs
 * on every error figure.
 *
 * Causal: out[k] depends on u[k] only.
 *
 * @param u - the signal, shape [L]
 * @param options - none (an unknown key is an error)
 * @returns forecasts, shape [L]; out[k] predicts u[k + 1]
 * @throws TypeError when u is not an array or an option is given; RangeError on NaN or Infinity
 * @example copyLast(Float64Array.of(1, 2, 4)) // Float64Array [1, 2, 4]
 * @see arXiv:2407.09375
 */
export function copyLast(u: Float64Array, options?: CopyLastOptions): Float64Array {
  const [x] = checkSignalAndOptions('copyLast', u, options, []);
  return Float64Array.from(x);
}
