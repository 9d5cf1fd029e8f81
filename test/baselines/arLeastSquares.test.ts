import { lusolve } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { arLeastSquares } from '../../src/baselines/arLeastSquares.ts';
import { AR_EXACT } from '../tolerances.ts';

function maxErrorFrom(out: Float64Array, u: Float64Array, start: number): number {
  let m = 0;
  for (let k = start; k < u.length - 1; k++) m = Math.max(m, Math.abs(out[k] - u[k + 1]));
  return m;
}

describe('arLeastSquares', () => {
  it('AR(2) learns the recurrence of a damped sinusoid in context: exact once it has two pairs', () => {
    // u_k = r^k cos(w k + phi) obeys u_k = 2 r cos(w) u_{k-1} - r^2 u_{k-2}
    const r = 0.97;
    const w = 0.4;
    const u = Float64Array.from({ length: 200 }, (_, k) => r ** k * Math.cos(w * k + 0.2));
    // the recurrence holds for the samples themselves (independent check of the test signal)
    for (let k = 2; k < 200; k++) {
      expect(Math.abs(u[k] - (2 * r * Math.cos(w) * u[k - 1] - r * r * u[k - 2]))).toBeLessThan(1e-15);
    }
    const out = arLeastSquares(u, { order: 2 });
    // minHistory = 4: out[3] is the first AR forecast, fitted on the pairs with targets u[2], u[3]
    expect(out[2]).toBe(u[2]);
    expect(maxErrorFrom(out, u, 3)).toBeLessThan(AR_EXACT);
  });

  it('predicts a noise-free sine to ~1e-10 with the default AR(4)', () => {
    const u = Float64Array.from({ length: 2000 }, (_, k) => Math.sin(0.1 * k + 0.3));
    const err = maxErrorFrom(arLeastSquares(u), u, 30);
    expect(err).toBeLessThan(1e-10); // measured 6e-12: the bias of the relative ridge 1e-12 dominates
  });

  it('an order too small for the recurrence is not exact (the tests above can fail)', () => {
    const u = Float64Array.from({ length: 400 }, (_, k) => Math.sin(0.2 * k) + 0.5 * Math.sin(0.53 * k + 1));
    expect(maxErrorFrom(arLeastSquares(u, { order: 4 }), u, 30)).toBeLessThan(AR_EXACT);
    expect(maxErrorFrom(arLeastSquares(u, { order: 2 }), u, 30)).toBeGreaterThan(1e-3);
  });

  it('matches a batch ridge least-squares solve at every step (incremental normal equations are right)', () => {
    // an irregular deterministic signal, so the regression is not exact and the fit is non-trivial
    const u = Float64Array.from(
      { length: 60 },
      (_, k) => Math.sin(0.7 * k) + 0.3 * Math.sin(k * k * 0.013) + 0.1 * k,
    );
    const p = 3;
    const ridge = 1e-6;
    const out = arLeastSquares(u, { order: p, ridge, intercept: true });
    for (const k of [7, 20, 59]) {
      const rows: number[][] = [];
      const ys: number[] = [];
      for (let j = p; j <= k; j++) {
        rows.push([...Array.from({ length: p }, (_, i) => u[j - 1 - i]), 1]);
        ys.push(u[j]);
      }
      const dim = p + 1;
      const G = Array.from({ length: dim }, (_, a) =>
        Array.from({ length: dim }, (_, b) => rows.reduce((s, r) => s + r[a] * r[b], 0)),
      );
      const trace = G.reduce((s, row, i) => s + row[i], 0);
      for (let i = 0; i < dim; i++) G[i][i] += (ridge * trace) / dim;
      const rhs = Array.from({ length: dim }, (_, a) => [rows.reduce((s, r, n) => s + r[a] * ys[n], 0)]);
      const coef = (lusolve(G, rhs) as number[][]).map((x) => x[0]);
      const forecast =
        coef[p] + Array.from({ length: p }, (_, i) => coef[i] * u[k - i]).reduce((s, x) => s + x, 0);
      expect(Math.abs(out[k] - forecast)).toBeLessThan(1e-9 * Math.max(1, Math.abs(forecast)));
    }
  });

  it('with an intercept learns an affine recurrence that plain AR(1) cannot', () => {
    const u = new Float64Array(100);
    u[0] = 3;
    for (let k = 1; k < 100; k++) u[k] = 0.5 + 0.9 * u[k - 1];
    expect(maxErrorFrom(arLeastSquares(u, { order: 1, intercept: true }), u, 3)).toBeLessThan(AR_EXACT);
    expect(maxErrorFrom(arLeastSquares(u, { order: 1 }), u, 3)).toBeGreaterThan(1e-3);
  });

  it('is scale invariant and copies the last value before minHistory', () => {
    const u = Float64Array.from({ length: 80 }, (_, k) => Math.cos(0.3 * k) * (1 + 0.01 * k));
    const a = arLeastSquares(u);
    // a power-of-two scale is exact in binary floating point, so every operation scales exactly: bitwise equal
    const s = 2 ** 20;
    const b = arLeastSquares(u.map((x) => s * x));
    for (let k = 0; k < 80; k++) expect(b[k]).toBe(s * a[k]);
    const c = arLeastSquares(u, { order: 2, minHistory: 10 });
    for (let k = 0; k < 9; k++) expect(c[k]).toBe(u[k]);
    expect(c[9]).not.toBe(u[9]);
  });

  it('rejects bad options with clear errors', () => {
    const u = Float64Array.of(1, 2, 3);
    expect(() => arLeastSquares(u, { order: 0 })).toThrow(
      'arLeastSquares: order must be an integer >= 1, got 0',
    );
    expect(() => arLeastSquares(u, { ridge: -1 })).toThrow('arLeastSquares: ridge must be >= 0, got -1');
    expect(() => arLeastSquares(u, { order: 3, minHistory: 3 })).toThrow(
      'arLeastSquares: minHistory must be an integer >= 4 (order + 1), got 3',
    );
    expect(() => arLeastSquares(u, { intercept: 1 as unknown as boolean })).toThrow(TypeError);
    expect(() => arLeastSquares(u, { p: 2 } as never)).toThrow('arLeastSquares: unknown option "p"');
  });
});
