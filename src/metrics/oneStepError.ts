import { alignedErrors, type OneStepMetric } from './perPositionError.ts';
import { resolveRange, resolveWindow, type AveragingWindow } from './resolveWindow.ts';
import { requireOptions } from '../util/validate.ts';

/** Options of {@link oneStepError}: a window given either as `window` or as `from`/`to`, never both. */
export type OneStepErrorOptions = {
  /**
   * first prediction index k included
   * @default 0
   */
  readonly from?: number;
  /**
   * one past the last prediction index included (at most L - 1)
   * @default L - 1
   */
  readonly to?: number;
  /**
   * the window as a named {@link AveragingWindow}, resolved over the L - 1 prediction indices; exclusive with
   * from/to
   * @default 'whole' (when from/to are absent as well)
   */
  readonly window?: AveragingWindow;
  /**
   * 'mse' averages squared errors, 'l1' absolute errors
   * @default 'mse'
   */
  readonly metric?: OneStepMetric;
};

/**
 * The library's standard one-step-ahead error: the mean over a window of prediction indices k of the error of
 * prediction[k] against u[k + 1]:
 *
 *   oneStepError = (1 / (to - from)) * sum_{k = from}^{to - 1} (prediction[k] - u[k + 1])^2    (metric 'mse')
 *
 * ('l1': |prediction[k] - u[k + 1]|). Index alignment: prediction[k] is the forecast made after seeing u[0..k]
 * (the convention of predictNext and every baseline), so the window runs over prediction indices k in
 * [0, L - 1), and the targets it covers are u[from + 1 .. to]. The first target that can be scored is u[1];
 * prediction[L - 1] (forecast of the unseen u[L]) is never scored. 'second-half' of an even L covers the targets
 * u[L/2 .. L-1] (k from L/2 - 1).
 *
 * @param prediction - forecasts, shape [L] or [L - 1]
 * @param u - the signal, shape [L], L >= 2
 * @param options - window (from/to or window) and metric
 * @returns the mean error over the window
 * @throws TypeError when the lengths do not match or both window and from/to are given; RangeError on NaN or
 *   Infinity, an unknown metric or an empty or out-of-range window
 * @example
 *   const u = Float64Array.of(0, 1, 2, 3);
 *   oneStepError(u, u); // copy-last forecasts: every error is 1, so 1
 *   oneStepError(u, u, { window: 'second-half' }); // k in [1, 3): targets u[2], u[3]
 * @see arXiv:2407.09375
 */
export function oneStepError(
  prediction: Float64Array,
  u: Float64Array,
  options: OneStepErrorOptions = {},
): number {
  options = requireOptions('oneStepError', options);
  const e = alignedErrors('oneStepError', prediction, u, options.metric ?? 'mse');
  const { window, from, to } = options;
  if (window !== undefined && (from !== undefined || to !== undefined)) {
    throw new TypeError('oneStepError: give the window either as `window` or as `from`/`to`, not both');
  }
  const range =
    window !== undefined ? resolveWindow(window, e.length) : resolveRange('oneStepError', e.length, from, to);
  let sum = 0;
  for (let k = range.from; k < range.to; k++) sum += e[k];
  return sum / (range.to - range.from);
}
