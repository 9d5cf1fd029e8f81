import { describe, expect, it } from 'vitest';
import { requireFiniteArray } from '../../src/util/validate.ts';

describe('requireFiniteArray', () => {
  it('returns a finite Float64Array itself (no copy), including -0, subnormals and +-MAX_VALUE', () => {
    const a = Float64Array.of(-0, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, 2, 3);
    expect(requireFiniteArray('f', 'x', a)).toBe(a);
    const empty = new Float64Array(0);
    expect(requireFiniteArray('f', 'x', empty)).toBe(empty);
  });

  it('names the first non-finite index of a Float64Array, at even and odd positions and at the end', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      for (const [len, at] of [
        [1, 0],
        [2, 1],
        [7, 6],
        [8, 3],
        [1001, 1000],
      ]) {
        const a = new Float64Array(len).fill(0.5);
        a[at] = bad;
        expect(() => requireFiniteArray('f', 'u', a), `${bad} at ${at} of ${len}`).toThrow(
          new RangeError(`f: u[${at}] must be a finite number, got ${bad}`),
        );
      }
    }
  });

  it('copies number[] and other typed arrays to a Float64Array, rejecting non-numbers', () => {
    expect(requireFiniteArray('f', 'x', [1, 2])).toEqual(Float64Array.of(1, 2));
    expect(requireFiniteArray('f', 'x', Float32Array.of(1.5))).toEqual(Float64Array.of(1.5));
    expect(() => requireFiniteArray('f', 'x', [1, '2'])).toThrow(RangeError);
    expect(() => requireFiniteArray('f', 'x', 'abc')).toThrow(TypeError);
  });
});
