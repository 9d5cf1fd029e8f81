/** Small seeded helpers for the linalg and discretize tests (no production code depends on them). */
import type { Matrix } from '../../src/linalg/matrix.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { sub } from '../../src/linalg/elementwise.ts';
export { logLogSlope, maxAbsDiff, rng } from '../helpers/numeric.ts';

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
