import { describe, expect, it } from 'vitest';
import { expm, scale } from '../../src/linalg/index.ts';
import { legt } from '../../src/hippo/index.ts';
import { HIPPO_EXACT_POLY, HIPPO_ODE_VS_PROJECTION, TIGHT } from '../tolerances.ts';
import { maxAbsDiff, projectWindow, rk4 } from './helpers.ts';

const s3 = Math.sqrt(3);
const s5 = Math.sqrt(5);
const s15 = Math.sqrt(15);

describe('legt', () => {
  it('has the documented A, B, endpoint (hand-written N = 3) and scales with 1/theta', () => {
    const op = legt(3);
    const expected = [-1, s3, -s5, -s3, -3, s15, -s5, -s15, -5];
    expect(maxAbsDiff(op.A.data, expected)).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.B, [1, s3, s5])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.endpoint, [1, s3, s5])).toBeLessThan(TIGHT);
    const half = legt(3, { theta: 0.5 });
    expect(
      maxAbsDiff(
        half.A.data,
        expected.map((v) => 2 * v),
      ),
    ).toBeLessThan(TIGHT);
    expect(maxAbsDiff(half.B, [2, 2 * s3, 2 * s5])).toBeLessThan(TIGHT);
    expect(op.timeVarying).toBe(false);
    expect(Object.isFrozen(op)).toBe(true);
  });

  it('basis reconstructs polynomials of degree < N exactly from the exact projection', () => {
    for (const [N, theta] of [
      [1, 1],
      [5, 1],
      [12, 0.7],
      [16, 2],
    ] as const) {
      const op = legt(N, { theta });
      // a fixed polynomial of degree N - 1 with O(1) values on the window
      const coef = Array.from({ length: N }, (_, i) => Math.cos(1.3 * i + 0.4));
      const t = 3.2;
      const u = (s: number): number => {
        const z = (s - t) / theta + 0.5;
        let v = 0;
        for (let i = N - 1; i >= 0; i--) v = v * z + coef[i];
        return v;
      };
      const x = projectWindow(op, u, t, { M: N + 2 });
      const lags = Float64Array.from({ length: 21 }, (_, i) => (i / 20) * theta);
      const R = op.basis(lags);
      expect([R.rows, R.cols]).toEqual([21, N]);
      for (let i = 0; i < lags.length; i++) {
        let rec = 0;
        for (let n = 0; n < N; n++) rec += R.data[i * N + n] * x[n];
        expect(Math.abs(rec - u(t - lags[i]))).toBeLessThan(HIPPO_EXACT_POLY);
      }
      // endpoint is the basis at lag 0
      expect(maxAbsDiff(op.basis(Float64Array.of(0)).data, op.endpoint)).toBeLessThan(TIGHT);
    }
  });

  it("the ODE x' = A x + B u carries the exact projection along (A, B and basis are consistent)", () => {
    const u = (s: number): number => Math.sin(2 * Math.PI * s) + 0.3 * Math.cos(5 * s);
    for (const N of [16, 20]) {
      const op = legt(N);
      const x = rk4(op, u, projectWindow(op, u, 0), 0, 1e-4, 13000);
      expect(maxAbsDiff(x, projectWindow(op, u, 1.3))).toBeLessThan(HIPPO_ODE_VS_PROJECTION);
    }
  });

  it('is stable: ||e^{tA}|| decays exponentially (all eigenvalues have negative real part)', () => {
    for (const N of [4, 16, 64]) {
      const A = legt(N).A;
      const maxAbs = (t: number): number => Math.max(...Array.from(expm(scale(A, t)).data, Math.abs));
      const n10 = maxAbs(10);
      const n20 = maxAbs(20);
      const n40 = maxAbs(40);
      // ||e^{tA}||^{1/t} -> e^{alpha}, alpha the spectral abscissa: well below 1 and consistent between t = 20, 40
      expect(n20).toBeLessThan(1e-20);
      expect(n40).toBeLessThan(n20 * n20 * 1e3);
      expect(n20).toBeLessThan(n10);
    }
  });
});
