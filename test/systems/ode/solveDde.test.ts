import { describe, expect, it } from 'vitest';
import { solveDde } from '../../../src/systems/ode/solveDde.ts';
import { OdeSolverError } from '../../../src/systems/ode/odeSolverError.ts';
import { mackeyGlassRhs } from '../../../src/systems/classic/mackeyGlass.ts';
import { ORDER_SLOPE, SOLVER_ERR_FLOOR } from '../../tolerances.ts';
import { linspace, logLogSlope, maxAbsDiff } from '../helpers.ts';

describe('solveDde', () => {
  it("is exact on the method-of-steps polynomials of y' = -y(t - 1), phi = 1", () => {
    // y = 1 - t on [0, 1], 1 - t + (t - 1)^2 / 2 on [1, 2], ... - (t - 2)^3 / 6 on [2, 3]: RK4 and the cubic
    // Hermite history are exact for these low-degree pieces.
    const exact = (t: number): number =>
      t <= 1 ? 1 - t : t <= 2 ? 1 - t + (t - 1) ** 2 / 2 : 1 - t + (t - 1) ** 2 / 2 - (t - 2) ** 3 / 6;
    const times = linspace(0, 3, 31);
    const s = solveDde((_t, _y, yd, d) => (d[0] = -yd[0]), [1], 1, times, { maxStep: 0.25 });
    expect(maxAbsDiff(s.y[0], Array.from(times, exact))).toBeLessThan(1e-13);
  });

  it("converges with order 4 on y' = -y(t - pi/2), phi = cos (exact solution cos t)", () => {
    const times = linspace(0, 20, 101);
    const hs = [0.2, 0.1, 0.05, 0.025];
    const errs = hs.map((h) => {
      const s = solveDde(
        (_t, _y, yd, d) => (d[0] = -yd[0]),
        (t) => [Math.cos(t)],
        Math.PI / 2,
        times,
        {
          maxStep: h,
        },
      );
      return maxAbsDiff(s.y[0], Array.from(times, Math.cos));
    });
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 4)).toBeLessThan(ORDER_SLOPE);
  });

  it('Mackey-Glass (tau = 17) agrees with a fine-step reference and converges with order 4', () => {
    const f = mackeyGlassRhs(0.2, 0.1, 10);
    const times = linspace(0, 300, 301);
    const ref = solveDde(f, [1.2], 17, times, { maxStep: 17 / 1360 }).y[0];
    const hs = [17 / 20, 17 / 40, 17 / 80, 17 / 160];
    const errs = hs.map((h) => maxAbsDiff(solveDde(f, [1.2], 17, times, { maxStep: h }).y[0], ref));
    // the default generator step (0.1) is within 1e-6 of the reference over 300 time units
    expect(maxAbsDiff(solveDde(f, [1.2], 17, times, { maxStep: 0.1 }).y[0], ref)).toBeLessThan(1e-6);
    errs.forEach((e) => expect(e).toBeGreaterThan(SOLVER_ERR_FLOOR));
    expect(Math.abs(logLogSlope(hs, errs) - 4)).toBeLessThan(ORDER_SLOPE);
  });

  it('supports vector states', () => {
    // y1' = -y2(t - 1), y2' = y1(t - 1), phi = (1, 1): on [0, 1], y1 = 1 - t and y2 = 1 + t.
    const s = solveDde(
      (_t, _y, yd, d) => {
        d[0] = -yd[1];
        d[1] = yd[0];
      },
      [1, 1],
      1,
      [0, 0.5, 1],
    );
    expect(maxAbsDiff(s.y[0], [1, 0.5, 0])).toBeLessThan(1e-14);
    expect(maxAbsDiff(s.y[1], [1, 1.5, 2])).toBeLessThan(1e-14);
  });

  it('stops with an OdeSolverError naming t and h on a non-finite state', () => {
    let err: unknown;
    try {
      solveDde((_t, y, yd, d) => (d[0] = y[0] * y[0] * yd[0]), [1], 1, [0, 5], { maxStep: 0.05 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OdeSolverError);
    expect((err as Error).message).toMatch(/solveDde: non-finite state at t = .* \(step size h = 0\.05\)/);
  });

  it('rejects bad arguments', () => {
    const f = mackeyGlassRhs(0.2, 0.1, 10);
    expect(() => solveDde(f, [1.2], 0, [0, 1])).toThrow(/solveDde: tau must be > 0, got 0/);
    expect(() => solveDde(f, [NaN], 17, [0, 1])).toThrow(/history\(t0\)\[0\] must be a finite number/);
    expect(() => solveDde(f, [], 17, [0, 1])).toThrow(/at least one component/);
    expect(() => solveDde(f, [1], 17, [0, 1], { maxStep: -1 })).toThrow(/maxStep must be > 0/);
    expect(() => solveDde(f, (t) => (t < -1 ? [1, 2] : [1]), 17, [0, 10])).toThrow(
      /has length 2, expected 1/,
    );
  });
});
