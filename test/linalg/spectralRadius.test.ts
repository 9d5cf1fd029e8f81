import { describe, expect, it } from 'vitest';
import { spectralRadius } from '../../src/linalg/spectralRadius.ts';
import { symmetricEigen } from '../../src/linalg/symmetricEigen.ts';
import { fromRows, identity, zeros } from '../../src/linalg/matrix.ts';
import { randomMatrix, rng } from './helpers.ts';
import { TIGHT, SPECTRAL_RADIUS_REL } from '../tolerances.ts';

describe('spectralRadius', () => {
  it('equals max |eigenvalue| of symmetric matrices (second path: the Jacobi eigensolver)', () => {
    for (const [n, seed] of [
      [3, 1],
      [8, 2],
      [20, 3],
    ]) {
      const G = randomMatrix(n, n, rng(seed));
      const A = zeros(n, n);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) A.data[i * n + j] = G.data[i * n + j] + G.data[j * n + i];
      const e = symmetricEigen(A).values;
      const exact = Math.max(Math.abs(e[0]), Math.abs(e[n - 1]));
      expect(Math.abs(spectralRadius(A) - exact)).toBeLessThan(SPECTRAL_RADIUS_REL * exact);
    }
  });

  it('reads complex and defective spectra: rotations, a companion matrix, Jordan blocks, nilpotents', () => {
    // r [[cos w, -sin w], [sin w, cos w]]: eigenvalues r e^{+-iw}
    const r = 0.97;
    const w = 0.3;
    const R = fromRows([
      [r * Math.cos(w), -r * Math.sin(w)],
      [r * Math.sin(w), r * Math.cos(w)],
    ]);
    expect(Math.abs(spectralRadius(R) - r)).toBeLessThan(SPECTRAL_RADIUS_REL);
    // companion matrix of (z - 1.02)(z - 0.5)(z + 0.9) = z^3 - 0.62 z^2 - 0.858 z + 0.459: roots 1.02, 0.5, -0.9
    const C = fromRows([
      [0.62, 0.858, -0.459],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(Math.abs(spectralRadius(C) - 1.02)).toBeLessThan(SPECTRAL_RADIUS_REL);
    // a 3 x 3 Jordan block at 1: ||J^k|| ~ k^2 / 2 grows, the radius stays 1 (bias k^(2/k) at k = 2^48)
    const J = fromRows([
      [1, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
    expect(Math.abs(spectralRadius(J) - 1)).toBeLessThan(SPECTRAL_RADIUS_REL);
    expect(
      spectralRadius(
        fromRows([
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toBe(0);
    expect(spectralRadius(identity(0))).toBe(0);
    // fewer squarings: ||M^2|| ^ (1/2) for a diagonal matrix is exact
    expect(Math.abs(spectralRadius(fromRows([[-3]]), { squarings: 1 }) - 3)).toBeLessThan(TIGHT);
  });

  it('rejects bad input', () => {
    expect(() => spectralRadius(fromRows([[1, 2]]))).toThrow(TypeError);
    expect(() => spectralRadius(fromRows([[NaN]]))).toThrow(RangeError);
    expect(() => spectralRadius(identity(2), { squarings: 0 })).toThrow(/squarings/);
    expect(() => spectralRadius(identity(2), { squarings: 61 })).toThrow(/squarings/);
  });
});
