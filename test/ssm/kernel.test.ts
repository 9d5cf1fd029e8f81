import { describe, expect, it } from 'vitest';
import { kernel } from '../../src/ssm/kernel.ts';
import { scan } from '../../src/ssm/scan.ts';
import { legtPredictor, legsPredictor, randomPredictor, relErr } from './fixtures.ts';
import { SSM_STRUCTURED_REL, TIGHT } from '../tolerances.ts';

describe('kernel', () => {
  it('starts K_0 = Cbar Bbar, K_1 = Cbar Abar Bbar, K_2 = Cbar Abar^2 Bbar', () => {
    const p = randomPredictor(7, 11);
    const N = 7;
    const K = kernel(p, 3);
    const mv = (v: Float64Array) =>
      Float64Array.from({ length: N }, (_, i) => v.reduce((s, vj, j) => s + p.Abar.data[i * N + j] * vj, 0));
    const dot = (v: Float64Array) => v.reduce((s, vi, i) => s + p.Cbar[i] * vi, 0);
    const AB = mv(p.Bbar);
    expect(K[0]).toBeCloseTo(dot(p.Bbar), 14);
    expect(K[1]).toBeCloseTo(dot(AB), 14);
    expect(K[2]).toBeCloseTo(dot(mv(AB)), 14);
  });

  it('is the closed form c a^j b for a scalar predictor', () => {
    const p = randomPredictor(1, 5);
    const K = kernel(p, 50);
    for (let j = 0; j < 50; j++) expect(K[j]).toBeCloseTo(p.Cbar[0] * p.Abar.data[0] ** j * p.Bbar[0], 14);
  });

  it('is the impulse response of the scan minus Dbar at k = 0', () => {
    for (const p of [randomPredictor(9, 2), legtPredictor(12, 1e-2)]) {
      const L = 64;
      const delta = new Float64Array(L);
      delta[0] = 1;
      const resp = scan(p, [delta])[0];
      resp[0] -= p.Dbar;
      expect(relErr(resp, kernel(p, L))).toBeLessThan(TIGHT);
    }
  });

  it('gives the same kernel with the structured LegT step', () => {
    const p = legtPredictor(48, 1e-3);
    expect(
      relErr(kernel(p, 2000, { structured: false }), kernel(p, 2000, { structured: true })),
    ).toBeLessThan(SSM_STRUCTURED_REL);
  });

  it('rejects time-varying predictors and bad L', () => {
    expect(() => kernel(legsPredictor(4, 1e-3), 10)).toThrow(/time-varying/);
    expect(() => kernel(randomPredictor(2, 1), -1)).toThrow(RangeError);
    expect(() => kernel(randomPredictor(2, 1), 2.5)).toThrow(/integer/);
    expect(kernel(randomPredictor(2, 1), 0).length).toBe(0);
  });
});
