/**
 * The logistic map (in the authors' code).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requireOptions } from '../../util/validate.ts';

/** Options of {@link logisticMap}. */
export interface LogisticMapOptions {
  /** Number of samples L. @default 10000 */
  length?: number;
  /** Growth rate r in [0, 4]; 3.9 is chaotic. @default 3.9 */
  r?: number;
  /** Starting value in [0, 1]. @default 0.5 */
  x0?: number;
}

/**
 * x_{k+1} = r x_k (1 - x_k), k = 0..L-2.
 *
 * @param options - see {@link LogisticMapOptions}
 * @returns x_0..x_{L-1}, shape [L]
 * @throws RangeError for length < 1, r outside [0, 4] or x0 outside [0, 1]
 * @example logisticMap({ length: 3, r: 2, x0: 0.25 }) // [0.25, 0.375, 0.46875]
 * @see arXiv:2407.09375
 */
export function logisticMap(options: LogisticMapOptions = {}): Float64Array {
  options = requireOptions('logisticMap', options);
  const W = 'logisticMap';
  const L = requireInteger(W, 'length', options.length ?? 10000, 1);
  const r = requireFinite(W, 'r', options.r ?? 3.9);
  if (r < 0 || r > 4)
    throw new RangeError(`${W}: r must lie in [0, 4] (else the orbit leaves [0, 1]), got ${r}`);
  const x0 = requireFinite(W, 'x0', options.x0 ?? 0.5);
  if (x0 < 0 || x0 > 1) throw new RangeError(`${W}: x0 must lie in [0, 1], got ${x0}`);
  const out = new Float64Array(L);
  out[0] = x0;
  for (let k = 1; k < L; k++) out[k] = r * out[k - 1] * (1 - out[k - 1]);
  return out;
}
