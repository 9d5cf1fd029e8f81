import { requireSameLength } from './requireSameLength.ts';
import { resolveRange, type RangeOptions } from './resolveWindow.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * Mean squared error over the half-open window [from, to):
 *
 *   mse(a, b) = (1 / (to - from)) * sum_{i = from}^{to - 1} (a[i] - b[i])^2.
 *
 * Positions are compared as they are; for the one-step error of a predictor (prediction[k] against u[k + 1]) use
 * {@link oneStepError}, which does the shift.
 *
 * @param a - first array, shape [L]
 * @param b - second array, shape [L]
 * @param options - window [from, to) of positions
 * @returns the mean of the squared differences
 * @throws TypeError when the lengths differ or an argument is not an array; RangeError on NaN or Infinity, or
 *   an empty or out-of-range window
 * @example mse(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 5)) // 4 / 3
 * @see arXiv:2407.09375
 */
export function mse(a: Float64Array, b: Float64Array, options: RangeOptions = {}): number {
  options = requireOptions('mse', options);
  const [x, y] = requireSameLength('mse', ['a', 'b'], a, b);
  const { from, to } = resolveRange('mse', x.length, options.from, options.to);
  let sum = 0;
  for (let i = from; i < to; i++) {
    const d = x[i] - y[i];
    sum += d * d;
  }
  return sum / (to - from);
}
