import { describe, expect, it } from 'vitest';
import { det } from 'mathjs';
import { lu, luSolve, luSolveMatrix } from '../../src/linalg/lu.ts';
import { fromRows, identity, toRows } from '../../src/linalg/matrix.ts';
import { matmul, matvec } from '../../src/linalg/matmul.ts';
import { norm1, normInf } from '../../src/linalg/norms.ts';
import { randomMatrix, randomVector, rng, maxAbsDiff } from './helpers.ts';
import { BACKWARD_STABLE, TIGHT } from '../tolerances.ts';

/** Unpacks the factors: P A = L U. */
function factors(n: number, f: ReturnType<typeof lu>) {
  const L = identity(n);
  const U = identity(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j < i) L.data[i * n + j] = f.LU.data[i * n + j];
      else U.data[i * n + j] = f.LU.data[i * n + j];
    }
  }
  return { L, U };
}

describe('lu', () => {
  it('reconstructs P A = L U with |L_ij| <= 1 and the permutation sign of det', () => {
    const r = rng(21);
    for (const n of [1, 2, 5, 12]) {
      const A = randomMatrix(n, n, r);
      const a0 = Float64Array.from(A.data);
      const f = lu(A);
      expect(A.data).toEqual(a0);
      const { L, U } = factors(n, f);
      const PA = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) PA[i * n + j] = A.data[f.piv[i] * n + j];
      expect(maxAbsDiff(matmul(L, U).data, PA)).toBeLessThan(TIGHT);
      for (let i = 0; i < n * n; i++)
        if (i % (n + 1) !== 0) expect(Math.abs(L.data[i])).toBeLessThanOrEqual(1);
      let d = f.sign;
      for (let i = 0; i < n; i++) d *= U.data[i * n + i];
      const ref = det(toRows(A)) as number;
      expect(Math.abs(d - ref)).toBeLessThan(TIGHT * Math.max(1, Math.abs(ref)));
    }
  });

  it('pivots: a zero leading entry is fine and swaps rows', () => {
    const f = lu(
      fromRows([
        [0, 1],
        [2, 3],
      ]),
    );
    expect(Array.from(f.piv)).toEqual([1, 0]);
    expect(f.sign).toBe(-1);
    expect(Array.from(luSolve(f, Float64Array.of(1, 5)))).toEqual([1, 1]);
  });

  it('solves with small backward error (residual / (||A|| ||x||) ~ eps)', () => {
    const r = rng(22);
    for (const n of [3, 10, 40]) {
      const A = randomMatrix(n, n, r);
      const b = randomVector(n, r);
      const x = luSolve(lu(A), b);
      const res = matvec(A, x).map((v, i) => v - b[i]);
      const xn = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      const resn = res.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      expect(resn / (normInf(A) * xn)).toBeLessThan(BACKWARD_STABLE);
    }
  });

  it('luSolveMatrix agrees column by column with luSolve', () => {
    const r = rng(23);
    const A = randomMatrix(6, 6, r);
    const B = randomMatrix(6, 3, r);
    const f = lu(A);
    const X = luSolveMatrix(f, B);
    for (let c = 0; c < 3; c++) {
      const col = Float64Array.from({ length: 6 }, (_, i) => B.data[i * 3 + c]);
      const x = luSolve(f, col);
      for (let i = 0; i < 6; i++) expect(X.data[i * 3 + c]).toBe(x[i]);
    }
    expect(norm1(matmul(A, X))).toBeGreaterThan(0);
    expect(maxAbsDiff(matmul(A, X).data, B.data)).toBeLessThan(TIGHT * 100);
  });

  it('throws RangeError "singular" naming the pivot column for an exactly singular matrix', () => {
    const S = fromRows([
      [1, 2, 3],
      [2, 4, 6],
      [1, 0, 1],
    ]);
    expect(() => lu(S)).toThrow(RangeError);
    expect(() => lu(S)).toThrow(/singular.*column 2/);
    expect(() => lu(fromRows([[0]]))).toThrow(/singular.*column 0/);
  });

  it('rejects non-square input and bad right-hand sides', () => {
    expect(() => lu({ rows: 2, cols: 3, data: new Float64Array(6) })).toThrow(TypeError);
    expect(() => luSolve(lu(identity(2)), new Float64Array(3))).toThrow(TypeError);
    expect(() => luSolveMatrix(lu(identity(2)), identity(3))).toThrow(TypeError);
  });
});
