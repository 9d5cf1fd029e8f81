import { describe, expect, it } from 'vitest';
import {
  derivativeReadout,
  derivativeReadoutOfOrder,
  prophecy,
  secondDerivativeReadout,
} from '../../src/construction/index.ts';
import { buildPredictorFromOptions } from '../../src/cli/predictorOptions.ts';
import { listEntries } from '../../src/cli/commands/list.ts';
import { foutAuthors, hippo, measures } from '../../src/hippo/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { predictorFromSpec } from '../../src/sweep/index.ts';
import { maxAbsDiff, projectWindow } from '../hippo/helpers.ts';
import { FOUT_AUTHORS_PROJECTION, TIGHT } from '../tolerances.ts';

const r2 = Math.SQRT2;
const pi = Math.PI;

/** Solves the small dense system M y = b by Gaussian elimination with partial pivoting (independent of src). */
function solve(M: number[][], b: number[]): number[] {
  const n = b.length;
  const a = M.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k];
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * y[k];
    y[r] = s / a[r][r];
  }
  return y;
}

/**
 * The authors' FouT predictor written out by hand for N = 5, theta = 1 (independent of src/hippo and
 * src/discretize): A of FouT at 4 pi m, the bilinear step (I - dt/2 A) x_{k+1} = (I + dt/2 A) x_k + dt B u_k, and
 * uhat_{k+1} = dt C x_{k+1} + u_k with C = (0, 0, -2 sqrt2 pi, 0, -4 sqrt2 pi).
 */
function handPredictN5(u: Float64Array, dt: number): Float64Array {
  const e = [1, r2, 0, r2, 0];
  const w = 4 * pi;
  const A = e.map((ei) => e.map((ej) => -2 * ei * ej));
  A[1][2] -= w;
  A[2][1] += w;
  A[3][4] -= 2 * w;
  A[4][3] += 2 * w;
  const B = e.map((ei) => 2 * ei);
  const C = [0, 0, -2 * r2 * pi, 0, -4 * r2 * pi];
  const left = A.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - (dt / 2) * v));
  let x = [0, 0, 0, 0, 0];
  const out = new Float64Array(u.length);
  for (let k = 0; k < u.length; k++) {
    const rhs = A.map(
      (row, i) => x[i] + (dt / 2) * row.reduce((s, v, j) => s + v * x[j], 0) + dt * B[i] * u[k],
    );
    x = solve(left, rhs);
    out[k] = dt * C.reduce((s, c, j) => s + c * x[j], 0) + u[k];
  }
  return out;
}

