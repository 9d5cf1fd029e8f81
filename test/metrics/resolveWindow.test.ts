import { describe, expect, it } from 'vitest';
import { resolveRange, resolveWindow, type AveragingWindow } from '../../src/metrics/resolveWindow.ts';

describe('resolveWindow', () => {
  it('resolves the named windows', () => {
    expect(resolveWindow('whole', 10)).toEqual({ from: 0, to: 10 });
    expect(resolveWindow('second-half', 10)).toEqual({ from: 5, to: 10 });
    expect(resolveWindow('second-half', 9999)).toEqual({ from: 4999, to: 9999 });
    expect(resolveWindow('second-half', 1)).toEqual({ from: 0, to: 1 });
    expect(resolveWindow({ from: 3, to: 7 }, 10)).toEqual({ from: 3, to: 7 });
  });

  it('rejects unknown names, empty or out-of-range windows and bad n', () => {
    expect(() => resolveWindow('first-half' as AveragingWindow, 10)).toThrow(
      "resolveWindow: window must be 'whole', 'second-half' or { from, to }; got \"first-half\"",
    );
    expect(() => resolveWindow(3 as unknown as AveragingWindow, 10)).toThrow(TypeError);
    expect(() => resolveWindow({ from: 3, to: 11 }, 10)).toThrow('0 <= from < to <= 10, got [3, 11)');
    expect(() => resolveWindow({ from: 4, to: 4 }, 10)).toThrow(RangeError);
    expect(() => resolveWindow('whole', 0)).toThrow('resolveWindow: n must be an integer >= 1, got 0');
  });

  it('resolveRange defaults to the whole length', () => {
    expect(resolveRange('f', 5)).toEqual({ from: 0, to: 5 });
    expect(resolveRange('f', 5, 2)).toEqual({ from: 2, to: 5 });
    expect(() => resolveRange('f', 5, -1)).toThrow('f: from must be an integer >= 0, got -1');
  });
});
