import { describe, expect, it } from 'vitest';
import { rk4 } from '../../../src/systems/ode/rk4.ts';
import { OdeSolverError } from '../../../src/systems/ode/odeSolverError.ts';
import type { OdeRhs } from '../../../src/systems/ode/types.ts';
import { ORDER_SLOPE, SOLVER_ERR_FLOOR } from '../../tolerances.ts';
import { logLogSlope, maxAbsDiff } from '../helpers.ts';
import { linearExact, linearRhs, logisticExact, logisticRhs, x0 } from './testProblems.ts';

describe('rk4', () => {
  it('converges with order 4 on a linear system (exact solution by expm)', () => {
    const T = 2;
    const hs = [0.2, 0.1, 0.05, 0.025];
    const errs = hs.map((h) => {
      const s = rk4(linearRhs, x0, [0, T], { maxStep: h });
      const ex = linearExact(T);
      return Math.max(...[0, 1, 2].map((i) => Math.abs(s.y[i][1] - ex[i])));
    });
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 4)).toBeLessThan(ORDER_SLOPE);
  });

  it('converges with order 4 on the logistic equation', () => {
    const hs = [0.4, 0.2, 0.1, 0.05];
    const errs = hs.map((h) =>
      Math.abs(rk4(logisticRhs, [0.1], [0, 4], { maxStep: h }).y[0][1] - logisticExact(4, 0.1)),
    );
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 4)).toBeLessThan(ORDER_SLOPE);
  });

  it('hits every output time and splits intervals into equal steps', () => {
    const times = [0, 0.3, 0.35, 1];
    const s = rk4(logisticRhs, [0.2], times, { maxStep: 0.01 });
    expect(Array.from(s.t)).toEqual(times);
    expect(s.y[0][0]).toBe(0.2);
    expect(s.stats.steps).toBe(30 + 5 + 65);
    expect(
      maxAbsDiff(
        s.y[0],
        times.map((t) => logisticExact(t, 0.2)),
      ),
    ).toBeLessThan(1e-9);
  });

  it('does not mutate its inputs', () => {
    const y0 = Float64Array.of(1, -1, 2);
    const times = Float64Array.of(0, 1);
    rk4(linearRhs, y0, times);
    expect(Array.from(y0)).toEqual([1, -1, 2]);
    expect(Array.from(times)).toEqual([0, 1]);
  });

  it('stops with an OdeSolverError naming t and h on a non-finite state', () => {
    const blowUp: OdeRhs = (_t, y, d) => {
      d[0] = y[0] * y[0];
    };
    let err: unknown;
    try {
      rk4(blowUp, [1], [0, 3], { maxStep: 0.1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OdeSolverError);
    expect((err as OdeSolverError).message).toMatch(/non-finite state at t = .* \(step size h = 0\.1/);
    expect((err as OdeSolverError).t).toBeGreaterThan(0.9);
  });

  it('rejects bad arguments with clear errors', () => {
    expect(() => rk4(logisticRhs, [0.1], [0, 1], { maxStep: 0 })).toThrow(
      /rk4: options.maxStep must be > 0, got 0/,
    );
    expect(() => rk4(logisticRhs, [0.1], [1, 0])).toThrow(/strictly increasing/);
    expect(() => rk4(logisticRhs, [0.1], [])).toThrow(/at least one time/);
    expect(() => rk4(logisticRhs, [NaN], [0, 1])).toThrow(/rk4: y0\[0\] must be a finite number, got NaN/);
    expect(() => rk4(logisticRhs, [0.1], [0, NaN])).toThrow(RangeError);
  });
});
