import { requireSameLength } from './requireSameLength.ts';
import { resolveRange, type RangeOptions } from './resolveWindow.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * Mean absolute error (the L1 loss of the paper's training setting) over the half-open window [from, to):
 *
 *   l1(a, b) = (1 / (to - from)) * sum_{i = from}^{to - 1} |a[i] - b[i]|.
 *
 * @param a - first array, shape [L]
 * @param b - second array, shape [L]
 * @param options - window [from, to) of positions
 * @returns the mean of the absolute differences
 * @throws TypeError when the lengths differ or an argument is not an array; RangeError on NaN or Infinity, or
 *   an empty or out-of-range window
 * @example l1(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 5)) // 2 / 3
 * @see arXiv:2407.09375
 */
export function l1(a: Float64Array, b: Float64Array, options: RangeOptions = {}): number {
  options = requireOptions('l1', options);
  const [x, y] = requireSameLength('l1', ['a', 'b'], a, b);
  const { from, to } = resolveRange('l1', x.length, options.from, options.to);
  let sum = 0;
  for (let i = from; i < to; i++) sum += Math.abs(x[i] - y[i]);
  return sum / (to - from);
}
