import { describe, expect, it } from 'vitest';
import { hessenberg } from '../../src/linalg/hessenberg.ts';
import { fromRows, identity } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { sub } from '../../src/linalg/elementwise.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { randomMatrix, rng } from './helpers.ts';
import { ORTHOGONAL_REDUCTION } from '../tolerances.ts';

function skew(M: Matrix): Matrix {
  return sub(M, transpose(M));
}

describe('hessenberg', () => {
  it('A = Q H Q^T with Q orthogonal and H exactly zero below the subdiagonal (random, n = 0..40)', () => {
    const next = rng(11);
    for (const n of [0, 1, 2, 3, 5, 8, 17, 40]) {
      const A = randomMatrix(n, n, next, 3);
      const { H, Q } = hessenberg(A);
      for (let i = 0; i < n; i++) for (let j = 0; j + 1 < i; j++) expect(H.data[i * n + j]).toBe(0);
      const scale = Math.max(norm1(A), 1e-300);
      expect(norm1(sub(matmul(matmul(Q, H), transpose(Q)), A)) / scale).toBeLessThanOrEqual(
        ORTHOGONAL_REDUCTION * n,
      );
      expect(norm1(sub(matmul(transpose(Q), Q), identity(n)))).toBeLessThan(
        ORTHOGONAL_REDUCTION * Math.max(n, 1),
      );
    }
  });

  it('keeps the similarity structure: a symmetric A gives a symmetric tridiagonal H, a skew one a skew tridiagonal', () => {
    const next = rng(12);
    const n = 12;
    const G = randomMatrix(n, n, next);
    for (const [A, sign] of [
      [matmul(G, transpose(G)), 1],
      [skew(G), -1],
    ] as const) {
      const { H } = hessenberg(A);
      const s = norm1(A);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (Math.abs(i - j) > 1)
            expect(Math.abs(H.data[i * n + j])).toBeLessThan(ORTHOGONAL_REDUCTION * n * s);
          else
            expect(Math.abs(H.data[i * n + j] - sign * H.data[j * n + i])).toBeLessThan(
              ORTHOGONAL_REDUCTION * n * s,
            );
        }
      }
    }
  });

  it('leaves an already Hessenberg matrix alone (reflectors of zero columns are skipped)', () => {
    const A = fromRows([
      [1, 2, 3],
      [4, 5, 6],
      [0, 7, 8],
    ]);
    const { H, Q } = hessenberg(A);
    expect(Array.from(H.data)).toEqual(Array.from(A.data));
    expect(Array.from(Q.data)).toEqual(Array.from(identity(3).data));
  });

  it('refuses non-square and non-finite input, naming the argument', () => {
    expect(() => hessenberg({ rows: 2, cols: 3, data: new Float64Array(6) })).toThrow(/A must be square/);
    expect(() =>
      hessenberg(
        fromRows([
          [1, NaN],
          [0, 1],
        ]),
      ),
    ).toThrow(/A\[0\]\[1\] must be finite/);
  });
});
