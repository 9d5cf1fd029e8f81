import { describe, expect, it } from 'vitest';
import { eigs } from 'mathjs';
import { symmetricTridiagonalEigen } from '../../src/linalg/symmetricTridiagonalEigen.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { identity } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { sub } from '../../src/linalg/elementwise.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { maxAbsDiff, randomVector, rng } from './helpers.ts';
import { MATHJS_CROSS, ORTHOGONAL_REDUCTION } from '../tolerances.ts';

function dense(d: Float64Array, e: Float64Array): Matrix {
  const n = d.length;
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + i] = d[i];
  for (let i = 0; i + 1 < n; i++) data[i * n + i + 1] = data[(i + 1) * n + i] = e[i];
  return { rows: n, cols: n, data };
}

/** ||T W - W diag(values)||_1 / ||T||_1 and ||W^T W - I||_1. */
function residuals(d: Float64Array, e: Float64Array): { eig: number; orth: number } {
  const n = d.length;
  const T = dense(d, e);
  const { values, vectors: W } = symmetricTridiagonalEigen(d, e);
  const WL = { rows: n, cols: n, data: W.data.map((w, idx) => w * values[idx % n]) };
  return {
    eig: norm1(sub(matmul(T, W), WL)) / Math.max(norm1(T), 1e-300),
    orth: norm1(sub(matmul(transpose(W), W), identity(n))),
  };
}

describe('symmetricTridiagonalEigen', () => {
  it('matches the closed form of the Toeplitz tridiagonal matrix: a + 2 b cos(k pi / (n + 1))', () => {
    for (const n of [1, 2, 3, 10, 33]) {
      const a = 0.7;
      const b = -1.3;
      const { values, vectors } = symmetricTridiagonalEigen(
        new Float64Array(n).fill(a),
        new Float64Array(n - 1).fill(b),
      );
      const exact = Array.from(
        { length: n },
        (_, k) => a + 2 * b * Math.cos(((k + 1) * Math.PI) / (n + 1)),
      ).sort((x, y) => x - y);
      expect(maxAbsDiff(values, exact)).toBeLessThan(ORTHOGONAL_REDUCTION * n * 4);
      // eigenvector of the smallest value (k = 1 since b < 0 ... the sign of b orders them): |v_j| = c sin(j k pi/(n+1))
      const col = Array.from({ length: n }, (_, j) => Math.abs(vectors.data[j * n]));
      const k = b < 0 ? 1 : n;
      const sines = Array.from({ length: n }, (_, j) =>
        Math.abs(Math.sin(((j + 1) * k * Math.PI) / (n + 1))),
      );
      const norm = Math.hypot(...sines);
      expect(
        maxAbsDiff(
          col,
          sines.map((s) => s / norm),
        ),
      ).toBeLessThan(ORTHOGONAL_REDUCTION * n * 10);
    }
  });

  it('is backward stable on random matrices, with zero diagonals (odd n: a zero eigenvalue) and split blocks', () => {
    const next = rng(21);
    for (const n of [2, 5, 9, 30, 64]) {
      const cases: Array<[Float64Array, Float64Array]> = [
        [randomVector(n, next, 5), randomVector(n - 1, next, 5)],
        [new Float64Array(n), randomVector(n - 1, next)],
      ];
      const split = randomVector(n - 1, next);
      split[Math.floor(n / 2) - 1] = 0;
      cases.push([randomVector(n, next), split]);
      for (const [d, e] of cases) {
        const r = residuals(d, e);
        expect(r.eig).toBeLessThan(ORTHOGONAL_REDUCTION * n);
        expect(r.orth).toBeLessThan(ORTHOGONAL_REDUCTION * n);
      }
    }
  });

  it('agrees with mathjs eigs (an independent Jacobi solver) on the eigenvalues', () => {
    const next = rng(22);
    const n = 12;
    const d = randomVector(n, next, 2);
    const e = randomVector(n - 1, next, 2);
    const T = dense(d, e);
    const rows = Array.from({ length: n }, (_, i) => Array.from(T.data.subarray(i * n, (i + 1) * n)));
    const ref = (eigs(rows).values as number[]).slice().sort((a, b) => a - b);
    const { values } = symmetricTridiagonalEigen(d, e);
    expect(maxAbsDiff(values, ref) / Math.max(...ref.map(Math.abs))).toBeLessThan(MATHJS_CROSS);
  });

  it('handles n = 0 and n = 1 and refuses bad input naming the argument', () => {
    expect(symmetricTridiagonalEigen([], []).values.length).toBe(0);
    const one = symmetricTridiagonalEigen([4], []);
    expect(Array.from(one.values)).toEqual([4]);
    expect(Array.from(one.vectors.data)).toEqual([1]);
    expect(() => symmetricTridiagonalEigen([1, 2], [])).toThrow(/e must have length n - 1 = 1, got 0/);
    expect(() => symmetricTridiagonalEigen([1, NaN], [0])).toThrow(/d\[1\] must be a finite number/);
  });
});
