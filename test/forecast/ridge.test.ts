import { describe, expect, it } from 'vitest';
import { ridgeCoefficients, ridgeReadout } from '../../src/forecast/index.ts';
import { ridgeSystem } from '../../src/forecast/ridgeSystem.ts';
import { gcvScores } from '../../src/forecast/gcv.ts';
import { gcvChoice } from '../../src/forecast/gcv.ts';
import { fromRows, matmul, solve, transpose } from '../../src/linalg/index.ts';
import type { Matrix } from '../../src/linalg/index.ts';
import { rng } from '../helpers/numeric.ts';
import { RIDGE_TWIN_REL, TIGHT } from '../tolerances.ts';

/** A random problem: X [n, F] with columns of very different scales and offsets, Y = 1 b^T + X W + noise. */
function problem(n: number, F: number, H: number, seed: number): { X: Matrix; Y: Matrix } {
  const r = rng(seed);
  const X = new Float64Array(n * F);
  for (let t = 0; t < n; t++)
    for (let j = 0; j < F; j++) X[t * F + j] = 10 ** (j % 4) * (2 * r() - 1) + 3 * j;
  const Y = new Float64Array(n * H);
  for (let t = 0; t < n; t++) {
    for (let h = 0; h < H; h++) {
      let s = 1 + h;
      for (let j = 0; j < F; j++) s += ((j + h) % 3) * 0.1 * X[t * F + j] * 10 ** -(j % 4);
      Y[t * H + h] = s + 0.05 * (2 * r() - 1);
    }
  }
  return { X: { rows: n, cols: F, data: X }, Y: { rows: n, cols: H, data: Y } };
}

/**
 * The twin: the normal equations of the augmented problem [1, X] [b; W] ~ Y with the penalty lambda ||Sigma W||^2,
 *   [[n, 1^T X], [X^T 1, X^T X + lambda Sigma^2]] [b; W] = [1^T Y; X^T Y],
 * solved by LU: no centring, no eigendecomposition.
 */
function normalEquations(X: Matrix, Y: Matrix, sigma: Float64Array, lambda: number): Matrix {
  const n = X.rows;
  const F = X.cols;
  const A = new Float64Array(n * (F + 1));
  for (let t = 0; t < n; t++) {
    A[t * (F + 1)] = 1;
    for (let j = 0; j < F; j++) A[t * (F + 1) + j + 1] = X.data[t * F + j];
  }
  const Am: Matrix = { rows: n, cols: F + 1, data: A };
  const AtA = matmul(transpose(Am), Am);
  for (let j = 0; j < F; j++) AtA.data[(j + 1) * (F + 2)] += lambda * sigma[j] * sigma[j];
  return solve(AtA, matmul(transpose(Am), Y));
}

