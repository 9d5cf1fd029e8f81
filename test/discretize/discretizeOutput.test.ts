import { describe, expect, it } from 'vitest';
import {
  discretizeOutput,
  TRAPEZOID_MARGIN,
  trapezoidDtBound,
  trapezoidIsValid,
} from '../../src/discretize/discretizeOutput.ts';
import { maxAbsDiff, randomVector, rng } from '../linalg/helpers.ts';
import { DT_BOUND_REL, TIGHT } from '../tolerances.ts';

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i], 0);

describe('discretizeOutput', () => {
  it('trapezoid: Cbar = dt C / (1 - D dt/2), Dbar = (1 + D dt/2) / (1 - D dt/2) (worked numbers)', () => {
    const { Cbar, Dbar } = discretizeOutput(Float64Array.of(1, -2), 2, 0.1);
    expect(maxAbsDiff(Cbar, [0.1 / 0.9, -0.2 / 0.9])).toBeLessThan(TIGHT);
    expect(Math.abs(Dbar - 1.1 / 0.9)).toBeLessThan(TIGHT);
  });

  it('trapezoid output solves u1 = u0 + dt/2 ((C x + D u0) + (C x + D u1)) for any C, D, x', () => {
    const r = rng(71);
    for (let t = 0; t < 20; t++) {
      const C = randomVector(5, r, 3);
      const x = randomVector(5, r, 3);
      const D = 10 * (2 * r() - 1);
      const dt = 0.05 * r() + 1e-3;
      const u0 = 2 * r() - 1;
      const { Cbar, Dbar } = discretizeOutput(C, D, dt, 'trapezoid');
      const u1 = dot(Cbar, x) + Dbar * u0;
      const cx = dot(C, x);
      expect(Math.abs(u1 - (u0 + (dt / 2) * (cx + D * u0 + (cx + D * u1))))).toBeLessThan(TIGHT);
    }
  });

  it('reproduces a quadratic u exactly when C x + D u reads the exact derivative at both ends', () => {
    // u(t) = a + b t + c t^2 on [t0, t0 + dt]; trapezoid is exact for degree <= 2.
    const [a, b, c] = [0.7, -1.3, 2.1];
    const u = (t: number) => a + b * t + c * t * t;
    const du = (t: number) => b + 2 * c * t;
    const t0 = 0.4;
    const dt = 0.05;
    // D makes D (u1 - u0) = u'(t1) - u'(t0); then C x = u'(t0) - D u0 reads both derivatives from one state.
    const D = (du(t0 + dt) - du(t0)) / (u(t0 + dt) - u(t0));
    const C = Float64Array.of(1, 0.5);
    const x = Float64Array.of((du(t0) - D * u(t0)) / 1.25, (du(t0) - D * u(t0)) / 2.5); // C x = u'(t0) - D u0
    const { Cbar, Dbar } = discretizeOutput(C, D, dt);
    expect(Math.abs(dot(Cbar, x) + Dbar * u(t0) - u(t0 + dt))).toBeLessThan(TIGHT);
  });

  it("forward-euler: Cbar = dt C, Dbar = 1, exact for a linear u with C x = u'", () => {
    const C = Float64Array.of(2, -1, 0.5);
    const { Cbar, Dbar } = discretizeOutput(C, 1e6, 0.01, 'forward-euler'); // D is dropped: no D dt/2 limit
    expect(maxAbsDiff(Cbar, [0.02, -0.01, 0.005])).toBeLessThan(TIGHT);
    expect(Dbar).toBe(1);
    const x = Float64Array.of(1.5, 1, 0); // C x = 2 = u' for u = 3 + 2 t
    expect(Math.abs(dot(Cbar, x) + Dbar * 3 - (3 + 2 * 0.01))).toBeLessThan(TIGHT);
  });

  it('throws instead of computing when D dt/2 >= 1 (LegT N = 128, dt = 1/2000)', () => {
    const N = 128;
    const D = N * N; // LegT, theta = 1
    expect(() => discretizeOutput(new Float64Array(N), D, 1 / 2000)).toThrow(RangeError);
    expect(() => discretizeOutput(new Float64Array(N), D, 1 / 2000)).toThrow(
      /D\*dt\/2 = 4\.096 must be < 1.*N\^2 dt\/\(2 theta\) < 1/,
    );
    expect(() => discretizeOutput(Float64Array.of(1), 2, 1)).toThrow(/D\*dt\/2 = 1 must be < 1/);
    // just below the limit is allowed; negative D is always fine
    expect(discretizeOutput(Float64Array.of(1), 2, 0.999).Dbar).toBeGreaterThan(1000);
    expect(discretizeOutput(Float64Array.of(1), -50, 1).Dbar).toBeCloseTo(-24 / 26, 14);
  });

  it('never mutates C and rejects bad input', () => {
    const C = Float64Array.of(1, 2);
    const c0 = Float64Array.from(C);
    const out = discretizeOutput(C, 0.5, 0.1);
    out.Cbar[0] = 99;
    expect(C).toEqual(c0);
    expect(discretizeOutput(C, 0.5, 0.1, 'forward-euler').Cbar).not.toBe(C);
    expect(() => discretizeOutput(C, 0.5, 0)).toThrow(/dt must be > 0/);
    expect(() => discretizeOutput(C, NaN, 0.1)).toThrow(/D must be finite/);
    expect(() => discretizeOutput(Float64Array.of(1, Infinity), 0.5, 0.1)).toThrow(/C\[1\]/);
    // @ts-expect-error: unknown rule
    expect(() => discretizeOutput(C, 0.5, 0.1, 'simpson')).toThrow(/trapezoid, forward-euler/);
  });
});

describe('trapezoidDtBound', () => {
  it('is the exact end of the accepted steps: dt < bound is accepted, dt = bound refused, margin included', () => {
    for (const D of [1, 3, 16, 289, 1e4, 2 ** 20, 12345.678, 1e300]) {
      const b = trapezoidDtBound(D);
      expect(trapezoidIsValid((D * b) / 2), `D = ${D}`).toBe(false);
      const below = b - b * 2 ** -52;
      expect(trapezoidIsValid((D * below) / 2), `D = ${D}`).toBe(true);
      // within rounding of 2 (1 - margin) / D: below 2 / D by the margin
      expect(Math.abs(b - (2 * (1 - TRAPEZOID_MARGIN)) / D)).toBeLessThanOrEqual(DT_BOUND_REL * b);
      expect(b).toBeLessThan(2 / D);
    }
    expect(trapezoidDtBound(0)).toBe(Infinity);
    expect(trapezoidDtBound(-5)).toBe(Infinity);
  });

  it("is what discretizeOutput's message suggests (the issue's D dt/2 = 0.99999999986 case)", () => {
    const D = 289;
    const dt = (2 * 0.99999999986) / D; // below 2 / D, above the bound
    expect(dt).toBeLessThan(2 / D);
    expect(() => discretizeOutput(new Float64Array(17), D, dt)).toThrow(
      new RegExp(`use dt < ${String(trapezoidDtBound(D)).replace('.', '\\.')} `),
    );
    expect(dt).toBeGreaterThanOrEqual(trapezoidDtBound(D));
  });
});
