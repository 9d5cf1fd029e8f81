import { describe, expect, it } from 'vitest';
import {
  fout,
  foutAuthors,
  hippo,
  lagt,
  legs,
  legt,
  lmu,
  measureNames,
  measures,
} from '../../src/hippo/index.ts';
import type { MeasureName } from '../../src/hippo/index.ts';

describe('measures registry and hippo()', () => {
  it('lists every measure with its kind, N constraint and default theta', () => {
    expect(Object.keys(measures)).toEqual([
      'legt',
      'lmu',
      'legs',
      'lagt',
      'fout',
      'fout-code',
      'fout-authors',
    ]);
    expect(measureNames).toEqual(Object.keys(measures));
    expect(measures.legs.kind).toBe('scaled');
    expect(measures.legt.kind).toBe('translated');
    expect(measures.fout.oddN).toBe(true);
    expect(measures['fout-code'].oddN).toBe(true);
    expect(measures.lagt.oddN).toBe(false);
    for (const name of measureNames) expect(measures[name].defaultTheta).toBe(1);
    expect(Object.isFrozen(measures)).toBe(true);
  });

  it('dispatches to the builders with the default theta = 1', () => {
    const cases: [MeasureName, (N: number, o: { theta?: number }) => { A: { data: Float64Array } }][] = [
      ['legt', legt],
      ['lmu', lmu],
      ['legs', legs],
      ['lagt', lagt],
      ['fout', fout],
      ['fout-code', (N, o) => fout(N, { ...o, variant: 'fout-code' })],
      ['fout-authors', foutAuthors],
    ];
    for (const [name, build] of cases) {
      const op = hippo(name, 5);
      expect(op.measure).toBe(name);
      expect(op.N).toBe(5);
      expect(op.theta).toBe(1);
      expect(Array.from(op.A.data)).toEqual(Array.from(build(5, {}).A.data));
      expect(Array.from(hippo(name, 5, { theta: 0.3 }).A.data)).toEqual(
        Array.from(build(5, { theta: 0.3 }).A.data),
      );
      expect(Object.isFrozen(op)).toBe(true);
      expect(op.description.length).toBeGreaterThan(10);
      expect(op.basis(Float64Array.of(0, 0.5)).rows).toBe(2);
    }
  });

  it('rejects bad input with errors naming the argument', () => {
    expect(() => hippo('legt', 0)).toThrow(RangeError);
    expect(() => hippo('legt', 0)).toThrow(/N must be an integer >= 1, got 0/);
    expect(() => hippo('legt', -3)).toThrow(/N/);
    expect(() => hippo('legt', 2.5)).toThrow(/N must be an integer, got 2.5/);
    expect(() => hippo('legt', NaN)).toThrow(/N must be finite/);
    expect(() => hippo('legt', '4' as unknown as number)).toThrow(TypeError);
    expect(() => hippo('fout', 4)).toThrow(RangeError);
    expect(() => hippo('fout', 4)).toThrow(/N must be an odd integer.*got N = 4/);
    expect(() => hippo('fout-code', 8)).toThrow(/N = 8/);
    for (const theta of [0, -1, NaN, Infinity]) {
      expect(() => hippo('legt', 4, { theta })).toThrow(RangeError);
      expect(() => hippo('lagt', 4, { theta })).toThrow(/theta/);
    }
    expect(() => hippo('legt', 4, { theta: 'x' as unknown as number })).toThrow(TypeError);
    expect(() => hippo('legx' as MeasureName, 4)).toThrow(RangeError);
    expect(() => hippo('legx' as MeasureName, 4)).toThrow(
      /legt, lmu, legs, lagt, fout, fout-code, fout-authors; got "legx"/,
    );
    expect(() => fout(5, { variant: 'fou' as 'fout' })).toThrow(/variant/);
    expect(() => hippo('legt', 3).basis(Float64Array.of(0, NaN))).toThrow(
      /lags\[1\] must be a finite number/,
    );
  });
});
