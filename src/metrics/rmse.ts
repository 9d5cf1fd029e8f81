import { requireSameLength } from './requireSameLength.ts';
import { resolveRange, type RangeOptions } from './resolveWindow.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * Root mean squared error over the half-open window [from, to):
 *
 *   rmse(a, b) = sqrt((1 / (to - from)) * sum_{i = from}^{to - 1} (a[i] - b[i])^2) = sqrt(mse(a, b)).
 *
 * @param a - first array, shape [L]
 * @param b - second array, shape [L]
 * @param options - window [from, to) of positions
 * @throws TypeError when the lengths differ or an argument is not an array; RangeError on NaN or Infinity, or
 *   an empty or out-of-range window
 * @example rmse(Float64Array.of(0, 0), Float64Array.of(3, 3)) // 3
 * @see arXiv:2407.09375
 */
export function rmse(a: Float64Array, b: Float64Array, options: RangeOptions = {}): number {
  options = requireOptions('rmse', options);
  const [x, y] = requireSameLength('rmse', ['a', 'b'], a, b);
  const { from, to } = resolveRange('rmse', x.length, options.from, options.to);
  let sum = 0;
  for (let i = from; i < to; i++) {
    const d = x[i] - y[i];
    sum += d * d;
  }
  return Math.sqrt(sum / (to - from));
}
