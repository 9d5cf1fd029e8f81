import { describe, expect, it } from 'vitest';
import { legsStep } from '../../src/discretize/legsStep.ts';
import { identity, zeros } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { expm } from '../../src/linalg/expm.ts';
import { add, scale, sub } from '../../src/linalg/elementwise.ts';
import { matmul, matvec } from '../../src/linalg/matmul.ts';
import { solve } from '../../src/linalg/solve.ts';
import { logLogSlope, maxAbsDiff, relErr } from '../linalg/helpers.ts';
import { legsMatrices, stableSystem } from './helpers.ts';
import { EXPM_REL, ORDER_SLOPE, TIGHT } from '../tolerances.ts';
import type { DiscretizationMethod } from '../../src/construction/types.ts';

const METHODS: DiscretizationMethod[] = ['forward', 'backward', 'bilinear', 'zoh', { gbt: 0.3 }];

/** Runs K LegS steps on samples u_k = f((k + 1/2) / K) (midpoints of [0, 1] in K pieces); returns x_K. */
function runLegs(
  A: Matrix,
  B: Float64Array,
  K: number,
  f: (s: number) => number,
  method: DiscretizationMethod,
) {
  let x = new Float64Array(B.length);
  for (let k = 0; k < K; k++) {
    const { Abar, Bbar } = legsStep(A, B, k, method);
    const u = f((k + 0.5) / K);
    x = matvec(Abar, x).map((v, i) => v + Bbar[i] * u);
  }
  return x;
}

