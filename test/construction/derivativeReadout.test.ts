import { describe, expect, it } from 'vitest';
import { derivativeReadout, legtReadoutClosedForm } from '../../src/construction/index.ts';
import { hippo, legs, legt } from '../../src/hippo/index.ts';
import {
  HIPPO_EXACT_POLY,
  ORDER_SLOPE,
  READOUT_CLOSED_FORM,
  READOUT_SINE_FLOOR,
  READOUT_SINE_N16,
} from '../tolerances.ts';
import { dot, logLogSlope, maxAbsDiff, projectWindow, rk4 } from '../hippo/helpers.ts';

const w = 2 * Math.PI;
const sine = (s: number): number => Math.sin(w * s);
const dSine = (s: number): number => w * Math.cos(w * s);
const times = Array.from({ length: 21 }, (_, i) => 1 + i / 20);

/** max over t in [1, 2] of |C x + D u - u'| with x the exact projection of the LegT window. */
function readoutError(N: number, u: (s: number) => number, du: (s: number) => number, kink?: number): number {
  const op = legt(N);
  const { C, D } = derivativeReadout(op);
  let worst = 0;
  for (const t of times) {
    const x = projectWindow(op, u, t, kink === undefined ? {} : { M: 80, breaks: [t - kink] });
    worst = Math.max(worst, Math.abs(dot(C, x) + D * u(t) - du(t)));
  }
  return worst;
}

describe('derivativeReadout', () => {
  it('LegT: generic p^T A, p^T B equal the closed form C_j = -(1/theta) sqrt(2j+1)(N^2 - j(j+1)), D = N^2/theta', () => {
    for (const N of [1, 2, 5, 17, 64]) {
      for (const theta of [1, 0.3, 2.5]) {
        const generic = derivativeReadout(legt(N, { theta }));
        const closed = legtReadoutClosedForm(N, theta);
        const scale = Math.max(...Array.from(closed.C, Math.abs));
        expect(maxAbsDiff(generic.C, closed.C) / scale).toBeLessThan(READOUT_CLOSED_FORM);
        expect(Math.abs(generic.D - closed.D) / closed.D).toBeLessThan(READOUT_CLOSED_FORM);
      }
    }
    const two = legtReadoutClosedForm(2, 1);
    expect(Array.from(two.C)).toEqual([-4, -2 * Math.sqrt(3)]);
    expect(two.D).toBe(4);
  });

  it('LegS (1/t form) has the same C, D as LegT at theta = 1', () => {
    const a = derivativeReadout(legs(9));
    const b = legtReadoutClosedForm(9, 1);
    expect(maxAbsDiff(a.C, b.C) / 81).toBeLessThan(READOUT_CLOSED_FORM);
    expect(a.D).toBeCloseTo(81, 12);
  });

  it('LegT readout is exact for polynomials of degree < N (exact projection)', () => {
    for (const N of [3, 8, 14]) {
      const op = legt(N, { theta: 0.8 });
      const { C, D } = derivativeReadout(op);
      const coef = Array.from({ length: N }, (_, i) => Math.sin(2.1 * i + 1));
      const u = (s: number): number => coef.reduce((acc, c, i) => acc + c * (s - 2) ** i, 0);
      const du = (s: number): number =>
        coef.reduce((acc, c, i) => acc + (i === 0 ? 0 : i * c * (s - 2) ** (i - 1)), 0);
      for (const t of [2.3, 2.6]) {
        const x = projectWindow(op, u, t, { M: N + 2 });
        expect(Math.abs(dot(C, x) + D * u(t) - du(t))).toBeLessThan(HIPPO_EXACT_POLY * N * N);
      }
    }
  });

  it("LegT readout converges spectrally to u'(t) for sin(2 pi t), theta = 1", () => {
    const Ns = [6, 8, 10, 12, 14, 16, 18];
    const errs = Ns.map((N) => readoutError(N, sine, dSine));
    // measured: 4.0e-1, 2.9e-2, 1.1e-3, 2.9e-5, 5.1e-7, 6.5e-9, 6.2e-11
    for (let i = 1; i < Ns.length; i++) expect(errs[i]).toBeLessThan(0.1 * errs[i - 1]);
    expect(errs[Ns.indexOf(16)]).toBeLessThan(READOUT_SINE_N16);
    expect(readoutError(20, sine, dSine)).toBeLessThan(READOUT_SINE_FLOOR);
  });

  it('LegT readout converges at order a - 1/2 for u = |s - c|^a (a = 3, 5)', () => {
    // The endpoint error of the Legendre truncation of an interior |s - c|^a kink is O(N^{-a-1/2}) and oscillates in
    // t with frequency ~N, so its t-derivative, the readout error, is O(N^{-a+1/2}). Measured slopes -2.64, -4.76.
    const Ns = [8, 12, 16, 24, 32, 48, 64];
    for (const a of [3, 5]) {
      const c = 0.5;
      const u = (s: number): number => Math.abs(s - c) ** a;
      const du = (s: number): number => a * Math.sign(s - c) * Math.abs(s - c) ** (a - 1);
      const errs = Ns.map((N) => {
        const op = legt(N);
        const { C, D } = derivativeReadout(op);
        let worst = 0;
        for (const t of [1, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3]) {
          const x = projectWindow(op, u, t, { M: 80, breaks: [t - c] });
          worst = Math.max(worst, Math.abs(dot(C, x) + D * u(t) - du(t)));
        }
        return worst;
      });
      expect(Math.abs(logLogSlope(Ns, errs) + (a - 0.5))).toBeLessThan(ORDER_SLOPE);
    }
  });

  it('the state of the continuous SSM (RK4) gives the same readout accuracy as the exact projection', () => {
    const op = legt(12);
    const { C, D } = derivativeReadout(op);
    const x = rk4(op, sine, projectWindow(op, sine, 0), 0, 1e-4, 13000);
    expect(Math.abs(dot(C, x) + D * sine(1.3) - dSine(1.3))).toBeLessThan(1e-4); // measured 5e-6
  });

  it('works for every measure and rejects a non-operator', () => {
    for (const m of ['legt', 'lmu', 'legs', 'lagt', 'fout', 'fout-code'] as const) {
      const op = hippo(m, 5);
      const { C, D } = derivativeReadout(op);
      expect(C.length).toBe(5);
      expect(D).toBeCloseTo(dot(op.endpoint, op.B), 12);
    }
    expect(derivativeReadout(hippo('lagt', 4)).D).toBe(4);
    expect(derivativeReadout(hippo('fout', 5)).D).toBeCloseTo(10, 12); // 2 |e|^2 = 2N
    expect(() => derivativeReadout(null as never)).toThrow(TypeError);
    expect(() => derivativeReadout({ N: 2 } as never)).toThrow(/op.A must be a Matrix/);
    expect(() => legtReadoutClosedForm(0, 1)).toThrow(/N must be an integer >= 1/);
    expect(() => legtReadoutClosedForm(3, 0)).toThrow(/theta must be > 0/);
  });
});
