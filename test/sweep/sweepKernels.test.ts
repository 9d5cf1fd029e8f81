import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/prophecy.ts';
import { hippo } from '../../src/hippo/hippo.ts';
import { fftSizeFor, kernel } from '../../src/ssm/index.ts';
import { fftOfSize, sweepKernels } from '../../src/sweep/index.ts';
import { SWEEP_SPECTRUM_ATOL } from '../tolerances.ts';

describe('sweepKernels', () => {
  const L = 300;
  const ps = [
    prophecy(hippo('legt', 5), { dt: 1 / L }),
    prophecy(hippo('fout', 9), { dt: 1 / L }),
    prophecy(hippo('legt', 4), { dt: 1 / L, authorsFirstStep: true }),
  ];
  const ks = sweepKernels(ps, L);

  it('holds the FFT of K_0..K_{L-1} zero-padded to fftSizeFor(L): the inverse gives the kernel back', () => {
    const n = fftSizeFor(L);
    expect(ks.fftSize).toBe(n);
    expect(ks.length).toBe(L);
    const f = fftOfSize(n);
    ps.forEach((p, i) => {
      const back = new Float64Array(2 * n);
      f.inverseTransform(back, ks.spectra[i]);
      const K = kernel(p, L);
      for (let j = 0; j < n; j++) {
        expect(Math.abs(back[2 * j] - (j < L ? K[j] : 0))).toBeLessThan(SWEEP_SPECTRUM_ATOL);
        expect(Math.abs(back[2 * j + 1])).toBeLessThan(SWEEP_SPECTRUM_ATOL);
      }
      expect(ks.Dbar[i]).toBe(p.Dbar);
    });
  });

  it('records the first-step gain (K_0 / 2 + Dbar) only for the authors-first-step quirk', () => {
    expect(Number.isNaN(ks.firstGain[0])).toBe(true);
    const K0 = kernel(ps[2], 1)[0];
    expect(ks.firstGain[2]).toBeCloseTo(K0 / 2 + ps[2].Dbar, 14);
  });

  it('refuses a time-varying predictor, a short L and a non-array', () => {
    const legs = prophecy(hippo('legs', 3), { dt: 1e-3 });
    expect(() => sweepKernels([legs], 10)).toThrow(RangeError);
    expect(() => sweepKernels(ps, 1)).toThrow(/L must be an integer >= 2/);
    expect(() => sweepKernels('x' as never, 10)).toThrow(TypeError);
  });
});
