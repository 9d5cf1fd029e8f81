import { describe, expect, it } from 'vitest';
import {
  causalConvolveInto,
  convolutionSpectrum,
  convolveSpectrumInto,
  packedSpectrum,
} from '../../../src/ssm/fft/convolution.ts';
import { fastRealFftSize } from '../../../src/ssm/fft/fftSize.ts';
import { realFftPlan } from '../../../src/ssm/fft/plan.ts';
import { directConvolution } from '../../../src/ssm/reference/index.ts';
import { maxRelDiff as maxRel } from '../../helpers/numeric.ts';
import { REAL_FFT_REL } from '../../tolerances.ts';
import { randomSequence } from '../fixtures.ts';

describe('causalConvolveInto', () => {
  it('equals the direct causal sum plus dbar u for full and short kernels, odd and even L, at an offset', () => {
    for (const [L, taps] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [7, 7],
      [64, 64],
      [99, 99],
      [100, 30],
      [250, 250],
      [1000, 1000],
      [1001, 400],
    ]) {
      const plan = realFftPlan(fastRealFftSize(Math.max(L + taps - 1, 2 * L)));
      const K = randomSequence(taps, 5 * L + taps);
      const u = randomSequence(L, 3 * L + 1);
      const dbar = 0.37;
      const out = new Float64Array(L + 2).fill(123);
      causalConvolveInto(plan, convolutionSpectrum(plan, K), u, L, out, 1, dbar);
      const ref = directConvolution(K, u, L, dbar);
      expect(maxRel(out.subarray(1, L + 1), ref), `L ${L}, taps ${taps}`).toBeLessThan(REAL_FFT_REL);
      // only [offset, offset + L) is written
      expect(out[0]).toBe(123);
      expect(out[L + 1]).toBe(123);
    }
  });

  it('is exact at L = n/2 for every stage layout (first stage pruned radix 8 or odd, last stage 8, 4 or 2)', () => {
    // m = 24 [3 8], 30 [3 5 2], 320 [8 5 8], 750 [3 5 5 5 2], 1000 [5 5 5 8], 1024 [8 8 4 4], 1536 [8 8 3 8]
    for (const n of [48, 60, 640, 1500, 2000, 2048, 3072]) {
      const plan = realFftPlan(n);
      const L = n / 2;
      const K = randomSequence(L, n);
      const u = randomSequence(L, n + 1);
      const out = new Float64Array(L);
      causalConvolveInto(plan, convolutionSpectrum(plan, K), u, L, out, 0, 0);
      expect(maxRel(out, directConvolution(K, u, L)), `n ${n}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('reuses its work buffers: a second call with other data is unaffected by the first', () => {
    const L = 300;
    const plan = realFftPlan(fastRealFftSize(2 * L - 1));
    const C = convolutionSpectrum(plan, randomSequence(L, 1));
    const u1 = randomSequence(L, 2);
    const u2 = randomSequence(L, 3);
    const a = new Float64Array(L);
    const b = new Float64Array(L);
    causalConvolveInto(plan, C, u2, L, a, 0, 0);
    causalConvolveInto(plan, C, u1, L, b, 0, 0);
    causalConvolveInto(plan, C, u2, L, b, 0, 0);
    expect(b).toEqual(a);
  });

  it('split in two (a kept packed spectrum, then the pass and inverse per kernel) gives the same bits', () => {
    for (const L of [1, 2, 77, 300, 1000]) {
      const plan = realFftPlan(fastRealFftSize(2 * L - 1));
      const u = randomSequence(L, 40 + L);
      const Z = packedSpectrum(plan, u, L).slice();
      for (const seed of [1, 2]) {
        const C = convolutionSpectrum(plan, randomSequence(L, seed * L));
        const whole = new Float64Array(L);
        const split = new Float64Array(L);
        causalConvolveInto(plan, C, u, L, whole, 0, 0.5);
        convolveSpectrumInto(plan, C, Z, u, L, split, 0, 0.5);
        expect(split, `L ${L}`).toEqual(whole);
      }
    }
  });
});
