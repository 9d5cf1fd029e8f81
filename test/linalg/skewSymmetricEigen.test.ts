import { describe, expect, it } from 'vitest';
import { skewSymmetricEigen } from '../../src/linalg/skewSymmetricEigen.ts';
import { fromRows } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { sub } from '../../src/linalg/elementwise.ts';
import { maxAbsDiff, randomMatrix, rng } from './helpers.ts';
import { ORTHOGONAL_REDUCTION } from '../tolerances.ts';

/** Complex matrix product (Ar + i Ai)(Br + i Bi) of [n, n] parts, as plain re / im arrays. */
function cmul(Ar: Matrix, Ai: Matrix, Br: Matrix, Bi: Matrix): { re: Float64Array; im: Float64Array } {
  const n = Ar.rows;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const ar = Ar.data[i * n + k];
      const ai = Ai.data[i * n + k];
      for (let j = 0; j < n; j++) {
        re[i * n + j] += ar * Br.data[k * n + j] - ai * Bi.data[k * n + j];
        im[i * n + j] += ar * Bi.data[k * n + j] + ai * Br.data[k * n + j];
      }
    }
  return { re, im };
}

describe('skewSymmetricEigen', () => {
  it('finds -+ i w for the rotation generator [[0, -w], [w, 0]]', () => {
    for (const w of [1e-3, 1, 250]) {
      const { omega } = skewSymmetricEigen(
        fromRows([
          [0, -w],
          [w, 0],
        ]),
      );
      expect(maxAbsDiff(omega, [-w, w])).toBeLessThan(ORTHOGONAL_REDUCTION * w);
    }
  });

  it('K V = V diag(i omega) with V unitary, eigenvalues in +- pairs (random, odd and even n)', () => {
    const next = rng(31);
    for (const n of [1, 2, 3, 6, 15, 40]) {
      const G = randomMatrix(n, n, next, 2);
      const K = sub(G, transpose(G));
      const { omega, re, im } = skewSymmetricEigen(K);
      const n2 = n * n;
      // K V (K real) against V diag(i omega): (re + i im) * i omega_j = -im omega_j + i re omega_j
      const KV = cmul(K, { rows: n, cols: n, data: new Float64Array(n2) }, re, im);
      let res = 0;
      let scale = 0;
      for (let p = 0; p < n2; p++) {
        const j = p % n;
        res = Math.max(
          res,
          Math.abs(KV.re[p] + im.data[p] * omega[j]),
          Math.abs(KV.im[p] - re.data[p] * omega[j]),
        );
        scale = Math.max(scale, Math.abs(K.data[p]));
      }
      expect(res).toBeLessThanOrEqual(ORTHOGONAL_REDUCTION * n * scale);
      // V^* V = I
      const VH = cmul(transpose(re), { rows: n, cols: n, data: transpose(im).data.map((x) => -x) }, re, im);
      for (let p = 0; p < n2; p++) {
        const eye = Math.floor(p / n) === p % n ? 1 : 0;
        expect(Math.abs(VH.re[p] - eye) + Math.abs(VH.im[p])).toBeLessThan(ORTHOGONAL_REDUCTION * n);
      }
      for (let j = 0; j < n; j++)
        expect(Math.abs(omega[j] + omega[n - 1 - j])).toBeLessThanOrEqual(ORTHOGONAL_REDUCTION * n * scale);
    }
  });

  it('refuses a matrix that is not skew-symmetric, naming the mismatch', () => {
    expect(() =>
      skewSymmetricEigen(
        fromRows([
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toThrow(/K must be skew-symmetric/);
    expect(() =>
      skewSymmetricEigen(
        fromRows([
          [0, 1],
          [-1, 0],
        ]),
        { tolerance: NaN },
      ),
    ).toThrow(/options.tolerance must be finite/);
  });
});
