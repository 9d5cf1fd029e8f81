import { describe, expect, it } from 'vitest';
import { firstReach } from '../../src/metrics/firstReach.ts';

describe('firstReach', () => {
  it('finds the first index after which the series stays within factor x floor', () => {
    expect(firstReach(Float64Array.of(1, 0.1, 0.3, 0.01, 0.012, 0.011), 0.01, 2)).toBe(3);
    // an early dip that bounces back does not count
    expect(firstReach(Float64Array.of(1, 0.01, 1, 0.5, 0.015, 0.01), 0.01, 2)).toBe(4);
    expect(firstReach(Float64Array.of(0.01, 0.01), 0.01)).toBe(0);
    // default factor 2: 0.025 > 0.02
    expect(firstReach(Float64Array.of(1, 0.025, 0.019), 0.01)).toBe(2);
  });

  it('finds the reach time of a decaying error 10^(-t/10) to a floor of 1e-6', () => {
    const s = Float64Array.from({ length: 300 }, (_, t) => Math.max(10 ** (-t / 10), 1e-6));
    // 10^(-t/10) <= 2e-6 first at t = ceil(10 * (6 - log10 2)) = 57
    expect(firstReach(s, 1e-6, 2)).toBe(Math.ceil(10 * (6 - Math.log10(2))));
  });

  it('returns -1 when the last value is above the level, and validates its arguments', () => {
    expect(firstReach(Float64Array.of(0.01, 1), 0.01, 2)).toBe(-1);
    expect(() => firstReach(Float64Array.of(1), -1, 2)).toThrow('firstReach: floor must be >= 0, got -1');
    expect(() => firstReach(Float64Array.of(1), 1, 0.5)).toThrow('firstReach: factor must be >= 1, got 0.5');
    expect(() => firstReach(Float64Array.of(NaN), 1, 2)).toThrow(
      'firstReach: series[0] must be a finite number',
    );
  });
});
