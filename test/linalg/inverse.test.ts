import { describe, expect, it } from 'vitest';
import { inv } from 'mathjs';
import { inverse } from '../../src/linalg/inverse.ts';
import { fromRows, identity, toRows } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { randomMatrix, rng, maxAbsDiff, relErr } from './helpers.ts';
import { MATHJS_CROSS, TIGHT } from '../tolerances.ts';

describe('inverse', () => {
  it('inverts the 2x2 closed form [[a, b], [c, d]]^-1 = [[d, -b], [-c, a]] / (ad - bc)', () => {
    const Ai = inverse(
      fromRows([
        [4, 7],
        [2, 6],
      ]),
    );
    expect(maxAbsDiff(Ai.data, [0.6, -0.7, -0.2, 0.4])).toBeLessThan(TIGHT);
  });

  it('agrees with mathjs inv on random matrices and gives A A^-1 = I', () => {
    const r = rng(41);
    for (const n of [2, 4, 8, 16]) {
      const A = randomMatrix(n, n, r);
      const Ai = inverse(A);
      const ref = fromRows(inv(toRows(A)) as number[][]);
      expect(relErr(Ai, ref)).toBeLessThan(MATHJS_CROSS);
      expect(maxAbsDiff(matmul(A, Ai).data, identity(n).data)).toBeLessThan(MATHJS_CROSS);
    }
  });

  it('throws for a singular matrix', () => {
    expect(() =>
      inverse(
        fromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toThrow(RangeError);
  });
});
