import { describe, expect, it } from 'vitest';
import { realFftPlan } from '../../../src/ssm/fft/plan.ts';
import { inverseRealFft, realFft } from '../../../src/ssm/fft/realFft.ts';
import { naiveDft } from '../../../src/ssm/reference/index.ts';
import { maxRelDiff as maxRel } from '../../helpers/numeric.ts';
import { REAL_FFT_REL } from '../../tolerances.ts';
import { randomSequence } from '../fixtures.ts';

describe('realFft / inverseRealFft', () => {
  it('equal the naive DFT of the zero-padded real signal, and invert each other', () => {
    for (const n of [4, 8, 12, 20, 24, 40, 60, 100, 120, 200, 360, 500, 1000, 1500, 2000, 2048]) {
      const plan = realFftPlan(n);
      const x = randomSequence(n - 3, 100 + n);
      const X = realFft(plan, x);
      const xc = new Float64Array(2 * n);
      x.forEach((v, i) => (xc[2 * i] = v));
      expect(maxRel(X, naiveDft(xc, n).subarray(0, n + 2)), `n ${n}`).toBeLessThan(REAL_FFT_REL);
      const back = inverseRealFft(plan, X);
      const padded = new Float64Array(n);
      padded.set(x);
      expect(maxRel(back, padded), `n ${n}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('rejects sizes that are not a multiple of 4 with n/2 5-smooth, and inputs of the wrong length', () => {
    expect(() => realFftPlan(6)).toThrow(RangeError);
    expect(() => realFftPlan(28)).toThrow(/realFftPlan: n must be/);
    expect(() => realFft(realFftPlan(8), new Float64Array(9))).toThrow(/length <= n = 8/);
    expect(() => inverseRealFft(realFftPlan(8), new Float64Array(8))).toThrow(/length 2 \(n\/2 \+ 1\) = 10/);
  });
});
