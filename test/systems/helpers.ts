/** Shared helpers of the systems tests. */
export { logLogSlope, maxAbsDiff } from '../helpers/numeric.ts';

/** max_k |a_k|. */
export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k]));
  return m;
}

/** linspace(a, b, n). */
export function linspace(a: number, b: number, n: number): Float64Array {
  const t = new Float64Array(n);
  for (let k = 0; k < n; k++) t[k] = a + ((b - a) * k) / (n - 1);
  return t;
}

/** Sample mean and (n - 1) standard deviation. */
export function meanStd(v: ArrayLike<number>): { mean: number; std: number } {
  let m = 0;
  for (let k = 0; k < v.length; k++) m += v[k];
  m /= v.length;
  let s = 0;
  for (let k = 0; k < v.length; k++) s += (v[k] - m) * (v[k] - m);
  return { mean: m, std: Math.sqrt(s / (v.length - 1)) };
}
