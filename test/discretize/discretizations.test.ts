import { describe, expect, it } from 'vitest';
import { discretizations } from '../../src/discretize/discretizations.ts';
import * as api from '../../src/discretize/index.ts';

describe('discretizations registry', () => {
  it('lists every rule once, frozen, with its order and exactness', () => {
    expect(discretizations.map((d) => d.name)).toEqual([
      'forward',
      'backward',
      'bilinear',
      'zoh',
      'gbt',
      'legs',
    ]);
    expect(Object.isFrozen(discretizations)).toBe(true);
    for (const d of discretizations) {
      expect(Object.isFrozen(d)).toBe(true);
      expect(d.order).toBeGreaterThanOrEqual(1);
      expect(d.description.length).toBeGreaterThan(20);
    }
    const by = Object.fromEntries(discretizations.map((d) => [d.name, d]));
    expect([by.forward.order, by.backward.order, by.bilinear.order, by.gbt.order]).toEqual([1, 1, 2, 1]);
    expect(discretizations.filter((d) => d.exact).map((d) => d.name)).toEqual(['zoh']);
    expect(() => ((discretizations as unknown as { name: string }[])[0].name = 'x')).toThrow(TypeError);
  });

  it('index re-exports the public names', () => {
    for (const name of ['discretize', 'discretizeOutput', 'legsStep', 'discretizations']) {
      expect(name in api).toBe(true);
    }
  });
});
