import { describe, expect, it } from 'vitest';
import {
  extremeOf,
  factorFromCopyLast,
  meanAt,
  wholeGrowth,
} from '../../experiments/common/errorVsN/index.ts';
import type { CurveStats, ErrorVsNResult } from '../../experiments/common/errorVsN/index.ts';

const curve = (mean: number[]): CurveStats => ({ mean, std: mean.map(() => 0), median: mean });

/** A hand-made result: one value, N = 1, 17, 97, LegT's second half at 2x copy-last and its whole rising 8x. */
const result: ErrorVsNResult = {
  system: 'white-signal',
  generateOptions: {},
  paramName: 'gamma',
  length: 100,
  functions: 2,
  seed: 0,
  Ns: [1, 17, 97],
  measures: ['legt', 'fout', 'fout-authors'],
  windows: ['second-half', 'whole'],
  windowRanges: { 'second-half': { from: 49, to: 99 }, whole: { from: 0, to: 99 } },
  predictor: 'hand-made',
  panels: [
    {
      value: 1,
      curves: {
        legt: { 'second-half': curve([1, 2, 3]), whole: curve([1, 4, 8]) },
        fout: { 'second-half': curve([1, 1, 1]), whole: curve([1, 1, 1]) },
        'fout-authors': { 'second-half': curve([1, 1, 1]), whole: curve([1, 1, 1]) },
      },
      copyLast: { 'second-half': { mean: 1, std: 0, median: 1 }, whole: { mean: 1, std: 0, median: 1 } },
    },
  ],
  seconds: 0,
};

describe('error-vs-N measurements', () => {
  it('extremeOf picks the extreme, propagates NaN and refuses an empty selection', () => {
    expect(extremeOf([3, 1, 2], (x) => x, 'max', 'x')).toEqual({ value: 3, at: 3 });
    expect(extremeOf([3, 1, 2], (x) => x, 'min', 'x')).toEqual({ value: 1, at: 1 });
    expect(extremeOf([1, NaN, 5], (x) => x, 'max', 'x').value).toBeNaN();
    expect(extremeOf([NaN, 1], (x) => x, 'min', 'x').value).toBeNaN();
    expect(() => extremeOf([], (x: number) => x, 'max', 'N >= 41')).toThrow(/empty selection: no N >= 41/);
  });

  it('reads means by value and N, and throws on a missing one', () => {
    expect(meanAt(result, 1, 'legt', 17)).toBe(2);
    expect(meanAt(result, 1, 'legt', 97, 'whole')).toBe(8);
    expect(() => meanAt(result, 1, 'legt', 33)).toThrow(/N = 33 is not among/);
    expect(() => meanAt(result, 2, 'legt', 17)).toThrow(/no panel for gamma = 2/);
  });

  it('factorFromCopyLast is symmetric on a log axis; wholeGrowth is whole(97) / whole(1)', () => {
    expect(factorFromCopyLast([['', result, 1]], 17).value).toBe(2);
    const inverse = structuredClone(result);
    inverse.panels[0].curves.legt['second-half'].mean = [1, 0.5, 1];
    expect(factorFromCopyLast([['', inverse, 1]], 17).value).toBe(2);
    expect(wholeGrowth(result, [1]).value).toBe(8);
    expect(() => wholeGrowth(result, [])).toThrow(RangeError);
  });
});
