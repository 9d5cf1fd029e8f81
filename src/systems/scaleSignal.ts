/**
 * Output scalings offered by every generator.
 *
 * @see arXiv:2407.09375
 */

/** 'minmax': (u - min) / (max - min) in [0, 1]; 'standard': (u - mean) / std; 'none': unchanged. */
export type ScaleMode = 'minmax' | 'standard' | 'none';

/** The scale modes, for validation and listings. */
export const SCALE_MODES: readonly ScaleMode[] = ['minmax', 'standard', 'none'];

/**
 * A scaled copy of one channel.
 *
 * minmax: (u - min u) / (max u - min u), so the result spans exactly [0, 1] (a constant channel becomes 0);
 * standard: (u - mean u) / std u with the population standard deviation (a constant channel becomes 0);
 * none: a copy.
 *
 * @param u - samples, shape [L] (not modified)
 * @param mode - the scaling
 * @returns the scaled samples, shape [L]
 * @example scaleSignal(Float64Array.of(1, 3, 2), 'minmax') // [0, 1, 0.5]
 * @see arXiv:2407.09375
 */
export function scaleSignal(u: Float64Array, mode: ScaleMode): Float64Array {
  const out = Float64Array.from(u);
  const L = u.length;
  if (mode === 'none' || L === 0) return out;
  if (mode === 'minmax') {
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < L; k++) {
      if (u[k] < lo) lo = u[k];
      if (u[k] > hi) hi = u[k];
    }
    const range = hi - lo;
    for (let k = 0; k < L; k++) out[k] = range > 0 ? (u[k] - lo) / range : 0;
    return out;
  }
  let mean = 0;
  for (let k = 0; k < L; k++) mean += u[k];
  mean /= L;
  let v = 0;
  for (let k = 0; k < L; k++) v += (u[k] - mean) * (u[k] - mean);
  const std = Math.sqrt(v / L);
  for (let k = 0; k < L; k++) out[k] = std > 0 ? (u[k] - mean) / std : 0;
  return out;
}
