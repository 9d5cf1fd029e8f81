import { describe, expect, it } from 'vitest';
import { matmul, matvec } from '../../src/linalg/matmul.ts';
import { fromRows, identity, toRows } from '../../src/linalg/matrix.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { randomMatrix, randomVector, rng, maxAbsDiff } from './helpers.ts';
import { TIGHT } from '../tolerances.ts';

describe('matmul / matvec', () => {
  it('multiplies a worked 2x3 by 3x2 example exactly', () => {
    const A = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const B = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(toRows(matmul(A, B))).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('matches the definition sum_k A_ik B_kj, is associative and transposes as (AB)^T = B^T A^T', () => {
    const r = rng(11);
    const A = randomMatrix(4, 5, r);
    const B = randomMatrix(5, 3, r);
    const C = randomMatrix(3, 6, r);
    const AB = matmul(A, B);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 5; k++) s += A.data[i * 5 + k] * B.data[k * 3 + j];
        expect(AB.data[i * 3 + j]).toBeCloseTo(s, 14);
      }
    }
    expect(maxAbsDiff(matmul(AB, C).data, matmul(A, matmul(B, C)).data)).toBeLessThan(TIGHT);
    expect(maxAbsDiff(transpose(AB).data, matmul(transpose(B), transpose(A)).data)).toBeLessThan(TIGHT);
    expect(matmul(identity(4), A).data).toEqual(A.data);
  });

  it('matvec equals matmul with a one-column matrix and leaves inputs untouched', () => {
    const r = rng(12);
    const A = randomMatrix(3, 4, r);
    const x = randomVector(4, r);
    const A0 = Float64Array.from(A.data);
    const x0 = Float64Array.from(x);
    const y = matvec(A, x);
    expect(maxAbsDiff(y, matmul(A, { rows: 4, cols: 1, data: x }).data)).toBe(0);
    expect(A.data).toEqual(A0);
    expect(x).toEqual(x0);
  });

  it('rejects mismatched shapes with a TypeError', () => {
    expect(() => matmul(identity(2), identity(3))).toThrow(TypeError);
    expect(() => matvec(identity(2), new Float64Array(3))).toThrow(/length 2/);
    expect(() => matmul({ rows: 2, cols: 2, data: new Float64Array(3) }, identity(2))).toThrow(TypeError);
  });
});