describe('legsStep', () => {
  const N = 6;
  const { A, B } = legsMatrices(N);

  it('k = 0: Abar_0 = 0 and Bbar_0 = e_0 for the LegS matrices (x_1 = u_0 e_0), for every method', () => {
    for (const m of METHODS) {
      const { Abar, Bbar } = legsStep(A, B, 0, m);
      expect(Abar.data).toEqual(zeros(N, N).data);
      expect(maxAbsDiff(Bbar, [1, 0, 0, 0, 0, 0])).toBeLessThan(TIGHT);
    }
    // general invertible A: Bbar_0 = -A^-1 B
    const s = stableSystem(4, 5);
    const ref = solve(s.A, s.B).map((v) => -v);
    expect(maxAbsDiff(legsStep(s.A, s.B, 0).Bbar, ref)).toBeLessThan(TIGHT);
  });

  it('constant input is a fixed point: x_k = u e_0 for every k >= 1 and every method, whatever x_0', () => {
    for (const m of METHODS) {
      let x = Float64Array.from({ length: N }, (_, i) => 10 * (i + 1)); // arbitrary x_0: forgotten at k = 0
      for (let k = 0; k < 40; k++) {
        const { Abar, Bbar } = legsStep(A, B, k, m);
        x = matvec(Abar, x).map((v, i) => v + Bbar[i] * 2.5);
        expect(maxAbsDiff(x, [2.5, 0, 0, 0, 0, 0])).toBeLessThan(TIGHT * 10);
      }
    }
  });

  it('has the documented closed forms for k >= 1', () => {
    const k = 7;
    const f = legsStep(A, B, k, 'forward');
    expect(f.Abar.data).toEqual(add(identity(N), scale(A, 1 / k)).data);
    expect(
      maxAbsDiff(
        f.Bbar,
        B.map((v) => v / k),
      ),
    ).toBeLessThan(TIGHT);
    const bw = legsStep(A, B, k, 'backward');
    const M = sub(identity(N), scale(A, 1 / (k + 1)));
    expect(relErr(bw.Abar, solve(M, identity(N)))).toBeLessThan(TIGHT);
    expect(
      maxAbsDiff(
        matvec(M, bw.Bbar),
        B.map((v) => v / (k + 1)),
      ),
    ).toBeLessThan(TIGHT);
    const bl = legsStep(A, B, k, 'bilinear');
    const P = sub(identity(N), scale(A, 1 / (2 * k + 1)));
    const Q = add(identity(N), scale(A, 1 / (2 * k + 1)));
    expect(relErr(matmul(P, bl.Abar), Q)).toBeLessThan(TIGHT);
    // zoh: e^{A ln((k+1)/k)}
    const z = legsStep(A, B, k, 'zoh');
    expect(relErr(z.Abar, expm(scale(A, Math.log((k + 1) / k))))).toBeLessThan(EXPM_REL);
  });

  it('bilinear x_0 is exactly the running mean of the samples', () => {
    const u = [0.3, -1.2, 4, 2.5, 0, 7];
    let x = new Float64Array(N);
    for (let k = 0; k < u.length; k++) {
      const { Abar, Bbar } = legsStep(A, B, k, 'bilinear');
      x = matvec(Abar, x).map((v, i) => v + Bbar[i] * u[k]);
      const mean = u.slice(0, k + 1).reduce((a, b) => a + b, 0) / (k + 1);
      expect(Math.abs(x[0] - mean)).toBeLessThan(TIGHT);
    }
  });

  it('ZOH steps telescope: Abar_{K-1} ... Abar_1 = e^{A ln K} (exact in log-time)', () => {
    let P = identity(N);
    for (let k = 1; k < 20; k++) P = matmul(legsStep(A, B, k, 'zoh').Abar, P);
    expect(relErr(P, expm(scale(A, Math.log(20))))).toBeLessThan(EXPM_REL * 10);
  });

  it('u(t) = t: x_0 -> 1/2, x_1 -> sqrt(3)/6 at t = 1, at order 1 (forward, backward) and >= 2 (bilinear, zoh)', () => {
    // Legendre projection of s on [0, 1] with p_n = sqrt(2n+1) P_n(2s - 1): x_0 = 1/2, x_1 = sqrt(3)/6, rest 0
    const exact = [0.5, Math.sqrt(3) / 6, 0, 0, 0, 0];
    const Ks = [32, 64, 128, 256, 512];
    const cases = [
      ['forward', 1, false],
      ['backward', 1, false],
      ['bilinear', 2, true],
      ['zoh', 2, true],
    ] as const;
    for (const [m, order, atLeast] of cases) {
      const errs = Ks.map((K) =>
        maxAbsDiff(
          runLegs(A, B, K, (s) => s, m),
          exact,
        ),
      );
      const slope = logLogSlope(
        Ks.map((K) => 1 / K),
        errs,
      );
      if (atLeast) expect(slope, `${m}: slope ${slope}`).toBeGreaterThan(order - ORDER_SLOPE);
      else expect(Math.abs(slope - order), `${m}: slope ${slope}`).toBeLessThan(ORDER_SLOPE);
      expect(errs[errs.length - 1]).toBeLessThan(errs[0]);
    }
    // midpoint samples of a line: bilinear x_0 is exact (running mean) and x_1 converges at order 3
    const x = runLegs(A, B, 512, (s) => s, 'bilinear');
    expect(Math.abs(x[0] - 0.5)).toBeLessThan(TIGHT);
  });

  it('u(t) = t^2: first three coefficients converge at the declared orders (1, 1, 2, 2)', () => {
    // projection of s^2 on [0, 1]: x_0 = 1/3, x_1 = sqrt(3)/6, x_2 = sqrt(5)/30, rest 0
    const exact = [1 / 3, Math.sqrt(3) / 6, Math.sqrt(5) / 30, 0, 0, 0];
    const Ks = [32, 64, 128, 256, 512];
    for (const [m, order] of [
      ['forward', 1],
      ['backward', 1],
      ['bilinear', 2],
      ['zoh', 2],
    ] as const) {
      const errs = Ks.map((K) =>
        maxAbsDiff(
          runLegs(A, B, K, (s) => s * s, m),
          exact,
        ),
      );
      const slope = logLogSlope(
        Ks.map((K) => 1 / K),
        errs,
      );
      expect(Math.abs(slope - order), `${m}: slope ${slope}`).toBeLessThan(ORDER_SLOPE);
    }
  });

  it('never mutates A or B and rejects bad input', () => {
    const a0 = Float64Array.from(A.data);
    const b0 = Float64Array.from(B);
    for (const m of METHODS) for (const k of [0, 1, 5]) legsStep(A, B, k, m);
    expect(A.data).toEqual(a0);
    expect(B).toEqual(b0);
    expect(() => legsStep(A, B, -1)).toThrow(/k must be an integer >= 0/);
    expect(() => legsStep(A, B, 1.5)).toThrow(RangeError);
    expect(() => legsStep(A, B.subarray(1), 1)).toThrow(TypeError);
    // @ts-expect-error: unknown method
    expect(() => legsStep(A, B, 1, 'rk4')).toThrow(/one of 'forward'/);
    expect(() => legsStep(zeros(2, 2), Float64Array.of(1, 1), 0)).toThrow(/k = 0 needs an invertible A/);
  });
});
