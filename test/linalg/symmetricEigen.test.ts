import { describe, expect, it } from 'vitest';
import { eigs } from 'mathjs';
import { symmetricEigen } from '../../src/linalg/symmetricEigen.ts';
import { fromRows, identity, toRows } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { randomMatrix, rng, maxAbsDiff } from './helpers.ts';
import { EIGEN_BACKWARD, MATHJS_CROSS } from '../tolerances.ts';

/** A random symmetric matrix (G + G^T) / 2 with entries in [-s, s]. */
function randomSymmetric(n: number, seed: number, s = 1): Matrix {
  const G = randomMatrix(n, n, rng(seed), s);
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) A[i * n + j] = (G.data[i * n + j] + G.data[j * n + i]) / 2;
  return { rows: n, cols: n, data: A };
}

function frobenius(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s);
}

/** V diag(values) V^T */
function reconstruct(values: Float64Array, V: Matrix): Matrix {
  const n = values.length;
  const VD = { rows: n, cols: n, data: new Float64Array(n * n) };
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) VD.data[i * n + j] = V.data[i * n + j] * values[j];
  return matmul(VD, transpose(V));
}

describe('symmetricEigen', () => {
  it('reconstructs random symmetric matrices with orthogonal eigenvectors (backward stable)', () => {
    for (const [n, seed] of [
      [1, 1],
      [2, 2],
      [5, 3],
      [20, 4],
      [61, 5],
    ]) {
      const A = randomSymmetric(n, seed, 3);
      const e = symmetricEigen(A);
      const scale = frobenius(A.data);
      expect(maxAbsDiff(reconstruct(e.values, e.vectors).data, A.data)).toBeLessThan(EIGEN_BACKWARD * scale);
      expect(maxAbsDiff(matmul(transpose(e.vectors), e.vectors).data, identity(n).data)).toBeLessThan(
        EIGEN_BACKWARD,
      );
      for (let i = 1; i < n; i++) expect(e.values[i]).toBeGreaterThanOrEqual(e.values[i - 1]);
    }
  });

  it('agrees with mathjs eigs (an independent QR-type algorithm) on the eigenvalues', () => {
    for (const [n, seed] of [
      [4, 11],
      [12, 12],
      [30, 13],
    ]) {
      const A = randomSymmetric(n, seed);
      const ours = symmetricEigen(A).values;
      const theirs = (eigs(toRows(A)).values as number[]).slice().sort((a, b) => a - b);
      expect(maxAbsDiff(ours, theirs)).toBeLessThan(MATHJS_CROSS * frobenius(A.data));
    }
  });

  it('matches closed forms: 2 x 2, the [-1, 2, -1] tridiagonal matrix, a diagonal matrix', () => {
    const [a, b, c] = [1.5, -0.7, -2];
    const e2 = symmetricEigen(
      fromRows([
        [a, b],
        [b, c],
      ]),
    );
    const mid = (a + c) / 2;
    const rad = Math.hypot((a - c) / 2, b);
    expect(maxAbsDiff(e2.values, [mid - rad, mid + rad])).toBeLessThan(EIGEN_BACKWARD * 4);
    // T = tridiag(-1, 2, -1) of size n: eigenvalues 2 - 2 cos(k pi / (n + 1)), k = 1..n
    const n = 25;
    const T = identity(n);
    for (let i = 0; i < n; i++) {
      T.data[i * n + i] = 2;
      if (i + 1 < n) T.data[i * n + i + 1] = T.data[(i + 1) * n + i] = -1;
    }
    const exact = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)));
    expect(maxAbsDiff(symmetricEigen(T).values, exact)).toBeLessThan(EIGEN_BACKWARD * 4);
    // a diagonal input needs no rotation: the values come back sorted with permuted unit vectors
    const D = fromRows([
      [3, 0, 0],
      [0, -1, 0],
      [0, 0, 2],
    ]);
    const e = symmetricEigen(D);
    expect(Array.from(e.values)).toEqual([-1, 2, 3]);
    expect(e.sweeps).toBe(0);
    expect(toRows(e.vectors)).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('returns zero eigenvalues of a rank-deficient Gram matrix at the rounding level', () => {
    // X: 50 x 6 with column 5 = column 0 + column 1: rank 5, Gram X^T X has one zero eigenvalue
    const X = randomMatrix(50, 6, rng(21));
    for (let t = 0; t < 50; t++) X.data[t * 6 + 5] = X.data[t * 6] + X.data[t * 6 + 1];
    const G = matmul(transpose(X), X);
    const e = symmetricEigen(G);
    const top = e.values[5];
    expect(Math.abs(e.values[0])).toBeLessThan(EIGEN_BACKWARD * top);
    expect(e.values[1]).toBeGreaterThan(1e-3 * top);
    // its eigenvector is the null vector (1, 1, 0, 0, 0, -1) / sqrt(3), up to sign
    const v = Array.from({ length: 6 }, (_, i) => e.vectors.data[i * 6]);
    const sign = Math.sign(v[0]);
    expect(
      maxAbsDiff(
        v.map((x) => x * sign),
        [1, 1, 0, 0, 0, -1].map((x) => x / Math.sqrt(3)),
      ),
    ).toBeLessThan(1e-10);
  });

  it('rejects non-square, asymmetric and non-finite input, naming the problem', () => {
    expect(() => symmetricEigen(fromRows([[1, 2]]))).toThrow(TypeError);
    expect(() =>
      symmetricEigen(
        fromRows([
          [1, 2],
          [2.1, 1],
        ]),
      ),
    ).toThrow(/symmetric: \|A\[0\]\[1\] - A\[1\]\[0\]\|/);
    expect(() =>
      symmetricEigen(
        fromRows([
          [1, NaN],
          [NaN, 1],
        ]),
      ),
    ).toThrow(RangeError);
    expect(() => symmetricEigen(identity(2), { maxSweeps: 0 })).toThrow(/maxSweeps/);
  });
});
