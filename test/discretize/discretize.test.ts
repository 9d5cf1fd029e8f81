import { describe, expect, it } from 'vitest';
import { inv, multiply, add as madd, subtract, identity as mid, type Matrix as MathMatrix } from 'mathjs';
import { discretize } from '../../src/discretize/discretize.ts';
import { discretizations } from '../../src/discretize/discretizations.ts';
import { fromRows, identity, toRows, zeros } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { expm } from '../../src/linalg/expm.ts';
import { add, scale, sub } from '../../src/linalg/elementwise.ts';
import { matvec } from '../../src/linalg/matmul.ts';
import { solve } from '../../src/linalg/solve.ts';
import { norm1 } from '../../src/linalg/norms.ts';
import { logLogSlope, maxAbsDiff, relErr } from '../linalg/helpers.ts';
import { runLti, stableSystem } from './helpers.ts';
import { EXPM_REL, MATHJS_CROSS, ORDER_SLOPE, TIGHT } from '../tolerances.ts';

const orderOf = (name: string) => discretizations.find((d) => d.name === name)!.order;

/** Exact x(T) of x' = A x + B sin(w t + phi), x(0) = 0, from one exponential of the augmented system. */
function exactSinusoidResponse(A: Matrix, B: Float64Array, w: number, phi: number, T: number): Float64Array {
  const N = A.rows;
  const M = zeros(N + 2, N + 2);
  const m = N + 2;
  // z = (sin(w t + phi), cos(w t + phi)): z1' = w z2, z2' = -w z1
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) M.data[i * m + j] = T * A.data[i * N + j];
    M.data[i * m + N] = T * B[i];
  }
  M.data[N * m + N + 1] = T * w;
  M.data[(N + 1) * m + N] = -T * w;
  const E = expm(M);
  const z0 = [Math.sin(phi), Math.cos(phi)];
  return Float64Array.from(
    { length: N },
    (_, i) => E.data[i * m + N] * z0[0] + E.data[i * m + N + 1] * z0[1],
  );
}

