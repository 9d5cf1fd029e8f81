import { describe, expect, it } from 'vitest';
import { legt, lmu } from '../../src/hippo/index.ts';
import { TIGHT } from '../tolerances.ts';
import { maxAbsDiff } from './helpers.ts';

describe('lmu', () => {
  it("matches Voelker's matrices (hand-written N = 3)", () => {
    const op = lmu(3);
    expect(Array.from(op.A.data)).toEqual([-1, -1, -1, 3, -3, -3, -5, 5, -5]);
    expect(Array.from(op.B)).toEqual([1, -3, 5]);
    expect(Array.from(op.endpoint)).toEqual([1, -1, 1]);
  });

  it('is LegT after x_legt = M x_lmu, M = diag((-1)^n / sqrt(2n+1)): A = M^-1 A_legt M, B = M^-1 B_legt', () => {
    for (const [N, theta] of [
      [7, 1],
      [24, 0.4],
    ] as const) {
      const a = legt(N, { theta });
      const b = lmu(N, { theta });
      const m = Array.from({ length: N }, (_, n) => (n % 2 === 0 ? 1 : -1) / Math.sqrt(2 * n + 1));
      const A = new Float64Array(N * N);
      for (let i = 0; i < N; i++)
        for (let j = 0; j < N; j++) A[i * N + j] = (a.A.data[i * N + j] * m[j]) / m[i];
      const scaleA = Math.max(...Array.from(b.A.data, Math.abs));
      expect(maxAbsDiff(b.A.data, A) / scaleA).toBeLessThan(TIGHT);
      expect(
        maxAbsDiff(
          b.B,
          Array.from(a.B, (v, i) => v / m[i]),
        ) /
          (2 * N),
      ).toBeLessThan(TIGHT);
      // same reconstruction: p_lmu = M p_legt (endpoint and every lag)
      expect(
        maxAbsDiff(
          b.endpoint,
          Array.from(a.endpoint, (v, i) => v * m[i]),
        ),
      ).toBeLessThan(TIGHT);
      const lags = Float64Array.of(0, 0.1 * theta, 0.5 * theta, theta);
      const Pa = a.basis(lags);
      const Pb = b.basis(lags);
      for (let i = 0; i < lags.length; i++) {
        for (let n = 0; n < N; n++)
          expect(Math.abs(Pb.data[i * N + n] - Pa.data[i * N + n] * m[n])).toBeLessThan(TIGHT);
      }
    }
  });
});
