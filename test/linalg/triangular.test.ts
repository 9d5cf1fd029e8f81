import { describe, expect, it } from 'vitest';
import { solveLowerTriangular, solveUpperTriangular } from '../../src/linalg/triangular.ts';
import { fromRows } from '../../src/linalg/matrix.ts';
import { matvec } from '../../src/linalg/matmul.ts';
import { randomMatrix, randomVector, rng, maxAbsDiff } from './helpers.ts';
import { TIGHT } from '../tolerances.ts';

function lowerPart(n: number, data: Float64Array, upper: boolean): Float64Array {
  const out = Float64Array.from(data);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (upper ? j < i : j > i) out[i * n + j] = 0;
    out[i * n + i] = 2 + Math.abs(out[i * n + i]); // well away from singular
  }
  return out;
}

describe('triangular solves', () => {
  it('solve worked examples', () => {
    const L = fromRows([
      [2, 0],
      [1, 1],
    ]);
    expect(Array.from(solveLowerTriangular(L, Float64Array.of(2, 3)))).toEqual([1, 2]);
    const U = fromRows([
      [1, 1],
      [0, 2],
    ]);
    expect(Array.from(solveUpperTriangular(U, Float64Array.of(3, 2)))).toEqual([2, 1]);
  });

  it('have small residuals on random triangular systems and ignore the other triangle', () => {
    const r = rng(51);
    const n = 12;
    const M = randomMatrix(n, n, r);
    const b = randomVector(n, r);
    const Ld = lowerPart(n, M.data, false);
    const Ud = lowerPart(n, M.data, true);
    const xl = solveLowerTriangular(
      { rows: n, cols: n, data: M.data.map((v, i) => (i % n <= Math.floor(i / n) ? Ld[i] : 99)) },
      b,
    );
    expect(maxAbsDiff(matvec({ rows: n, cols: n, data: Ld }, xl), b)).toBeLessThan(TIGHT);
    const xu = solveUpperTriangular(
      { rows: n, cols: n, data: M.data.map((v, i) => (i % n >= Math.floor(i / n) ? Ud[i] : 99)) },
      b,
    );
    expect(maxAbsDiff(matvec({ rows: n, cols: n, data: Ud }, xu), b)).toBeLessThan(TIGHT);
  });

  it('unitDiagonal treats the diagonal as ones without reading it', () => {
    const L = fromRows([
      [0, 0],
      [3, 0],
    ]);
    expect(Array.from(solveLowerTriangular(L, Float64Array.of(1, 4), { unitDiagonal: true }))).toEqual([
      1, 1,
    ]);
    const U = fromRows([
      [5, 2],
      [0, 7],
    ]);
    expect(Array.from(solveUpperTriangular(U, Float64Array.of(3, 1), { unitDiagonal: true }))).toEqual([
      1, 1,
    ]);
  });

  it('throws "singular" naming the row for a zero diagonal, TypeError for bad shapes', () => {
    const L = fromRows([
      [1, 0],
      [1, 0],
    ]);
    expect(() => solveLowerTriangular(L, Float64Array.of(1, 1))).toThrow(/singular.*row 1/);
    expect(() => solveUpperTriangular(L, Float64Array.of(1, 1))).toThrow(RangeError);
    expect(() => solveUpperTriangular(L, Float64Array.of(1))).toThrow(TypeError);
  });
});
