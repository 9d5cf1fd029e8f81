import { describe, expect, it } from 'vitest';
import { mse } from '../../src/metrics/mse.ts';
import { l1 } from '../../src/metrics/l1.ts';
import { rmse } from '../../src/metrics/rmse.ts';
import { nrmse } from '../../src/metrics/nrmse.ts';
import { TIGHT } from '../tolerances.ts';

const a = Float64Array.of(1, 2, 3, 4);
const b = Float64Array.of(1, 4, 0, 4); // differences 0, -2, 3, 0

describe('mse, l1, rmse', () => {
  it('match hand-computed values on the whole array and on a window', () => {
    expect(mse(a, b)).toBeCloseTo(13 / 4, 15);
    expect(l1(a, b)).toBeCloseTo(5 / 4, 15);
    expect(rmse(a, b)).toBeCloseTo(Math.sqrt(13 / 4), 15);
    expect(mse(a, b, { from: 1, to: 3 })).toBeCloseTo(13 / 2, 15);
    expect(l1(a, b, { from: 2 })).toBeCloseTo(3 / 2, 15);
    expect(rmse(a, b, { to: 2 })).toBeCloseTo(Math.sqrt(2), 15);
  });

  it('accept plain arrays and do not mutate their inputs', () => {
    const x = Float64Array.of(1, 2);
    expect(mse(x, [0, 0] as unknown as Float64Array)).toBe(2.5);
    expect(Array.from(x)).toEqual([1, 2]);
  });

  it('reject mismatched lengths, non-finite values and empty or out-of-range windows with clear errors', () => {
    expect(() => mse(a, Float64Array.of(1))).toThrow(TypeError);
    expect(() => mse(a, Float64Array.of(1))).toThrow('mse: a and b must have the same length, got 4 and 1');
    expect(() => l1(a, Float64Array.of(1, NaN, 0, 0))).toThrow('l1: b[1] must be a finite number, got NaN');
    expect(() => rmse(Float64Array.of(Infinity), Float64Array.of(0))).toThrow(RangeError);
    expect(() => mse(a, b, { from: 2, to: 2 })).toThrow(
      'mse: the window [from, to) must satisfy 0 <= from < to <= 4',
    );
    expect(() => mse(a, b, { to: 5 })).toThrow(RangeError);
    expect(() => l1(a, b, { from: 1.5 })).toThrow('l1: from must be an integer, got 1.5');
  });
});

describe('nrmse', () => {
  it('divides the rmse by the target std (default) or range', () => {
    const target = Float64Array.of(0, 2, 4, 6); // population std sqrt(5), range 6
    const prediction = Float64Array.of(1, 1, 5, 5); // every |difference| = 1, rmse 1
    expect(nrmse(prediction, target)).toBeCloseTo(1 / Math.sqrt(5), 15);
    expect(nrmse(prediction, target, { normalize: 'range' })).toBeCloseTo(1 / 6, 15);
    // on a window the scale comes from the same window: target [2, 4] has std 1
    expect(nrmse(prediction, target, { from: 1, to: 3 })).toBeCloseTo(1, 15);
  });

  it('is invariant to an offset added to both arrays (std) and to a common scale', () => {
    const t = Float64Array.from({ length: 50 }, (_, i) => Math.sin(i / 3));
    const p = t.map((x, i) => x + 0.01 * Math.cos(i));
    const base = nrmse(p, t);
    expect(
      Math.abs(
        nrmse(
          p.map((x) => 1e3 + x),
          t.map((x) => 1e3 + x),
        ) - base,
      ),
    ).toBeLessThan(1e-9 * base);
    expect(
      Math.abs(
        nrmse(
          p.map((x) => 7 * x),
          t.map((x) => 7 * x),
        ) - base,
      ),
    ).toBeLessThan(TIGHT);
  });

  it('refuses a constant target and an unknown normalisation', () => {
    expect(() => nrmse(Float64Array.of(1, 2), Float64Array.of(3, 3))).toThrow(
      'nrmse: target is constant on [0, 2), so its std is 0',
    );
    expect(() => nrmse(a, b, { normalize: 'max' as 'std' })).toThrow(
      'nrmse: normalize must be one of std, range',
    );
  });
});
