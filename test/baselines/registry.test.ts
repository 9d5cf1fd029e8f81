import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineNames, baselines, getBaseline } from '../../src/baselines/registry.ts';
import { savitzkyGolay } from '../../src/baselines/savitzkyGolay.ts';

describe('baselines registry', () => {
  it('lists every baseline with frozen metadata and a predict of the predictNext shape', () => {
    expect(baselineNames).toEqual([
      'copyLast',
      'finiteDifference',
      'polynomialExtrapolation',
      'arLeastSquares',
    ]);
    const u = Float64Array.from({ length: 40 }, (_, k) => Math.sin(k / 5));
    for (const name of baselineNames) {
      const b = baselines[name];
      expect(b.name).toBe(name);
      expect(b.description.length).toBeGreaterThan(10);
      expect(Object.isFrozen(b)).toBe(true);
      expect(Object.isFrozen(b.defaults)).toBe(true);
      const out = b.predict(u, b.defaults);
      expect(out).toBeInstanceOf(Float64Array);
      expect(out.length).toBe(u.length);
      expect(Array.from(out)).toEqual(Array.from(b.predict(u)));
      expect(getBaseline(name)).toBe(b);
    }
    expect(Object.isFrozen(baselines)).toBe(true);
  });

  it('rejects an unknown name', () => {
    expect(() => getBaseline('kalman')).toThrow(
      'getBaseline: name must be one of copyLast, finiteDifference, polynomialExtrapolation, arLeastSquares; got "kalman"',
    );
  });
});

describe('causality of every baseline', () => {
  // out[0..k] may depend on u[0..k] only: changing u[k+1..] must leave it bitwise unchanged
  const predictors: [string, (u: Float64Array) => Float64Array][] = [
    ...baselineNames.map((n): [string, (u: Float64Array) => Float64Array] => [
      n,
      (u) => baselines[n].predict(u),
    ]),
    ['finiteDifference order 4', (u) => baselines.finiteDifference.predict(u, { order: 4 })],
    ['arLeastSquares intercept', (u) => baselines.arLeastSquares.predict(u, { order: 2, intercept: true })],
    ['savitzkyGolay derivative', (u) => savitzkyGolay(u, { window: 6, degree: 3, derivative: 1 })],
  ];
  for (const [name, predict] of predictors) {
    it(name, () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 40 }),
          fc.nat(),
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 40, maxLength: 40 }),
          (values, kRaw, noise) => {
            const u = Float64Array.from(values);
            const k = kRaw % (u.length - 1);
            const v = Float64Array.from(u);
            for (let j = k + 1; j < v.length; j++) v[j] = noise[j];
            const a = predict(u);
            const b = predict(v);
            for (let j = 0; j <= k; j++) expect(Object.is(a[j], b[j])).toBe(true);
          },
        ),
        { numRuns: 100, seed: 7 },
      );
    });
  }
});
