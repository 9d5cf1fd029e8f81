/**
 * A random straight line a + b x (the paper's Linear test set).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireOptions } from '../../util/validate.ts';
import type { Random } from '../random.ts';

/** Options of {@link linearFunction}. */
export interface LinearFunctionOptions {
  /** Scale of the coefficients: a, b ~ amplitude U(-1, 1). @default 10 */
  amplitude?: number;
}

/**
 * u(x) = a + b x with a, b ~ amplitude U(-1, 1) (drawn in that order), sampled at x.
 *
 * @param x - sample points, shape [L] (the paper uses x in [0, 1])
 * @param random - the seeded stream
 * @param options - see {@link LinearFunctionOptions}
 * @returns u(x), shape [L]
 * @throws RangeError when amplitude is not finite
 * @example linearFunction(Float64Array.of(0, 1), createRandom(0))
 * @see arXiv:2407.09375
 */
export function linearFunction(
  x: Float64Array,
  random: Random,
  options: LinearFunctionOptions = {},
): Float64Array {
  options = requireOptions('linearFunction', options);
  const amp = requireFinite('linearFunction', 'amplitude', options.amplitude ?? 10);
  const a = amp * random.uniformIn(-1, 1);
  const b = amp * random.uniformIn(-1, 1);
  const out = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) out[k] = a + b * x[k];
  return out;
}
