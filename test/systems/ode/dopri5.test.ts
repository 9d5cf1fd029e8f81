import { describe, expect, it } from 'vitest';
import { dopri5 } from '../../../src/systems/ode/dopri5.ts';
import { OdeSolverError } from '../../../src/systems/ode/odeSolverError.ts';
import { DOPRI_ERR_PER_RTOL, ORDER_SLOPE, SOLVER_ERR_FLOOR } from '../../tolerances.ts';
import { linspace, logLogSlope } from '../helpers.ts';
import { linearExact, linearRhs, logisticExact, logisticRhs, x0 } from './testProblems.ts';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('dopri5', () => {
  it('fixed-step fifth-order solution converges with order 5 on a linear system (exact by expm)', () => {
    const hs = [0.4, 0.2, 0.1, 0.05];
    const errs = hs.map((h) => {
      const s = dopri5(linearRhs, x0, [0, 4], { fixedStep: h });
      const ex = linearExact(4);
      return Math.max(...[0, 1, 2].map((i) => Math.abs(s.y[i][1] - ex[i])));
    });
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 5)).toBeLessThan(ORDER_SLOPE);
  });

  it('fixed-step fifth-order solution converges with order 5 on the logistic equation', () => {
    const hs = [0.8, 0.4, 0.2, 0.1];
    const errs = hs.map((h) =>
      Math.abs(dopri5(logisticRhs, [0.05], [0, 8], { fixedStep: h }).y[0][1] - logisticExact(8, 0.05)),
    );
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 5)).toBeLessThan(ORDER_SLOPE);
  });

  it('adaptive: the global error follows the tolerance (bounded by it and falling with it)', () => {
    const rtols = [1e-4, 1e-6, 1e-8, 1e-10];
    const times = linspace(0, 5, 51);
    const errs = rtols.map((rtol) => {
      const s = dopri5(linearRhs, x0, times, { rtol, atol: rtol * 1e-3 });
      let e = 0;
      for (let k = 0; k < times.length; k++) {
        const ex = linearExact(times[k]);
        for (let i = 0; i < 3; i++) e = Math.max(e, Math.abs(s.y[i][k] - ex[i]));
      }
      return e;
    });
    rtols.forEach((r, i) => expect(errs[i]).toBeLessThan(DOPRI_ERR_PER_RTOL * r));
    // Error per step ~ C h^5 with h ~ rtol^(1/5): the global error scales about like rtol^1 (slope 0.8..1.1).
    const slope = logLogSlope(rtols, errs);
    expect(slope).toBeGreaterThan(0.7);
    expect(slope).toBeLessThan(1.2);
  });

  it('dense output between steps is as accurate as the steps (output times far denser than steps)', () => {
    const times = linspace(0, 8, 2001);
    const s = dopri5(logisticRhs, [0.05], times, { rtol: 1e-9, atol: 1e-12 });
    expect(s.stats.steps).toBeLessThan(200);
    let e = 0;
    for (let k = 0; k < times.length; k++)
      e = Math.max(e, Math.abs(s.y[0][k] - logisticExact(times[k], 0.05)));
    expect(e).toBeLessThan(DOPRI_ERR_PER_RTOL * 1e-9);
    // The interpolant is fourth order: with 10 fixed steps on [0, 8], halving h divides its error by ~2^5
    // (local error of the continuous extension), much more than by 2^4.
    const err = (h: number): number => {
      const r = dopri5(logisticRhs, [0.05], times, { fixedStep: h });
      let m = 0;
      for (let k = 0; k < times.length; k++)
        m = Math.max(m, Math.abs(r.y[0][k] - logisticExact(times[k], 0.05)));
      return m;
    };
    const hs = [0.8, 0.4, 0.2];
    const slope = logLogSlope(hs, hs.map(err));
    expect(slope).toBeGreaterThan(4 - ORDER_SLOPE);
  });

  it('stops with a clear error on a finite-time blow-up (step size underflow near t = 1)', () => {
    const err = catchError(() =>
      dopri5(
        (_t, y, d) => {
          d[0] = y[0] * y[0];
        },
        [1],
        [0, 2],
      ),
    );
    expect(err).toBeInstanceOf(OdeSolverError);
    const e = err as OdeSolverError;
    expect(e.message).toMatch(/^dopri5: .* at t = [0-9.e-]+ \(step size h = [0-9.e-]+\)$/);
    expect(Math.abs(e.t - 1)).toBeLessThan(1e-6);
    expect(e.h).toBeLessThan(1e-10);
  });

  it('stops with a clear error when the tolerance cannot be met', () => {
    const e1 = catchError(() => dopri5(linearRhs, x0, [0, 1], { rtol: 0, atol: 1e-30 }));
    expect(e1).toBeInstanceOf(OdeSolverError);
    expect((e1 as Error).message).toMatch(/tolerance cannot be met/);
    expect(() => dopri5(linearRhs, x0, [0, 1], { rtol: 1e-20 })).toThrow(
      /options.rtol must be 0 or >= 10 eps/,
    );
  });

  it('stops after maxSteps instead of looping, saying where', () => {
    const e = catchError(() => dopri5(linearRhs, x0, [0, 100], { maxSteps: 20 }));
    expect(e).toBeInstanceOf(OdeSolverError);
    expect((e as Error).message).toMatch(/maximum number of steps \(20\) reached before t = 100 at t = /);
  });

  it('stops on a right-hand side that turns non-finite', () => {
    const e = catchError(() =>
      dopri5(
        (t, y, d) => {
          d[0] = Math.sqrt(1 - t) * y[0];
        },
        [1],
        [0, 2],
      ),
    );
    expect(e).toBeInstanceOf(OdeSolverError);
    expect((e as Error).message).toMatch(/non-finite/);
    expect(Math.abs((e as OdeSolverError).t - 1)).toBeLessThan(1e-6);
    expect(() => dopri5(() => undefined, [1], [0, 1])).not.toThrow();
    expect(() =>
      dopri5(
        (_t, _y, d) => {
          d[0] = NaN;
        },
        [1],
        [0, 1],
      ),
    ).toThrow(/non-finite right-hand side at the initial state at t = 0/);
  });

  it('rejects bad options', () => {
    expect(() => dopri5(linearRhs, x0, [0, 1], { rtol: -1 })).toThrow(RangeError);
    expect(() => dopri5(linearRhs, x0, [0, 1], { rtol: 0, atol: 0 })).toThrow(/not both 0/);
    expect(() => dopri5(linearRhs, x0, [0, 1], { maxSteps: 0.5 })).toThrow(/maxSteps must be an integer/);
    expect(() => dopri5(linearRhs, x0, [0, 1], { fixedStep: -1 })).toThrow(/fixedStep must be > 0/);
  });

  it('returns only the initial state for one output time', () => {
    const s = dopri5(linearRhs, x0, [3]);
    expect(s.y.map((c) => c[0])).toEqual(x0);
  });
});
