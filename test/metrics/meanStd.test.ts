import { describe, expect, it } from 'vitest';
import { meanStd, perPositionMeanStd } from '../../src/metrics/meanStd.ts';

describe('meanStd', () => {
  it('gives the textbook mean and std of numbers (population by default, sample with ddof 1)', () => {
    const x = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, sum of squared deviations 32
    expect(meanStd(x)).toEqual({ mean: 5, std: 2, count: 8 });
    expect(meanStd(Float64Array.from(x), { ddof: 1 }).std).toBeCloseTo(Math.sqrt(32 / 7), 15);
    // two-pass variance: a large offset does not cancel
    const shifted = meanStd(x.map((v) => v + 1e9));
    expect(shifted.std).toBeCloseTo(2, 6);
  });

  it('works per position on arrays and agrees with meanStd of each column', () => {
    const arrays = [Float64Array.of(1, 2, 10), Float64Array.of(3, 2, 20), Float64Array.of(5, 2, 60)];
    const r = perPositionMeanStd(arrays);
    expect(Array.from(r.mean)).toEqual([3, 2, 30]);
    for (let i = 0; i < 3; i++) expect(r.std[i]).toBeCloseTo(meanStd(arrays.map((a) => a[i])).std, 14);
    const viaOverload = meanStd(arrays, { ddof: 1 });
    expect(viaOverload.count).toBe(3);
    expect(viaOverload.std[0]).toBeCloseTo(2, 15);
  });

  it('rejects empty inputs, too few values for ddof, ragged arrays and NaN', () => {
    expect(() => meanStd([])).toThrow('meanStd: values must not be empty');
    expect(() => meanStd([1], { ddof: 1 })).toThrow('meanStd: need more than ddof = 1 values');
    expect(() => perPositionMeanStd([Float64Array.of(1, 2), Float64Array.of(1)])).toThrow(
      'perPositionMeanStd: every array must have length 2 like arrays[0]; arrays[1] has 1',
    );
    expect(() => meanStd([1, NaN])).toThrow('meanStd: values[1] must be a finite number, got NaN');
    expect(() => perPositionMeanStd([])).toThrow(RangeError);
  });
});
