import { requireFiniteArray, requireOneOf, requireOptions } from '../util/validate.ts';

/** Pointwise error of a one-step prediction: 'mse' squares the difference, 'l1' takes its absolute value. */
export type OneStepMetric = 'mse' | 'l1';

/** Options of {@link perPositionError}. */
export type PerPositionErrorOptions = {
  /**
   * 'mse': e[k] = (prediction[k] - u[k + 1])^2; 'l1': e[k] = |prediction[k] - u[k + 1]|
   * @default 'mse'
   */
  readonly metric?: OneStepMetric;
};

/**
 * The shifted comparison behind every one-step metric (shared by perPositionError and oneStepError, which pass
 * their own name for error messages; not re-exported).
 *
 * @param where - the calling function's name, used in error messages
 * @param prediction - one-step forecasts, shape [L] or [L - 1]; prediction[k] forecasts u[k + 1]
 * @param u - the signal, shape [L], L >= 2
 * @param metric - 'mse' | 'l1'
 * @returns e, shape [L - 1]: e[k] = (prediction[k] - u[k + 1])^2 or |prediction[k] - u[k + 1]|
 * @throws TypeError when u has fewer than 2 samples or prediction is not of length L or L - 1; RangeError on NaN
 *   or Infinity or an unknown metric
 * @example
 *   alignedErrors('oneStepError', [1, 2, 3], [0, 1, 4], 'mse').join() === '0,4'; // (1 - 1)^2, (2 - 4)^2
 *   alignedErrors('oneStepError', [1, 2], [0, 1, 4], 'l1').join() === '0,2';
 * @see arXiv:2407.09375
 */
export function alignedErrors(where: string, prediction: unknown, u: unknown, metric: unknown): Float64Array {
  const p = requireFiniteArray(where, 'prediction', prediction);
  const x = requireFiniteArray(where, 'u', u);
  const m = requireOneOf(where, 'metric', metric, ['mse', 'l1'] as const);
  const L = x.length;
  if (L < 2)
    throw new TypeError(`${where}: u must hold at least 2 samples (a prediction and its target), got ${L}`);
  if (p.length !== L && p.length !== L - 1) {
    throw new TypeError(
      `${where}: prediction must have length L = ${L} (its last entry, the forecast of the unseen u[L], is ignored) ` +
        `or L - 1 = ${L - 1}, got ${p.length}`,
    );
  }
  const e = new Float64Array(L - 1);
  for (let k = 0; k < L - 1; k++) {
    const d = p[k] - x[k + 1];
    e[k] = m === 'mse' ? d * d : Math.abs(d);
  }
  return e;
}

/**
 * Per-position one-step error of a predictor whose output[k] forecasts u[k + 1]:
 *
 *   e[k] = (prediction[k] - u[k + 1])^2      for k = 0 .. L - 2        (metric 'mse'; 'l1' takes |.|).
 *
 * e[k] is the error of the forecast made after seeing u[0..k]; index k is the context position of figure 5.
 *
 * @param prediction - forecasts, shape [L] (as returned by predictNext and the baselines; the last entry forecasts
 *   the unseen u[L] and is ignored) or [L - 1]
 * @param u - the signal, shape [L], L >= 2
 * @param options - pointwise metric
 * @returns e, shape [L - 1]
 * @throws TypeError when the lengths do not match; RangeError on NaN or Infinity or an unknown metric
 * @example perPositionError(Float64Array.of(1, 2, 9), Float64Array.of(0, 1, 4)) // Float64Array [0, 4]
 * @see arXiv:2407.09375
 */
export function perPositionError(
  prediction: Float64Array,
  u: Float64Array,
  options: PerPositionErrorOptions = {},
): Float64Array {
  options = requireOptions('perPositionError', options);
  return alignedErrors('perPositionError', prediction, u, options.metric ?? 'mse');
}
