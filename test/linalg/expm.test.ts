import { describe, expect, it } from 'vitest';
import { expm as mathjsExpm, matrix, type Matrix as MathMatrix } from 'mathjs';
import { expm, EXPM_THETA } from '../../src/linalg/expm.ts';
import { fromRows, identity, toRows, zeros } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { add, scale } from '../../src/linalg/elementwise.ts';
import { inverse } from '../../src/linalg/inverse.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { randomMatrix, rng, maxAbsDiff, relErr } from './helpers.ts';
import { EXPM_REL, EXPM_ILLCOND, MATHJS_CROSS } from '../tolerances.ts';

/** e^A by the plain Taylor series (an independent path, accurate for ||A||_1 <= ~2). */
function taylor(A: Matrix, terms: number): Matrix {
  let term = identity(A.rows);
  let sum = identity(A.rows);
  for (let k = 1; k < terms; k++) {
    term = scale(matmul(term, A), 1 / k);
    sum = add(sum, term);
  }
  return sum;
}

function mathjsReference(A: Matrix): Matrix {
  return fromRows((mathjsExpm(matrix(toRows(A))) as MathMatrix).toArray() as number[][]);
}

describe('expm', () => {
  it('refuses finite entries whose 1-norm overflows (it would square forever; found by the CLI fuzz test)', () => {
    const A = fromRows([
      [1e308, 0],
      [1e308, 0],
    ]);
    expect(() => expm(A)).toThrow(/expm: \|\|A\|\|_1 overflows float64/);
  });

  it('exponentiates a rotation generator: exp([[0, -w], [w, 0]]) = [[cos w, -sin w], [sin w, cos w]]', () => {
    for (const w of [0.001, 0.5, 3, 10, 100]) {
      const E = expm(
        fromRows([
          [0, -w],
          [w, 0],
        ]),
      );
      const c = Math.cos(w);
      const s = Math.sin(w);
      // |sin|, |cos| <= 1, so an absolute bound is a relative bound on the matrix (norm ~1)
      expect(maxAbsDiff(E.data, [c, -s, s, c])).toBeLessThan(EXPM_REL * Math.max(1, w / 10));
    }
  });

  it('matches the finite Taylor series of a nilpotent (strictly upper triangular) matrix', () => {
    const r = rng(61);
    for (const sc of [0.01, 1, 4]) {
      const n = 6;
      const A = randomMatrix(n, n, r, sc);
      for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) A.data[i * n + j] = 0;
      const exact = taylor(A, n); // A^n = 0: the series ends at A^(n-1)/(n-1)!
      expect(relErr(expm(A), exact)).toBeLessThan(EXPM_REL);
    }
  });

  it('matches V diag(e^l) V^-1 for a diagonalizable matrix', () => {
    const r = rng(62);
    const n = 5;
    const V = add(identity(n), randomMatrix(n, n, r, 0.2)); // well-conditioned eigenvectors
    const Vi = inverse(V);
    for (const spread of [0.1, 2, 8]) {
      const l = Array.from({ length: n }, () => spread * (2 * r() - 1.5));
      const Dl = zeros(n, n);
      const De = zeros(n, n);
      for (let i = 0; i < n; i++) {
        Dl.data[i * n + i] = l[i];
        De.data[i * n + i] = Math.exp(l[i]);
      }
      const A = matmul(matmul(V, Dl), Vi);
      const exact = matmul(matmul(V, De), Vi);
      expect(relErr(expm(A), exact)).toBeLessThan(EXPM_REL);
    }
  });

  it('reproduces the Moler-Van Loan example exp([[-49, 24], [-64, 31]]) in closed form', () => {
    // A = V diag(-1, -17) V^-1 with V = [[1, 3], [2, 4]]
    const e1 = Math.exp(-1);
    const e17 = Math.exp(-17);
    const exact = fromRows([
      [-2 * e1 + 3 * e17, 1.5 * e1 - 1.5 * e17],
      [-4 * e1 + 4 * e17, 3 * e1 - 2 * e17],
    ]);
    const A = fromRows([
      [-49, 24],
      [-64, 31],
    ]);
    expect(norm1(A)).toBeGreaterThan(EXPM_THETA[13]); // scaling and squaring path
    expect(relErr(expm(A), exact)).toBeLessThan(EXPM_REL);
  });

  it('is accurate on large-norm matrices (scaling and squaring)', () => {
    // diagonal: exact
    const D = expm(
      fromRows([
        [-30, 0],
        [0, 20],
      ]),
    );
    expect(Math.abs(D.data[0] / Math.exp(-30) - 1)).toBeLessThan(EXPM_REL);
    expect(Math.abs(D.data[3] / Math.exp(20) - 1)).toBeLessThan(EXPM_REL);
    expect(D.data[1]).toBe(0);
    expect(D.data[2]).toBe(0);
    // Jordan block: exp([[l, 1], [0, l]]) = e^l [[1, 1], [0, 1]]
    for (const lam of [-20, -3, 6]) {
      const J = expm(
        fromRows([
          [lam, 1],
          [0, lam],
        ]),
      );
      const el = Math.exp(lam);
      expect(maxAbsDiff([J.data[0] / el, J.data[1] / el, J.data[3] / el], [1, 1, 1])).toBeLessThan(
        EXPM_REL * 10,
      );
      expect(J.data[2]).toBe(0);
    }
    // e^{2A} = (e^A)^2 and e^{A + cI} = e^c e^A on a random matrix of norm ~30
    const A = randomMatrix(6, 6, rng(63), 5);
    const E = expm(A);
    expect(relErr(expm(scale(A, 2)), matmul(E, E))).toBeLessThan(EXPM_ILLCOND);
    expect(relErr(expm(add(A, scale(identity(6), 3))), scale(E, Math.exp(3)))).toBeLessThan(EXPM_ILLCOND);
  });

  it('is accurate in every Pade band (norms just under theta_3 .. theta_13 and above)', () => {
    const r = rng(64);
    for (const target of [
      0.9 * EXPM_THETA[3],
      0.9 * EXPM_THETA[5],
      0.9 * EXPM_THETA[7],
      0.9 * EXPM_THETA[9],
      1.05 * EXPM_THETA[9],
      2,
    ]) {
      const R = randomMatrix(5, 5, r);
      const A = scale(R, target / norm1(R));
      expect(relErr(expm(A), taylor(A, 60))).toBeLessThan(EXPM_REL);
    }
  });

  it('agrees with mathjs expm on random matrices', () => {
    const r = rng(65);
    for (const s of [0.001, 0.1, 0.5, 1]) {
      for (let t = 0; t < 3; t++) {
        const A = randomMatrix(6, 6, r, s);
        expect(relErr(expm(A), mathjsReference(A))).toBeLessThan(MATHJS_CROSS);
      }
    }
  });

  it('handles trivial sizes and never mutates its input', () => {
    expect(expm(zeros(0, 0)).data.length).toBe(0);
    expect(expm(fromRows([[0.5]])).data[0]).toBeCloseTo(Math.exp(0.5), 15);
    expect(expm(zeros(3, 3)).data).toEqual(identity(3).data);
    const A = randomMatrix(4, 4, rng(66), 10);
    const a0 = Float64Array.from(A.data);
    expm(A);
    expect(A.data).toEqual(a0);
  });

  it('rejects non-square and non-finite input', () => {
    expect(() => expm({ rows: 2, cols: 3, data: new Float64Array(6) })).toThrow(TypeError);
    expect(() => expm(fromRows([[NaN]]))).toThrow(RangeError);
    expect(() =>
      expm(
        fromRows([
          [1, Infinity],
          [0, 1],
        ]),
      ),
    ).toThrow(/A\[0\]\[1\] must be finite/);
  });
});
