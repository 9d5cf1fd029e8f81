import { describe, expect, it } from 'vitest';
import {
  derivativeReadout,
  derivativeReadoutOfOrder,
  secondDerivativeReadout,
} from '../../src/construction/index.ts';
import { hippo, legt } from '../../src/hippo/index.ts';
import { HIPPO_EXACT_POLY, READOUT2_SINE_N18, TIGHT } from '../tolerances.ts';
import { dot, maxAbsDiff, projectWindow } from '../hippo/helpers.ts';

const w = 2 * Math.PI;
const sine = (s: number): number => Math.sin(w * s);
const dSine = (s: number): number => w * Math.cos(w * s);
const d2Sine = (s: number): number => -w * w * Math.sin(w * s);

function errors(N: number): { state: number; chain: number } {
  const op = legt(N);
  const r = secondDerivativeReadout(op);
  let state = 0;
  let chain = 0;
  for (let i = 0; i <= 20; i++) {
    const t = 1 + i / 20;
    const x = projectWindow(op, sine, t);
    state = Math.max(state, Math.abs(dot(r.C, x) + r.D * sine(t) - d2Sine(t)));
    chain = Math.max(
      chain,
      Math.abs(dot(r.chain.C, x) + r.chain.D * sine(t) + r.chain.E * dSine(t) - d2Sine(t)),
    );
  }
  return { state, chain };
}

describe('secondDerivativeReadout', () => {
  it("both forms approach u'' for sin(2 pi t) as N grows (LegT, theta = 1)", () => {
    const Ns = [8, 10, 12, 14, 16, 18];
    const errs = Ns.map(errors);
    // measured state form: 1.8, 1.1e-1, 4.1e-3, 9.9e-5, 1.7e-6, 2.0e-8; chain form ~10-40x smaller
    for (let i = 1; i < Ns.length; i++) {
      expect(errs[i].state).toBeLessThan(0.1 * errs[i - 1].state);
      expect(errs[i].chain).toBeLessThan(0.1 * errs[i - 1].chain);
    }
    expect(errs[errs.length - 1].state).toBeLessThan(READOUT2_SINE_N18);
    expect(errs[errs.length - 1].chain).toBeLessThan(READOUT2_SINE_N18);
  });

  it('is exact for polynomials of degree < N, and the state form is C_1 A + D_1 C_1, C_1 B + D_1^2', () => {
    const N = 9;
    const op = legt(N, { theta: 1.5 });
    const r = secondDerivativeReadout(op);
    const first = derivativeReadout(op);
    const coef = Array.from({ length: N }, (_, i) => Math.cos(0.7 * i));
    const u = (s: number): number => coef.reduce((acc, c, i) => acc + c * (s - 4) ** i, 0);
    const du = (s: number): number =>
      coef.reduce((acc, c, i) => acc + (i < 1 ? 0 : i * c * (s - 4) ** (i - 1)), 0);
    const d2u = (s: number): number =>
      coef.reduce((acc, c, i) => acc + (i < 2 ? 0 : i * (i - 1) * c * (s - 4) ** (i - 2)), 0);
    const t = 4.4;
    const x = projectWindow(op, u, t, { M: N + 2 });
    const scale = N ** 4;
    expect(Math.abs(dot(r.C, x) + r.D * u(t) - d2u(t))).toBeLessThan(HIPPO_EXACT_POLY * scale);
    expect(Math.abs(dot(r.chain.C, x) + r.chain.D * u(t) + r.chain.E * du(t) - d2u(t))).toBeLessThan(
      HIPPO_EXACT_POLY * scale,
    );
    const third = derivativeReadoutOfOrder(op, 3);
    const d3u = (s: number): number =>
      coef.reduce((acc, c, i) => acc + (i < 3 ? 0 : i * (i - 1) * (i - 2) * c * (s - 4) ** (i - 3)), 0);
    expect(Math.abs(dot(third.C, x) + third.D * u(t) - d3u(t))).toBeLessThan(HIPPO_EXACT_POLY * N ** 6);
    // algebraic identities between the forms
    expect(r.chain.E).toBe(first.D);
    const expectC = Array.from(r.chain.C, (v, j) => v + first.D * first.C[j]);
    expect(maxAbsDiff(r.C, expectC) / Math.max(...expectC.map(Math.abs))).toBeLessThan(TIGHT);
    expect(Math.abs(r.D - (r.chain.D + first.D ** 2)) / Math.abs(r.D)).toBeLessThan(TIGHT);
    const one = derivativeReadoutOfOrder(op, 1);
    expect(Array.from(one.C)).toEqual(Array.from(first.C));
  });

  it('rejects LegS (time-varying) and bad orders', () => {
    expect(() => secondDerivativeReadout(hippo('legs', 4))).toThrow(/time-varying/);
    expect(() => derivativeReadoutOfOrder(hippo('legs', 4), 2)).toThrow(RangeError);
    expect(derivativeReadoutOfOrder(hippo('legs', 4), 1).D).toBeCloseTo(16, 12);
    expect(() => derivativeReadoutOfOrder(legt(4), 0)).toThrow(/order must be an integer >= 1/);
    expect(() => derivativeReadoutOfOrder(legt(4), 1.5)).toThrow(/order/);
  });
});
