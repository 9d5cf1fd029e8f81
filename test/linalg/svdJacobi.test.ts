import { describe, expect, it } from 'vitest';
import { householderQr } from '../../src/linalg/householderQr.ts';
import { svdJacobi } from '../../src/linalg/svdJacobi.ts';
import { symmetricEigen } from '../../src/linalg/symmetricEigen.ts';
import { fromRows, identity } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { solve } from '../../src/linalg/solve.ts';
import { randomMatrix, rng, maxAbsDiff } from './helpers.ts';
import { EIGEN_BACKWARD, QR_BACKWARD } from '../tolerances.ts';

function frobenius(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i];
  return Math.sqrt(s);
}

describe('householderQr', () => {
  it('R^T R = A^T A and R^T (Q^T B) = A^T B (no Q needed), R upper triangular', () => {
    for (const [m, n, seed] of [
      [5, 5, 1],
      [40, 7, 2],
      [300, 12, 3],
    ]) {
      const A = randomMatrix(m, n, rng(seed), 2);
      const B = randomMatrix(m, 2, rng(seed + 10));
      const { R, QtB, residual } = householderQr(A, B);
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(R.data[i * n + j]).toBe(0);
      const AtA = matmul(transpose(A), A);
      const scale = frobenius(AtA.data);
      expect(maxAbsDiff(matmul(transpose(R), R).data, AtA.data)).toBeLessThan(QR_BACKWARD * scale);
      expect(maxAbsDiff(matmul(transpose(R), QtB).data, matmul(transpose(A), B).data)).toBeLessThan(
        QR_BACKWARD * frobenius(A.data) * frobenius(B.data),
      );
      // the residual of the least-squares solution x = R^-1 Q^T B (second path: the normal equations)
      const x = solve(AtA, matmul(transpose(A), B));
      const r = matmul(A, x);
      for (let c = 0; c < 2; c++) {
        let rss = 0;
        for (let i = 0; i < m; i++) rss += (B.data[i * 2 + c] - r.data[i * 2 + c]) ** 2;
        expect(Math.abs(residual[c] - rss)).toBeLessThan(1e-9 * (1 + rss));
      }
    }
  });

  it('rejects wide matrices and mismatched right-hand sides', () => {
    expect(() => householderQr(fromRows([[1, 2]]), fromRows([[1]]))).toThrow(/at least as many rows/);
    expect(() => householderQr(identity(2), fromRows([[1]]))).toThrow(TypeError);
  });
});

describe('svdJacobi', () => {
  it('reconstructs A = U S V^T with orthonormal U, V and descending values', () => {
    for (const [m, n, seed] of [
      [3, 3, 1],
      [20, 6, 2],
      [61, 61, 3],
    ]) {
      const A = randomMatrix(m, n, rng(seed), 3);
      const s = svdJacobi(A);
      const US: Matrix = { rows: m, cols: n, data: s.U.data.map((u, k) => u * s.values[k % n]) };
      expect(maxAbsDiff(matmul(US, transpose(s.V)).data, A.data)).toBeLessThan(
        EIGEN_BACKWARD * frobenius(A.data),
      );
      expect(maxAbsDiff(matmul(transpose(s.U), s.U).data, identity(n).data)).toBeLessThan(EIGEN_BACKWARD);
      expect(maxAbsDiff(matmul(transpose(s.V), s.V).data, identity(n).data)).toBeLessThan(EIGEN_BACKWARD);
      for (let i = 1; i < n; i++) expect(s.values[i]).toBeLessThanOrEqual(s.values[i - 1]);
    }
  });

  it('squares to the eigenvalues of A^T A (second path: the symmetric Jacobi eigensolver)', () => {
    const A = randomMatrix(30, 8, rng(5));
    const s = svdJacobi(A);
    const e = symmetricEigen(matmul(transpose(A), A)).values;
    const top = e[7];
    for (let i = 0; i < 8; i++)
      expect(Math.abs(s.values[i] ** 2 - e[7 - i])).toBeLessThan(EIGEN_BACKWARD * top);
  });

  it('resolves small singular values the Gram matrix loses: diag(1, 1e-10) in a rotated basis', () => {
    const c = Math.cos(0.3);
    const sn = Math.sin(0.3);
    const Q = fromRows([
      [c, -sn],
      [sn, c],
    ]);
    const A = matmul(
      matmul(
        Q,
        fromRows([
          [1, 0],
          [0, 1e-10],
        ]),
      ),
      transpose(Q),
    );
    const s = svdJacobi(A);
    expect(Math.abs(s.values[1] - 1e-10)).toBeLessThan(1e-10 * 1e-5);
    // through A^T A the small value is sqrt(rounding): off by orders of magnitude
    const viaGram = Math.sqrt(Math.max(0, symmetricEigen(matmul(transpose(A), A)).values[0]));
    expect(Math.abs(viaGram - 1e-10)).toBeGreaterThan(1e-10 * 1e-2);
  });

  it('handles zero columns and rejects wide or non-finite input', () => {
    const s = svdJacobi(
      fromRows([
        [1, 0],
        [0, 0],
        [0, 0],
      ]),
    );
    expect(Array.from(s.values)).toEqual([1, 0]);
    expect(s.U.data[1]).toBe(0);
    expect(() => svdJacobi(fromRows([[1, 2]]))).toThrow(/at least as many rows/);
    expect(() => svdJacobi(fromRows([[NaN]]))).toThrow(RangeError);
    expect(() => svdJacobi(identity(2), { maxSweeps: 0 })).toThrow(/maxSweeps/);
  });
});
