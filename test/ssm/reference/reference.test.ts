/** The reference twins against closed forms, so that the fast paths are tested against something that is tested. */
import { describe, expect, it } from 'vitest';
import { denseScan, directConvolution, naiveDft, radixStage } from '../../../src/ssm/reference/index.ts';
import { TIGHT } from '../../tolerances.ts';
import { randomPredictor, randomSequence } from '../fixtures.ts';

describe('reference twins', () => {
  it('naiveDft maps an impulse at j to the tone exp(-2 pi i j k / m) and is linear', () => {
    for (const m of [1, 3, 8, 13]) {
      const j = m > 1 ? 1 : 0;
      const z = new Float64Array(2 * m);
      z[2 * j] = 1;
      const Z = naiveDft(z, m);
      for (let k = 0; k < m; k++) {
        expect(Z[2 * k]).toBeCloseTo(Math.cos((-2 * Math.PI * j * k) / m), 14);
        expect(Z[2 * k + 1]).toBeCloseTo(Math.sin((-2 * Math.PI * j * k) / m), 14);
      }
    }
    const a = randomSequence(14, 1);
    const b = randomSequence(14, 2);
    const sum = naiveDft(
      a.map((v, i) => v + 2 * b[i]),
      7,
    );
    const parts = [naiveDft(a, 7), naiveDft(b, 7)];
    sum.forEach((v, i) => expect(Math.abs(v - parts[0][i] - 2 * parts[1][i])).toBeLessThan(TIGHT));
  });

  it('radixStage is the DFT of size r when len = r, and applies the twiddle w_len^{p k} otherwise', () => {
    for (const r of [2, 3, 5, 7]) {
      const x = randomSequence(2 * r, r);
      const y = radixStage(x, r, r, 1);
      const Z = naiveDft(x, r);
      y.forEach((v, i) => expect(Math.abs(v - Z[i])).toBeLessThan(TIGHT));
    }
    // r = 2, len = 4, s = 1: y[2p + k] = w_4^{p k} (x_p + (-1)^k x_{p+2}), w_4 = -i
    const x = Float64Array.of(1, 0, 2, 0, 3, 0, 5, 0);
    const y = radixStage(x, 2, 4, 1);
    const expected = [4, 0, -2, 0, 7, 0, 0, 3];
    y.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(TIGHT));
  });

  it('directConvolution is the causal sum with a direct term, for kernels shorter and longer than L', () => {
    expect(Array.from(directConvolution(Float64Array.of(1, 1), Float64Array.of(1, 2, 3), 3))).toEqual([
      1, 3, 5,
    ]);
    expect(
      Array.from(directConvolution(Float64Array.of(2, 0, 0, 0, 9), Float64Array.of(1, 2, 3), 3, 0.5)),
    ).toEqual([2.5, 5, 7.5]);
  });

  it('denseScan matches the scalar closed form, and halves Cbar at k = 0 with the authors quirk', () => {
    const p = randomPredictor(1, 3);
    const [a, b, c, d] = [p.Abar.data[0], p.Bbar[0], p.Cbar[0], p.Dbar];
    const u = randomSequence(30, 4);
    const out = denseScan(p, u);
    let x = 0;
    u.forEach((uk, k) => {
      x = a * x + b * uk;
      expect(Math.abs(out[k] - (c * x + d * uk))).toBeLessThan(TIGHT);
    });
    const q = denseScan({ ...p, authorsFirstStep: true }, u);
    expect(Math.abs(q[0] - ((c / 2) * b * u[0] + d * u[0]))).toBeLessThan(TIGHT);
    expect(Array.from(q.subarray(1))).toEqual(Array.from(out.subarray(1)));
  });
});
