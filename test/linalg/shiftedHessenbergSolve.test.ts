import { describe, expect, it } from 'vitest';
import { shiftedHessenbergSolve } from '../../src/linalg/shiftedHessenbergSolve.ts';
import { hessenberg } from '../../src/linalg/hessenberg.ts';
import { fromRows, zeros } from '../../src/linalg/matrix.ts';
import { solve } from '../../src/linalg/solve.ts';
import { randomMatrix, rng } from './helpers.ts';
import { SHIFTED_SOLVE_REL } from '../tolerances.ts';

describe('shiftedHessenbergSolve', () => {
  it('agrees with the real 2n x 2n embedding [[sr I - H, -si I], [si I, sr I - H]] solved by dense LU', () => {
    const next = rng(41);
    for (const n of [1, 2, 7, 25]) {
      const { H } = hessenberg(randomMatrix(n, n, next, 2));
      const R = randomMatrix(n, 3, next);
      for (const [sr, si] of [
        [0, 0.7],
        [-1.5, 3],
        [2, -40],
        [1e3, 1e4],
      ]) {
        const X = shiftedHessenbergSolve(H, sr, si, R);
        const n2 = 2 * n;
        const E = zeros(n2, n2);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            E.data[i * n2 + j] = E.data[(i + n) * n2 + j + n] = (i === j ? sr : 0) - H.data[i * n + j];
          }
          E.data[i * n2 + i + n] = -si;
          E.data[(i + n) * n2 + i] = si;
        }
        const rhs = zeros(n2, 3);
        rhs.data.set(R.data);
        const Y = solve(E, rhs);
        let diff = 0;
        let scale = 0;
        for (let p = 0; p < n * 3; p++) {
          diff = Math.max(
            diff,
            Math.abs(X.re.data[p] - Y.data[p]),
            Math.abs(X.im.data[p] - Y.data[p + n * 3]),
          );
          scale = Math.max(scale, Math.abs(Y.data[p]), Math.abs(Y.data[p + n * 3]));
        }
        expect(diff / scale).toBeLessThan(SHIFTED_SOLVE_REL);
      }
    }
  });

  it('refuses a shift at an eigenvalue and mismatched shapes', () => {
    expect(() => shiftedHessenbergSolve(fromRows([[2]]), 2, 0, fromRows([[1]]))).toThrow(
      /s = 2 \+ 0i is an eigenvalue/,
    );
    expect(() => shiftedHessenbergSolve(fromRows([[2]]), 0, 1, zeros(2, 1))).toThrow(
      /R must have shape \[1, \*\]/,
    );
  });
});