describe("fout-authors: the authors' FouT predictor", () => {
  it('N = 3 by hand: the fout-code state, C = (0, 0, -2 sqrt2 pi), D = 0, forward Euler', () => {
    const op = hippo('fout-authors', 3);
    const w = 4 * pi;
    expect(op.measure).toBe('fout-authors');
    expect(maxAbsDiff(op.A.data, [-2, -2 * r2, 0, -2 * r2, -4, -w, 0, w, 0])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.B, [2, 2 * r2, 0])).toBeLessThan(TIGHT);
    expect(op.readout).not.toBeNull();
    expect(maxAbsDiff(op.readout!.C, [0, 0, -2 * r2 * pi])).toBeLessThan(TIGHT);
    expect(op.readout!.D).toBe(0);
    expect(op.readout!.output).toBe('forward-euler');
    expect(Object.isFrozen(op) && Object.isFrozen(op.readout)).toBe(true);
    // the construction (fout-code) gives something else: p^T A = (-6, -6 sqrt2, -4 sqrt2 pi), p^T B = 2 N = 6
    const { C, D } = derivativeReadout(op);
    expect(maxAbsDiff(C, [0, 0, -2 * r2 * pi])).toBeLessThan(TIGHT);
    expect(D).toBe(0);
    expect(C).not.toBe(op.readout!.C);
    const construction = derivativeReadout(hippo('fout-code', 3));
    expect(maxAbsDiff(construction.C, [-6, -6 * r2, -r2 * w])).toBeLessThan(TIGHT);
    expect(construction.D).toBeCloseTo(6, 14);
    // theta scales the readout like A: C / theta
    expect(maxAbsDiff(foutAuthors(3, { theta: 0.5 }).readout!.C, [0, 0, -4 * r2 * pi])).toBeLessThan(TIGHT);
  });

  it('N = 5 by hand: C[2i+2] = -2 sqrt2 pi (i+1) on the sine entries, 0 elsewhere; registry metadata says "own"', async () => {
    const op = hippo('fout-authors', 5);
    expect(maxAbsDiff(op.readout!.C, [0, 0, -2 * r2 * pi, 0, -4 * r2 * pi])).toBeLessThan(TIGHT);
    expect(Array.from(op.A.data)).toEqual(Array.from(hippo('fout-code', 5).A.data));
    expect(Array.from(op.basis(Float64Array.of(0.1)).data)).toEqual(
      Array.from(hippo('fout-code', 5).basis(Float64Array.of(0.1)).data),
    );
    expect(measures['fout-authors']).toMatchObject({ readout: 'own', output: 'forward-euler', oddN: true });
    for (const name of ['legt', 'fout', 'fout-code'] as const) {
      expect(measures[name]).toMatchObject({ readout: 'construction', output: 'trapezoid' });
      expect(hippo(name, 5).readout).toBeNull();
    }
    const listed = (await listEntries('measures')).find((e) => e.name === 'fout-authors');
    expect(listed).toMatchObject({ readout: 'own', output: 'forward-euler' });
    expect(listed?.description).toMatch(/not the p\^T A construction/);
  });

  it('the first prediction by hand (N = 3, dt = 0.1, u_0 = 1): uhat_1 = 1 - 4 pi^2 / (325 + 11 pi^2)', () => {
    // x_1 = (I - dt/2 A)^-1 dt B u_0 solved by hand: x_s1 = (pi/5) x_c1, x_c1 = 2 sqrt2 / (13 + 11 pi^2 / 25)
    const p = prophecy(hippo('fout-authors', 3), { dt: 0.1 });
    const out = predictNext(p, Float64Array.of(1, 0));
    expect(Math.abs(out[0] - (1 - (4 * pi * pi) / (325 + 11 * pi * pi)))).toBeLessThan(TIGHT);
    expect(maxAbsDiff(p.Cbar, [0, 0, -0.2 * r2 * pi])).toBeLessThan(TIGHT);
    expect([p.Dbar, p.output, p.discretization, p.D]).toEqual([1, 'forward-euler', 'bilinear', 0]);
  });

  it('predictNext (scan and FFT) equals the hand-written N = 5 predictor over 400 steps', () => {
    const dt = 1e-2;
    const u = Float64Array.from(
      { length: 400 },
      (_, k) => Math.sin(0.7 * k * dt) + 0.3 * Math.cos(5.1 * k * dt),
    );
    const ref = handPredictN5(u, dt);
    const p = prophecy(hippo('fout-authors', 5), { dt });
    expect(maxAbsDiff(predictNext(p, u, { mode: 'scan' }), ref)).toBeLessThan(TIGHT);
    expect(maxAbsDiff(predictNext(p, u, { mode: 'fft' }), ref)).toBeLessThan(TIGHT);
    // the same state as fout-code, only the output differs
    const code = prophecy(hippo('fout-code', 5), { dt, output: 'forward-euler' });
    expect(Array.from(p.Abar.data)).toEqual(Array.from(code.Abar.data));
    expect(maxAbsDiff(predictNext(code, u), ref)).toBeGreaterThan(1e-3);
  });

  it("no factor 2: on a window-even harmonic (exact in the 4 pi m state) it reads u'/2, the construction u'", () => {
    const op = hippo('fout-authors', 9);
    const u = (s: number) => Math.sin(4 * pi * s) + 0.5 * Math.cos(8 * pi * s);
    const du = (s: number) => 4 * pi * Math.cos(4 * pi * s) - 4 * pi * Math.sin(8 * pi * s);
    const t = 0.37;
    const x = projectWindow(op, u, t);
    const dot = (c: Float64Array, D: number) => c.reduce((s, v, j) => s + v * x[j], 0) + D * u(t);
    const authors = derivativeReadout(op);
    const construction = derivativeReadout(hippo('fout-code', 9));
    expect(Math.abs(dot(authors.C, authors.D) - du(t) / 2)).toBeLessThan(FOUT_AUTHORS_PROJECTION);
    expect(Math.abs(dot(construction.C, construction.D) - du(t))).toBeLessThan(FOUT_AUTHORS_PROJECTION);
  });

  it('refuses what it does not use: another output rule, the first-step quirk, higher orders, even N', () => {
    const op = hippo('fout-authors', 5);
    expect(() => prophecy(op, { dt: 1e-3, output: 'trapezoid' })).toThrow(RangeError);
    expect(() => prophecy(op, { dt: 1e-3, output: 'trapezoid' })).toThrow(
      /fout-authors carries its own readout and output rule 'forward-euler'.*got output 'trapezoid'/,
    );
    expect(prophecy(op, { dt: 1e-3, output: 'forward-euler' }).Dbar).toBe(1);
    expect(() => prophecy(op, { dt: 1e-3, authorsFirstStep: true })).toThrow(/authorsFirstStep/);
    expect(() => derivativeReadoutOfOrder(op, 2)).toThrow(/own first-order readout/);
    expect(derivativeReadoutOfOrder(op, 1).D).toBe(0);
    expect(() => secondDerivativeReadout(op)).toThrow(/own readout/);
    expect(() => hippo('fout-authors', 4)).toThrow(/fout-authors: N must be an odd integer.*N = 4/);
    expect(() => foutAuthors(3, { theta: 0 })).toThrow(/theta/);
  });

  it('is reachable from specs and the CLI options with its own output rule', () => {
    const fromSpec = predictorFromSpec({ measure: 'fout-authors', N: 7, dt: 1e-3 });
    expect([fromSpec.output, fromSpec.Dbar]).toEqual(['forward-euler', 1]);
    const { predictor } = buildPredictorFromOptions({
      measure: 'fout-authors',
      N: '7',
      theta: '1',
      dt: '1e-3',
      discretization: 'bilinear',
    });
    expect(Array.from(predictor.Cbar)).toEqual(Array.from(fromSpec.Cbar));
    expect(() =>
      buildPredictorFromOptions({
        measure: 'fout-authors',
        N: '7',
        theta: '1',
        dt: '1e-3',
        discretization: 'bilinear',
        outputRule: 'trapezoid',
      }),
    ).toThrow(/own readout/);
  });
});
