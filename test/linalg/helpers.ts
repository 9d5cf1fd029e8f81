/** Small seeded helpers for the linalg and discretize tests (no production code depends on them). */
import type { Matrix } from '../../src/linalg/matrix.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { sub } from '../../src/linalg/elementwise.ts';

/** A seeded uniform generator on [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A [rows, cols] matrix of uniform entries on [-s, s]. */
export function randomMatrix(rows: number, cols: number, next: () => number, s = 1): Matrix {
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = s * (2 * next() - 1);
  return { rows, cols, data };
}

/** A vector of uniform entries on [-s, s]. */
export function randomVector(n: number, next: () => number, s = 1): Float64Array {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = s * (2 * next() - 1);
  return v;
}

/** ||X - Y||_1 / ||Y||_1. */
export function relErr(X: Matrix, Y: Matrix): number {
  return norm1(sub(X, Y)) / norm1(Y);
}

/** max_i |x_i - y_i|. */
export function maxAbsDiff(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new Error(`length mismatch ${x.length} vs ${y.length}`);
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i] - y[i]));
  return m;
}

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
    den += (x[i] - mx) ** 2;
  }
  return num / den;
}
