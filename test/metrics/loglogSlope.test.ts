import { describe, expect, it } from 'vitest';
import { loglogSlope } from '../../src/metrics/loglogSlope.ts';
import { TIGHT } from '../tolerances.ts';

describe('loglogSlope', () => {
  it('recovers the exponent and constant of c x^p exactly, with r2 = 1', () => {
    for (const [c, p] of [
      [3, -2],
      [0.02, 1.5],
      [7e-5, 4],
    ]) {
      const xs = [1, 2, 5, 13, 40, 111];
      const fit = loglogSlope(
        xs,
        xs.map((x) => c * x ** p),
      );
      expect(Math.abs(fit.slope - p)).toBeLessThan(TIGHT);
      expect(Math.abs(fit.intercept - Math.log10(c))).toBeLessThan(TIGHT);
      expect(Math.abs(fit.r2 - 1)).toBeLessThan(TIGHT);
    }
  });

  it('gives the least-squares line and an r2 below 1 for scattered data', () => {
    // log10 points (0, 0), (1, 1), (2, 1): slope 1/2, intercept 1/6, r2 = 0.75
    const fit = loglogSlope([1, 10, 100], [1, 10, 10]);
    expect(fit.slope).toBeCloseTo(0.5, 14);
    expect(fit.intercept).toBeCloseTo(1 / 6, 14);
    expect(fit.r2).toBeCloseTo(0.75, 14);
  });

  it('rejects non-positive values, too few points, equal xs and mismatched lengths', () => {
    expect(() => loglogSlope([1, 2, 3], [1, 0, 2])).toThrow(
      'loglogSlope: ys[1] must be > 0 to take its log10, got 0',
    );
    expect(() => loglogSlope([-1, 2], [1, 2])).toThrow('loglogSlope: xs[0] must be > 0');
    expect(() => loglogSlope([1], [1])).toThrow('loglogSlope: need at least 2 points, got 1');
    expect(() => loglogSlope([2, 2], [1, 3])).toThrow('loglogSlope: xs must not all be equal');
    expect(() => loglogSlope([1, 2], [1])).toThrow(TypeError);
  });
});