describe('ridgeSystem / ridgeReadout', () => {
  it('matches the normal-equations twin (unstandardised, augmented, LU) for several strengths', () => {
    const { X, Y } = problem(200, 6, 2, 1);
    const sys = ridgeSystem(X, Y);
    for (const rho of [0, 1e-6, 1e-3, 0.1, 1]) {
      const r = ridgeReadout(sys, rho);
      const twin = normalEquations(X, Y, sys.scale, rho * X.rows);
      const scale = Math.max(...twin.data.map(Math.abs));
      for (let h = 0; h < 2; h++) {
        expect(Math.abs(r.intercept[h] - twin.data[h]) / scale).toBeLessThan(RIDGE_TWIN_REL);
        for (let j = 0; j < 6; j++) {
          expect(Math.abs(r.weights.data[j * 2 + h] - twin.data[(j + 1) * 2 + h]) / scale).toBeLessThan(
            RIDGE_TWIN_REL,
          );
        }
      }
    }
  });

  it('matches the twin with given column scales and with more features than rows (the wide SVD path)', () => {
    const { X, Y } = problem(120, 5, 2, 5);
    const scale = Float64Array.of(0.5, 2, 30, 400, 7);
    const sys = ridgeSystem(X, Y, { scale });
    expect(Array.from(sys.scale)).toEqual(Array.from(scale));
    for (const rho of [1e-4, 0.2]) {
      const r = ridgeReadout(sys, rho);
      const twin = normalEquations(X, Y, scale, rho * sys.penaltyUnit);
      const top = Math.max(...twin.data.map(Math.abs));
      expect(Math.abs(r.intercept[1] - twin.data[1]) / top).toBeLessThan(RIDGE_TWIN_REL);
      for (let j = 0; j < 5; j++)
        expect(Math.abs(r.weights.data[j * 2] - twin.data[(j + 1) * 2]) / top).toBeLessThan(RIDGE_TWIN_REL);
    }
    // 8 rows, 12 features: rank <= 7 after centring, ridge still well posed
    const wide = problem(8, 12, 1, 6);
    const ws = ridgeSystem(wide.X, wide.Y);
    expect(ws.singularValues.length).toBe(8);
    const rw = ridgeReadout(ws, 1e-3);
    const tw = normalEquations(wide.X, wide.Y, ws.scale, 1e-3 * ws.penaltyUnit);
    const top = Math.max(...tw.data.map(Math.abs));
    for (let j = 0; j < 12; j++)
      expect(Math.abs(rw.weights.data[j] - tw.data[j + 1]) / top).toBeLessThan(RIDGE_TWIN_REL);
    expect(() => ridgeSystem(X, Y, { scale: [1, 2] })).toThrow(/one entry per feature/);
    expect(() => ridgeSystem(X, Y, { scale: [1, 2, 0, 1, 1] })).toThrow(/scale\[2\] must be finite and > 0/);
  });

  it('standardises: column means and population stds, a constant column dropped, one rho per output', () => {
    const X = fromRows([
      [1, 5, 2],
      [2, 5, 4],
      [3, 5, 6],
      [4, 5, 9],
    ]);
    const Y = fromRows([
      [1, 0],
      [2, 1],
      [3, 0],
      [4, 1],
    ]);
    const sys = ridgeSystem(X, Y);
    expect(Array.from(sys.mean)).toEqual([2.5, 5, 5.25]);
    expect(sys.scale[0]).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(sys.scale[1]).toBe(1); // constant column: not scaled, zeroed
    for (let t = 0; t < 4; t++) expect(sys.standardized.data[t * 3 + 1]).toBe(0);
    const both = ridgeReadout(sys, [0, 0.5]);
    const first = ridgeReadout(sys, 0);
    const second = ridgeReadout(sys, 0.5);
    expect(both.weights.data[0]).toBe(first.weights.data[0]);
    expect(both.weights.data[1]).toBe(second.weights.data[1]);
    expect(first.weights.data[2]).toBe(0); // the constant column gets no weight
    // output 0 is y = x_0 exactly: at rho = 0 the fit reproduces it
    expect(Math.abs(first.weights.data[0] - 1) + Math.abs(first.intercept[0])).toBeLessThan(1e-9);
  });

  it('gives the minimum-norm solution at rho = 0 for a rank-deficient design', () => {
    // x_1 = 2 x_0: y = 3 x_0 is fitted by any w_0 + 2 w_1 = 3; on standardised columns the two are equal, so the
    // minimum-norm beta splits the load evenly: beta_0 = beta_1
    const X = fromRows([
      [0, 0],
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    const Y = fromRows([[0], [3], [6], [9]]);
    const sys = ridgeSystem(X, Y);
    const beta = ridgeCoefficients(sys, 0).data;
    expect(Math.abs(beta[0] - beta[1])).toBeLessThan(TIGHT);
    const r = ridgeReadout(sys, 0);
    expect(Math.abs(r.weights.data[0] + 2 * r.weights.data[1] - 3)).toBeLessThan(TIGHT);
  });

  it('rejects bad input', () => {
    const { X, Y } = problem(10, 2, 1, 2);
    expect(() => ridgeSystem(X, fromRows([[1]]))).toThrow(TypeError);
    expect(() => ridgeSystem(fromRows([[1]]), fromRows([[1]]))).toThrow(/at least 2 rows/);
    const sys = ridgeSystem(X, Y);
    expect(() => ridgeReadout(sys, -1)).toThrow(/rho must be finite and >= 0/);
    expect(() => ridgeReadout(sys, [1, 2])).toThrow(/H = 1/);
  });
});

describe('gcvScores / gcvChoice', () => {
  it('match the explicit hat-matrix twin: GCV = n RSS / (n - tr H)^2', () => {
    const { X, Y } = problem(60, 4, 2, 3);
    const sys = ridgeSystem(X, Y);
    const n = X.rows;
    const F = X.cols;
    for (const rho of [1e-8, 1e-3, 0.3]) {
      // H = A (A^T A + lambda P)^-1 A^T, A = [1, X], P = diag(0, sigma^2)
      const A: Matrix = { rows: n, cols: F + 1, data: new Float64Array(n * (F + 1)) };
      for (let t = 0; t < n; t++) {
        A.data[t * (F + 1)] = 1;
        for (let j = 0; j < F; j++) A.data[t * (F + 1) + j + 1] = X.data[t * F + j];
      }
      const M = matmul(transpose(A), A);
      for (let j = 0; j < F; j++) M.data[(j + 1) * (F + 2)] += rho * n * sys.scale[j] ** 2;
      const Hat = matmul(A, solve(M, transpose(A)));
      let trace = 0;
      for (let t = 0; t < n; t++) trace += Hat.data[t * n + t];
      const fitted = matmul(Hat, Y);
      const g = gcvScores(sys, rho);
      expect(Math.abs(g.df + 1 - trace)).toBeLessThan(RIDGE_TWIN_REL * n);
      for (let h = 0; h < 2; h++) {
        let rss = 0;
        for (let t = 0; t < n; t++) rss += (Y.data[t * 2 + h] - fitted.data[t * 2 + h]) ** 2;
        const twin = (n * rss) / (n - trace) ** 2;
        expect(Math.abs(g.scores[h] - twin) / twin).toBeLessThan(RIDGE_TWIN_REL);
      }
    }
  });

  it('picks the grid minimum per output, with the noise level it should', () => {
    const { X, Y } = problem(300, 5, 2, 4);
    const sys = ridgeSystem(X, Y);
    const grid = [1e-10, 1e-6, 1e-3, 1e-1, 10];
    const c = gcvChoice(sys, grid);
    for (let h = 0; h < 2; h++) {
      const all = grid.map((r) => gcvScores(sys, r).scores[h]);
      expect(c.score[h]).toBe(Math.min(...all));
      expect(c.rho[h]).toBe(grid[all.indexOf(Math.min(...all))]);
      // the data are linear with noise variance 0.05^2 / 3: GCV estimates the prediction error sigma^2 (1 + df / n)
      expect(c.score[h]).toBeGreaterThan(0.5 * (0.05 ** 2 / 3));
      expect(c.score[h]).toBeLessThan(2 * (0.05 ** 2 / 3));
    }
    expect(c.rho[0]).toBeLessThan(10); // the heavy penalty biases a clean linear fit: never chosen
    expect(() => gcvChoice(sys, [])).toThrow(/non-empty/);
  });
});
