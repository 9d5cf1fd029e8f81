import { describe, expect, it } from 'vitest';
import { solve } from '../../src/linalg/solve.ts';
import { fromRows, identity } from '../../src/linalg/matrix.ts';
import { matmul, matvec } from '../../src/linalg/matmul.ts';
import { randomMatrix, randomVector, rng, maxAbsDiff } from './helpers.ts';
import { TIGHT } from '../tolerances.ts';

describe('solve', () => {
  it('solves a worked 3x3 system exactly representable in binary', () => {
    const A = fromRows([
      [2, 1, 1],
      [4, -6, 0],
      [-2, 7, 2],
    ]);
    // x = (1, 1, 2) => b = A x
    const x = solve(A, Float64Array.of(5, -2, 9));
    expect(maxAbsDiff(x, [1, 1, 2])).toBeLessThan(TIGHT);
  });

  it('accepts a vector or a matrix right-hand side', () => {
    const r = rng(31);
    const A = randomMatrix(5, 5, r);
    const b = randomVector(5, r);
    expect(maxAbsDiff(matvec(A, solve(A, b)), b)).toBeLessThan(TIGHT * 100);
    const X = solve(A, identity(5));
    expect(maxAbsDiff(matmul(A, X).data, identity(5).data)).toBeLessThan(TIGHT * 100);
  });

  it('throws for a singular matrix', () => {
    expect(() =>
      solve(
        fromRows([
          [1, 1],
          [1, 1],
        ]),
        Float64Array.of(1, 2),
      ),
    ).toThrow(/singular/);
  });
});
