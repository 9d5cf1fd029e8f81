import { describe, expect, it } from 'vitest';
import { expm, matvec, scale } from '../../src/linalg/index.ts';
import { legendreValues, legs, legt } from '../../src/hippo/index.ts';
import { HIPPO_IMPULSE, TIGHT } from '../tolerances.ts';
import { maxAbsDiff } from './helpers.ts';

describe('legs', () => {
  it('has the documented A, B (hand-written N = 3), is time-varying and ignores theta in A, B', () => {
    const op = legs(3);
    const s3 = Math.sqrt(3);
    const s5 = Math.sqrt(5);
    const s15 = Math.sqrt(15);
    expect(maxAbsDiff(op.A.data, [-1, 0, 0, -s3, -2, 0, -s5, -s15, -3])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.B, [1, s3, s5])).toBeLessThan(TIGHT);
    expect(op.timeVarying).toBe(true);
    expect(maxAbsDiff(legs(3, { theta: 7 }).A.data, op.A.data)).toBe(0);
  });

  it('impulse identity e^{tA} B = [sqrt(2n+1) P_n(2 e^{-t} - 1) e^{-t}]_n', () => {
    for (const N of [8, 16]) {
      const op = legs(N);
      for (const t of [0.1, 0.5, 1, 2, 5]) {
        const got = matvec(expm(scale(op.A, t)), op.B);
        const P = legendreValues(N, 2 * Math.exp(-t) - 1);
        const want = Array.from(P, (v, n) => Math.sqrt(2 * n + 1) * v * Math.exp(-t));
        const ref = Math.max(...want.map(Math.abs));
        expect(maxAbsDiff(got, want) / ref).toBeLessThan(HIPPO_IMPULSE);
      }
    }
  });

  it('basis at time t = theta is the LegT basis of the window [0, t]', () => {
    const t = 2.5;
    const lags = Float64Array.of(0, 0.3, 1.2, 2.5);
    expect(maxAbsDiff(legs(6, { theta: t }).basis(lags).data, legt(6, { theta: t }).basis(lags).data)).toBe(
      0,
    );
  });
});
