/** Shared helpers of the systems tests. */

/** Least-squares slope of log(err) against log(h). */
export function logLogSlope(h: readonly number[], err: readonly number[]): number {
  const x = h.map(Math.log);
  const y = err.map(Math.log);
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i] - mx) * (y[i] - my);
    den += (x[i] - mx) * (x[i] - mx);
  }
  return num / den;
}

/** max_k |a_k - b_k|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

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
