import { describe, expect, it } from 'vitest';
import { complexFft } from '../../../src/ssm/fft/complexFft.ts';
import { complexFftPlan } from '../../../src/ssm/fft/plan.ts';
import { naiveDft } from '../../../src/ssm/reference/index.ts';
import { maxRelDiff as maxRel } from '../../helpers/numeric.ts';
import { REAL_FFT_REL } from '../../tolerances.ts';
import { FFT_SIZES, randomSequence } from '../fixtures.ts';

describe('complexFft (mixed-radix Stockham)', () => {
  it('equals the naive DFT for 5-smooth sizes', () => {
    for (const m of FFT_SIZES) {
      const z = randomSequence(2 * m, 7000 + m);
      expect(maxRel(complexFft(z, m), naiveDft(z, m)), `m ${m}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('maps a unit impulse at j to the pure tone exp(-2 pi i j k / m) and leaves its input untouched', () => {
    const m = 40;
    const z = new Float64Array(2 * m);
    z[2 * 3] = 1;
    const Z = complexFft(z, m);
    for (let k = 0; k < m; k++) {
      expect(Z[2 * k]).toBeCloseTo(Math.cos((-2 * Math.PI * 3 * k) / m), 13);
      expect(Z[2 * k + 1]).toBeCloseTo(Math.sin((-2 * Math.PI * 3 * k) / m), 13);
    }
    expect(z[6]).toBe(1);
  });

  it('rejects sizes with a prime factor above 5 and bad lengths', () => {
    expect(() => complexFftPlan(14)).toThrow(RangeError);
    expect(() => complexFftPlan(0)).toThrow(/complexFftPlan: m/);
    expect(() => complexFft(new Float64Array(6), 4)).toThrow(/complexFft: input must have length 2m = 8/);
  });
});
