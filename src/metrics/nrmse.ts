import { requireOneOf, requireOptions } from '../util/validate.ts';
import { requireSameLength } from './requireSameLength.ts';
import { resolveRange, type RangeOptions } from './resolveWindow.ts';

/** How {@link nrmse} normalises: by the target's standard deviation or by its range (max - min). */
export type NrmseNormalization = 'std' | 'range';

/** Options of {@link nrmse}. */
export type NrmseOptions = RangeOptions & {
  /**
   * scale dividing the RMSE, computed from `target` over the same window: 'std' is the population standard
   * deviation (offset-free and the usual choice for dynamical systems), 'range' is max - min (for min-max scaled
   * signals in [0, 1] it is 1, so nrmse equals rmse)
   * @default 'std'
   */
  readonly normalize?: NrmseNormalization;
};

/**
 * Normalised root mean squared error over the half-open window [from, to):
 *
 *   nrmse(prediction, target) = rmse(prediction, target) / s,
 *   s = std(target[from..to-1]) (population, divisor to - from)   or   s = max - min of target[from..to-1].
 *
 * The scale comes from `target` only, so the metric is not symmetric in its arguments.
 *
 * @param prediction - predicted values, shape [L]
 * @param target - true values, shape [L]
 * @param options - window [from, to) and normalisation
 * @throws TypeError when the lengths differ; RangeError on NaN or Infinity, an empty window, an unknown
 *   normalisation, or a constant target (s = 0)
 * @example nrmse(Float64Array.of(1, 3), Float64Array.of(0, 2)) // rmse 1 / std 1 = 1
 * @see arXiv:2407.09375
 */
export function nrmse(prediction: Float64Array, target: Float64Array, options: NrmseOptions = {}): number {
  options = requireOptions('nrmse', options);
  const [p, y] = requireSameLength('nrmse', ['prediction', 'target'], prediction, target);
  const { from, to } = resolveRange('nrmse', p.length, options.from, options.to);
  const normalize = requireOneOf('nrmse', 'normalize', options.normalize ?? 'std', ['std', 'range'] as const);
  const n = to - from;
  let sq = 0;
  let mean = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    const d = p[i] - y[i];
    sq += d * d;
    mean += y[i];
    if (y[i] < lo) lo = y[i];
    if (y[i] > hi) hi = y[i];
  }
  mean /= n;
  let scale: number;
  if (normalize === 'range') {
    scale = hi - lo;
  } else {
    // two-pass variance: no cancellation for signals with a large offset
    let v = 0;
    for (let i = from; i < to; i++) v += (y[i] - mean) ** 2;
    scale = Math.sqrt(v / n);
  }
  if (!(scale > 0)) {
    throw new RangeError(
      `nrmse: target is constant on [${from}, ${to}), so its ${normalize} is 0 and cannot normalise`,
    );
  }
  return Math.sqrt(sq / n) / scale;
}
