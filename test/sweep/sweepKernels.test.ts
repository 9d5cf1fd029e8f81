import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/prophecy.ts';
import { hippo } from '../../src/hippo/hippo.ts';
import { causalConvolveInto } from '../../src/ssm/fft/convolution.ts';
import { realFftPlan } from '../../src/ssm/fft/plan.ts';
import { fftSizeFor, kernel } from '../../src/ssm/index.ts';
import { sweepKernels } from '../../src/sweep/index.ts';
import { maxRelDiff } from '../helpers/numeric.ts';
import { SWEEP_SPECTRUM_REL } from '../tolerances.ts';

describe('sweepKernels', () => {
  const L = 300;
  const ps = [
    prophecy(hippo('legt', 5), { dt: 1 / L }),
    prophecy(hippo('fout', 9), { dt: 1 / L }),
    prophecy(hippo('legt', 4), { dt: 1 / L, authorsFirstStep: true }),
  ];
  const ks = sweepKernels(ps, L);

  it('holds the spectrum of K_0..K_{L-1} at n = fftSizeFor(L): convolving an impulse gives the kernel back', () => {
    const n = fftSizeFor(L);
    expect(ks.fftSize).toBe(n);
    expect(ks.length).toBe(L);
    const plan = realFftPlan(n);
    const impulse = new Float64Array(L);
    impulse[0] = 1;
    ps.forEach((p, i) => {
      expect(ks.spectra[i].length).toBe(2 * n + 8);
      const back = new Float64Array(L);
      causalConvolveInto(plan, ks.spectra[i], impulse, L, back, 0, 0);
      const K = kernel(p, L);
      expect(maxRelDiff(back, K)).toBeLessThan(SWEEP_SPECTRUM_REL);
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
