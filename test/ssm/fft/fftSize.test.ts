import { describe, expect, it } from 'vitest';
import { fastRealFftSize } from '../../../src/ssm/fft/fftSize.ts';
import { realFftPlan } from '../../../src/ssm/fft/plan.ts';

describe('fastRealFftSize', () => {
  it('returns a multiple of 4 >= the needed length with n/2 5-smooth, within 2x, memoized', () => {
    for (const need of [1, 2, 3, 7, 99, 1999, 19_999, 100_001, 199_999]) {
      const n = fastRealFftSize(need);
      expect(n % 4).toBe(0);
      expect(n).toBeGreaterThanOrEqual(need);
      expect(n).toBeLessThanOrEqual(2 * need + 4);
      expect(() => realFftPlan(n)).not.toThrow();
    }
    // 20480 = 2 * 2^11 * 5 beats 20000 = 2 * 2^4 * 5^4 (three radix-5 stages fewer) and 32768
    expect(fastRealFftSize(19_999)).toBe(20_480);
  });
});
