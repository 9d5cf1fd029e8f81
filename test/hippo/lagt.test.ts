import { describe, expect, it } from 'vitest';
import { expm, matvec, scale } from '../../src/linalg/index.ts';
import { lagt, laguerreValues } from '../../src/hippo/index.ts';
import { HIPPO_IMPULSE, TIGHT } from '../tolerances.ts';
import { maxAbsDiff } from './helpers.ts';

describe('lagt', () => {
  it('has A = I/2 - tril(ones), B = ones at theta = 1', () => {
    const op = lagt(3);
    expect(Array.from(op.A.data)).toEqual([-0.5, 0, 0, -1, -0.5, 0, -1, -1, -0.5]);
    expect(Array.from(op.B)).toEqual([1, 1, 1]);
    expect(Array.from(op.endpoint)).toEqual([1, 1, 1]);
  });

  it('impulse identity e^{tA} B = [L_n(t) e^{-t/2}]_n, and with theta: [L_n(t/theta) e^{-t/(2 theta)}]_n / theta', () => {
    for (const [N, theta] of [
      [10, 1],
      [16, 1],
      [10, 0.25],
    ] as const) {
      const op = lagt(N, { theta });
      for (const t of [0.1, 1, 3, 10].map((v) => v * theta)) {
        const got = matvec(expm(scale(op.A, t)), op.B);
        const L = laguerreValues(N, t / theta);
        const want = Array.from(L, (v) => (v * Math.exp(-t / (2 * theta))) / theta);
        const ref = Math.max(...want.map(Math.abs));
        expect(maxAbsDiff(got, want) / ref).toBeLessThan(HIPPO_IMPULSE);
        // the basis at a lag is theta times the impulse response at that lag (x = (1/theta) int u p dlag)
        const row = op.basis(Float64Array.of(t)).data;
        expect(
          maxAbsDiff(
            row,
            Array.from(got, (v) => v * theta),
          ) /
            (ref * theta),
        ).toBeLessThan(HIPPO_IMPULSE);
      }
    }
    expect(
      maxAbsDiff(
        lagt(4, { theta: 2 }).A.data,
        Array.from(lagt(4).A.data, (v) => v / 2),
      ),
    ).toBeLessThan(TIGHT);
  });
});
