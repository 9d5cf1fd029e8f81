import { describe, expect, it } from 'vitest';
import { oneStepError } from '../../src/metrics/oneStepError.ts';
import { perPositionError } from '../../src/metrics/perPositionError.ts';

// u[k] = k^2; the copy-last forecast prediction[k] = u[k] misses u[k+1] by 2k + 1
const u = Float64Array.of(0, 1, 4, 9, 16);
const copy = Float64Array.from(u);

describe('perPositionError', () => {
  it('compares prediction[k] with u[k + 1] (length L - 1)', () => {
    expect(Array.from(perPositionError(copy, u))).toEqual([1, 9, 25, 49]);
    expect(Array.from(perPositionError(copy, u, { metric: 'l1' }))).toEqual([1, 3, 5, 7]);
    // a perfect forecaster, shifted by one, has zero error everywhere; its last entry (u[5] unseen) is ignored
    const perfect = Float64Array.of(1, 4, 9, 16, 1e9);
    expect(Array.from(perPositionError(perfect, u))).toEqual([0, 0, 0, 0]);
    // length L - 1 is accepted too
    expect(Array.from(perPositionError(perfect.subarray(0, 4), u))).toEqual([0, 0, 0, 0]);
  });

  it('rejects wrong lengths, short signals and unknown metrics', () => {
    expect(() => perPositionError(Float64Array.of(1, 2, 3), u)).toThrow(
      'perPositionError: prediction must have length L = 5 (its last entry, the forecast of the unseen u[L], is ignored) or L - 1 = 4, got 3',
    );
    expect(() => perPositionError(Float64Array.of(1), Float64Array.of(1))).toThrow(
      'perPositionError: u must hold at least 2 samples',
    );
    expect(() => perPositionError(copy, u, { metric: 'mae' as 'l1' })).toThrow(
      'perPositionError: metric must be one of mse, l1; got "mae"',
    );
  });
});

describe('oneStepError', () => {
  it('averages the shifted errors over prediction indices', () => {
    expect(oneStepError(copy, u)).toBe((1 + 9 + 25 + 49) / 4);
    expect(oneStepError(copy, u, { metric: 'l1' })).toBe(4);
    // k in [1, 3): targets u[2], u[3]
    expect(oneStepError(copy, u, { from: 1, to: 3 })).toBe((9 + 25) / 2);
    // second half of the L - 1 = 4 prediction indices: k = 2, 3 (targets u[3], u[4])
    expect(oneStepError(copy, u, { window: 'second-half' })).toBe((25 + 49) / 2);
    expect(oneStepError(copy, u, { window: { from: 0, to: 1 } })).toBe(1);
  });

  it('rejects a window given twice and a window reaching past L - 1', () => {
    expect(() => oneStepError(copy, u, { window: 'whole', from: 1 })).toThrow(
      'oneStepError: give the window either as `window` or as `from`/`to`, not both',
    );
    expect(() => oneStepError(copy, u, { to: 5 })).toThrow(
      'oneStepError: the window [from, to) must satisfy 0 <= from < to <= 4, got [0, 5)',
    );
    expect(() => oneStepError(copy, Float64Array.of(0, NaN, 1, 2, 3))).toThrow(
      'oneStepError: u[1] must be a finite',
    );
  });
});
