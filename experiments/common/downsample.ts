/**
 * Downsampling of long traces for figures (result.json stays small; claims are computed on the full data).
 *
 * @see arXiv:2407.09375
 */

/** How a block of samples becomes one plotted point. */
export type DownsampleMode = 'stride' | 'max' | 'mean';

/** Options of {@link downsample}. */
export interface DownsampleOptions {
  /** abscissae, same length as y @default the indices 0..n-1 */
  x?: ArrayLike<number>;
  /**
   * 'stride': every b-th sample (b = ceil(n / maxPoints)); 'max': the largest sample of each block, at its own x
   * (keeps spikes of error traces visible); 'mean': the block mean at the block's first x
   * @default 'stride'
   */
  mode?: DownsampleMode;
  /** significant digits kept in the returned x and y (figures need few; result.json stays small) @default 17 (all) */
  digits?: number;
}

/**
 * A trace reduced to at most `maxPoints` points: the samples are cut into consecutive blocks of b = ceil(n /
 * maxPoints) and each block gives one point (see {@link DownsampleOptions.mode}). Traces that are already short
 * are returned unchanged (as plain arrays).
 *
 * @param y - the trace, shape [n]
 * @param maxPoints - the largest number of points returned (integer >= 1)
 * @param options - abscissae and mode
 * @returns plain number arrays x and y of equal length <= maxPoints
 * @throws RangeError when maxPoints is not an integer >= 1, digits is not in [1, 17], or x and y differ in length
 * @example downsample(Float64Array.of(1, 5, 2, 3), 2, { mode: 'max' }) // { x: [1, 3], y: [5, 3] }
 * @see arXiv:2407.09375
 */
export function downsample(
  y: ArrayLike<number>,
  maxPoints: number,
  options: DownsampleOptions = {},
): { x: number[]; y: number[] } {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new RangeError(`downsample: maxPoints must be an integer >= 1, got ${maxPoints}`);
  }
  const n = y.length;
  const x = options.x ?? Array.from({ length: n }, (_, i) => i);
  if (x.length !== n) throw new RangeError(`downsample: x has length ${x.length}, y has ${n}`);
  const mode = options.mode ?? 'stride';
  const digits = options.digits ?? 17;
  if (!Number.isInteger(digits) || digits < 1 || digits > 17) {
    throw new RangeError(`downsample: digits must be an integer in [1, 17], got ${digits}`);
  }
  const b = Math.max(1, Math.ceil(n / maxPoints));
  const ox: number[] = [];
  const oy: number[] = [];
  for (let s = 0; s < n; s += b) {
    const e = Math.min(n, s + b);
    if (mode === 'stride') {
      ox.push(x[s]);
      oy.push(y[s]);
    } else if (mode === 'max') {
      let k = s;
      for (let j = s + 1; j < e; j++) if (y[j] > y[k]) k = j;
      ox.push(x[k]);
      oy.push(y[k]);
    } else {
      let sum = 0;
      for (let j = s; j < e; j++) sum += y[j];
      ox.push(x[s]);
      oy.push(sum / (e - s));
    }
  }
  if (digits < 17) {
    const r = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(digits)) : v);
    return { x: ox.map(r), y: oy.map(r) };
  }
  return { x: ox, y: oy };
}