describe('discretize', () => {
  it('ZOH is exact for a scalar system: Abar = e^{a dt}, Bbar = (e^{a dt} - 1) b / a', () => {
    const a = -2;
    const b = 3;
    for (const dt of [1e-4, 0.1, 1, 5]) {
      const { Abar, Bbar } = discretize(fromRows([[a]]), Float64Array.of(b), dt, 'zoh');
      const e = Math.exp(a * dt);
      expect(Math.abs(Abar.data[0] / e - 1)).toBeLessThan(EXPM_REL);
      expect(Math.abs(Bbar[0] / ((Math.expm1(a * dt) * b) / a) - 1)).toBeLessThan(EXPM_REL);
    }
  });

  it('ZOH needs no invertible A: double integrator gives [[1, dt], [0, 1]] and [dt^2/2, dt]', () => {
    const dt = 0.3;
    const { Abar, Bbar } = discretize(
      fromRows([
        [0, 1],
        [0, 0],
      ]),
      Float64Array.of(0, 1),
      dt,
      'zoh',
    );
    expect(maxAbsDiff(Abar.data, [1, dt, 0, 1])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(Bbar, [(dt * dt) / 2, dt])).toBeLessThan(TIGHT);
  });

  it('ZOH matches A^-1 (e^{dt A} - I) B for an invertible A and is exact for piecewise-constant input', () => {
    const { A, B } = stableSystem(4, 7);
    const dt = 0.2;
    const { Abar, Bbar } = discretize(A, B, dt, 'zoh');
    const E = expm(scale(A, dt));
    expect(relErr(Abar, E)).toBeLessThan(EXPM_REL);
    const ref = solve(A, matvec(sub(E, identity(4)), B));
    expect(maxAbsDiff(Bbar, ref)).toBeLessThan(EXPM_REL * 10);
    // 5 held values: the recurrence equals the exact solution built from one exponential per step of the block system
    const u = [1, -0.5, 2, 0, 0.25];
    let x = new Float64Array(4);
    for (const uk of u) {
      const aug = zeros(5, 5);
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 4; j++) aug.data[i * 5 + j] = dt * A.data[i * 4 + j];
        aug.data[i * 5 + 4] = dt * B[i] * uk;
      }
      const Ea = expm(aug);
      x = Float64Array.from({ length: 4 }, (_, i) => {
        let s = Ea.data[i * 5 + 4];
        for (let j = 0; j < 4; j++) s += Ea.data[i * 5 + j] * x[j];
        return s;
      });
    }
    expect(maxAbsDiff(runLti(Abar, Bbar, u), x)).toBeLessThan(EXPM_REL * 10);
  });

  it('bilinear equals the (1,1) Pade approximant (I - dt/2 A)^-1 (I + dt/2 A), checked with mathjs', () => {
    const { A, B } = stableSystem(5, 8);
    const dt = 0.37;
    const { Abar, Bbar } = discretize(A, B, dt, 'bilinear');
    const a = toRows(A);
    const h = dt / 2;
    const Minv = inv(subtract(mid(5), multiply(h, a)) as MathMatrix);
    const ref = multiply(Minv, madd(mid(5), multiply(h, a)) as MathMatrix) as MathMatrix;
    expect(relErr(Abar, fromRows(ref.toArray() as number[][]))).toBeLessThan(MATHJS_CROSS);
    const refB = multiply(multiply(Minv, dt) as MathMatrix, Array.from(B)) as MathMatrix;
    expect(maxAbsDiff(Bbar, refB.toArray() as number[])).toBeLessThan(MATHJS_CROSS);
  });

  it('forward is I + dt A, dt B exactly; gbt(0) = forward, gbt(1/2) = bilinear, gbt(1) = backward exactly', () => {
    const { A, B } = stableSystem(4, 9);
    const dt = 0.1;
    const f = discretize(A, B, dt, 'forward');
    expect(f.Abar.data).toEqual(add(identity(4), scale(A, dt)).data);
    expect(f.Bbar).toEqual(B.map((v) => dt * v));
    const pairs = [
      [0, 'forward'],
      [0.5, 'bilinear'],
      [1, 'backward'],
    ] as const;
    for (const [alpha, name] of pairs) {
      const g = discretize(A, B, dt, { gbt: alpha });
      const n = discretize(A, B, dt, name);
      expect(g.Abar.data).toEqual(n.Abar.data);
      expect(g.Bbar).toEqual(n.Bbar);
    }
    // backward Euler: Abar = (I - dt A)^-1 (independent path: solve against I)
    const bw = discretize(A, B, dt, 'backward');
    expect(relErr(bw.Abar, solve(sub(identity(4), scale(A, dt)), identity(4)))).toBeLessThan(TIGHT);
  });

  it('global errors at T = 1 converge at the registry orders (midpoint-sampled smooth input)', () => {
    const { A, B } = stableSystem(4, 10);
    const w = 3;
    const phi = 0.3;
    const exact = exactSinusoidResponse(A, B, w, phi, 1);
    const steps = [10, 20, 40, 80, 160];
    for (const name of ['forward', 'backward', 'bilinear', 'zoh'] as const) {
      const errs = steps.map((K) => {
        const dt = 1 / K;
        const { Abar, Bbar } = discretize(A, B, dt, name);
        const u = Float64Array.from({ length: K }, (_, k) => Math.sin(w * (k + 0.5) * dt + phi));
        return maxAbsDiff(runLti(Abar, Bbar, u), exact);
      });
      const slope = logLogSlope(
        steps.map((K) => 1 / K),
        errs,
      );
      expect(Math.abs(slope - orderOf(name)), `${name}: slope ${slope}`).toBeLessThan(ORDER_SLOPE);
    }
  });

  it('left-end sampling u_k = u(t_k) makes bilinear first order (the input is delayed by dt/2)', () => {
    const { A, B } = stableSystem(4, 10);
    const exact = exactSinusoidResponse(A, B, 3, 0.3, 1);
    const steps = [10, 20, 40, 80, 160];
    const errs = steps.map((K) => {
      const { Abar, Bbar } = discretize(A, B, 1 / K, 'bilinear');
      const u = Float64Array.from({ length: K }, (_, k) => Math.sin((3 * k) / K + 0.3));
      return maxAbsDiff(runLti(Abar, Bbar, u), exact);
    });
    const slope = logLogSlope(
      steps.map((K) => 1 / K),
      errs,
    );
    expect(Math.abs(slope - 1)).toBeLessThan(ORDER_SLOPE);
  });

  it('one-step Abar - e^{dt A} is O(dt^2) for forward / backward, O(dt^3) for bilinear, ~0 for ZOH', () => {
    const { A, B } = stableSystem(4, 11);
    const dts = [0.08, 0.04, 0.02, 0.01, 0.005];
    const expected = { forward: 2, backward: 2, bilinear: 3 } as const;
    for (const name of ['forward', 'backward', 'bilinear'] as const) {
      const errs = dts.map((dt) => norm1(sub(discretize(A, B, dt, name).Abar, expm(scale(A, dt)))));
      const slope = logLogSlope(dts, errs);
      expect(Math.abs(slope - expected[name]), `${name}: slope ${slope}`).toBeLessThan(ORDER_SLOPE);
    }
    for (const dt of dts)
      expect(relErr(discretize(A, B, dt, 'zoh').Abar, expm(scale(A, dt)))).toBeLessThan(EXPM_REL);
  });

  it('never mutates A or B', () => {
    const { A, B } = stableSystem(3, 12);
    const a0 = Float64Array.from(A.data);
    const b0 = Float64Array.from(B);
    for (const m of ['forward', 'backward', 'bilinear', 'zoh', { gbt: 0.3 }] as const)
      discretize(A, B, 0.1, m);
    expect(A.data).toEqual(a0);
    expect(B).toEqual(b0);
  });

  it('rejects bad input with named errors', () => {
    const A = identity(2);
    const B = Float64Array.of(1, 1);
    for (const dt of [0, -1, NaN, Infinity]) expect(() => discretize(A, B, dt, 'zoh')).toThrow(RangeError);
    expect(() => discretize(A, B, 0, 'zoh')).toThrow(/dt must be > 0, got 0/);
    expect(() => discretize(zeros(2, 3), B, 0.1, 'zoh')).toThrow(TypeError);
    expect(() => discretize(A, Float64Array.of(1), 0.1, 'zoh')).toThrow(/B must have length N = 2/);
    expect(() =>
      discretize(
        fromRows([
          [NaN, 0],
          [0, 1],
        ]),
        B,
        0.1,
        'zoh',
      ),
    ).toThrow(RangeError);
    expect(() => discretize(A, Float64Array.of(1, NaN), 0.1, 'zoh')).toThrow(/B\[1\]/);
    expect(() => discretize(A, B, 0.1, { gbt: 1.5 })).toThrow(/alpha.*\[0, 1\].*1\.5/);
    expect(() => discretize(A, B, 0.1, { gbt: -0.1 })).toThrow(RangeError);
    // @ts-expect-error: an unknown method is a runtime error naming the choices
    expect(() => discretize(A, B, 0.1, 'euler')).toThrow(/forward.*backward.*bilinear.*zoh.*gbt.*"euler"/);
    // I - dt A singular at dt = 1 for A = I
    expect(() => discretize(A, B, 1, 'backward')).toThrow(/singular/);
  });
});
