import { describe, expect, it } from 'vitest';
import { norm1, normInf } from '../../src/linalg/norms.ts';
import { fromRows, zeros } from '../../src/linalg/matrix.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { randomMatrix, rng } from './helpers.ts';

describe('norm1 / normInf', () => {
  it('are the max absolute column / row sums', () => {
    const A = fromRows([
      [1, -2],
      [3, 4],
    ]);
    expect(norm1(A)).toBe(6);
    expect(normInf(A)).toBe(7);
    expect(norm1(zeros(0, 0))).toBe(0);
  });

  it('satisfy ||A||_1 = ||A^T||_inf', () => {
    const A = randomMatrix(5, 3, rng(3));
    expect(norm1(A)).toBe(normInf(transpose(A)));
  });
});
