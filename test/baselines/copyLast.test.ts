import { describe, expect, it } from 'vitest';
import { copyLast } from '../../src/baselines/copyLast.ts';

describe('copyLast', () => {
  it('forecasts u[k + 1] by u[k] and returns a fresh array', () => {
    const u = Float64Array.of(1, 2, 4);
    const out = copyLast(u);
    expect(Array.from(out)).toEqual([1, 2, 4]);
    expect(out).not.toBe(u);
    out[0] = 9;
    expect(u[0]).toBe(1);
  });

  it('rejects options and non-finite input', () => {
    expect(() => copyLast(Float64Array.of(1), { order: 1 } as never)).toThrow(
      'copyLast: unknown option "order" (known options: none)',
    );
    expect(() => copyLast(Float64Array.of(Infinity))).toThrow(
      'copyLast: u[0] must be a finite number, got Infinity',
    );
    expect(() => copyLast('abc' as never)).toThrow(TypeError);
  });
});
