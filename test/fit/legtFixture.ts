/**
 * Test fixture, independent of src/hippo and src/construction: the LegT bilinear next-value predictor written out
 * from docs/theory.md (the LegT A, B of section 3, the closed-form C, D of eq. 13, bilinear Abar, Bbar of eq. 15,
 * trapezoid Cbar, Dbar of eq. 18), with mathjs for the inverse, and a plain float64 scan of it.
 */
import { inv, matrix, multiply, type Matrix as MathMatrix } from 'mathjs';
import type { Matrix } from '../../src/linalg/matrix.ts';
import type { PredictorParams } from '../../src/fit/predictorParams.ts';

export function legtPredictorFixture(N: number, dt: number, theta = 1): PredictorParams {
  const A: number[][] = [];
  const B: number[] = [];
  for (let n = 0; n < N; n++) {
    const row: number[] = [];
    for (let k = 0; k < N; k++) {
      const sign = n >= k ? 1 : (n - k) % 2 === 0 ? 1 : -1;
      row.push((-1 / theta) * Math.sqrt(2 * n + 1) * Math.sqrt(2 * k + 1) * sign);
    }
    A.push(row);
    B.push(Math.sqrt(2 * n + 1) / theta);
  }
  const C = Array.from({ length: N }, (_, j) => (-1 / theta) * Math.sqrt(2 * j + 1) * (N * N - j * (j + 1)));
  const D = (N * N) / theta;
  const Im = A.map((r, i) => r.map((a, j) => (i === j ? 1 : 0) - (dt / 2) * a));
  const Ip = A.map((r, i) => r.map((a, j) => (i === j ? 1 : 0) + (dt / 2) * a));
  const M = inv(matrix(Im)) as MathMatrix;
  const Abar = (multiply(M, matrix(Ip)) as MathMatrix).toArray() as number[][];
  const Bbar = ((multiply(M, matrix(B)) as MathMatrix).toArray() as number[]).map((v) => v * dt);
  const Abar64: Matrix = { rows: N, cols: N, data: Float64Array.from(Abar.flat()) };
  return {
    Abar: Abar64,
    Bbar: Float64Array.from(Bbar),
    Cbar: Float64Array.from(C, (c) => (dt * c) / (1 - (D * dt) / 2)),
    Dbar: (1 + (D * dt) / 2) / (1 - (D * dt) / 2),
  };
}

/** out[k] = Cbar x_{k+1} + Dbar u_k with x_{k+1} = Abar x_k + Bbar u_k, x_0 = 0 (float64 scan). */
export function scanPredict(p: PredictorParams, u: ArrayLike<number>): Float64Array {
  const N = p.Bbar.length;
  let x = new Float64Array(N);
  const out = new Float64Array(u.length);
  for (let k = 0; k < u.length; k++) {
    const y = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let acc = p.Bbar[i] * u[k];
      for (let j = 0; j < N; j++) acc += p.Abar.data[i * N + j] * x[j];
      y[i] = acc;
    }
    x = y;
    let o = p.Dbar * u[k];
    for (let i = 0; i < N; i++) o += p.Cbar[i] * x[i];
    out[k] = o;
  }
  return out;
}

/** Smooth test signals on [0, 1]: sums of two sines with seeded frequencies, values O(1). */
export function sineSignals(count: number, L: number, seed = 1): number[][] {
  let s = seed;
  const rand = (): number => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: count }, () => {
    const f1 = 1 + 4 * rand();
    const f2 = 2 + 6 * rand();
    const p1 = 2 * Math.PI * rand();
    const a2 = rand();
    return Array.from({ length: L }, (_, k) => {
      const t = k / L;
      return 0.5 + 0.3 * Math.sin(2 * Math.PI * f1 * t + p1) + 0.15 * a2 * Math.sin(2 * Math.PI * f2 * t);
    });
  });
}

/** The float32 error scale S = (|Dbar| + sum_j |K_j|) max|u| of the predictor over L steps (K from an impulse scan). */
export function forwardScale(p: PredictorParams, L: number, maxU: number): number {
  const impulse = new Float64Array(L);
  impulse[0] = 1;
  const h = scanPredict(p, impulse); // h[0] = K_0 + Dbar, h[j] = K_j
  let sum = Math.abs(p.Dbar) + Math.abs(h[0] - p.Dbar);
  for (let j = 1; j < L; j++) sum += Math.abs(h[j]);
  return sum * maxU;
}

/** The construction moved off its optimum, so that no residual is near zero (float32 and float64 then agree on
 * every residual's sign, and central differences of the L1 loss do not straddle a kink). */
export function offOptimum(p: PredictorParams, eps: number): PredictorParams {
  return {
    Abar: { ...p.Abar, data: p.Abar.data.map((a, i) => a + eps * 1e-2 * Math.sin(i)) },
    Bbar: p.Bbar.map((b, i) => b * (1 + eps * Math.cos(i))),
    Cbar: p.Cbar.map((c, i) => c * (1 + eps * Math.sin(2 * i + 1))),
    Dbar: p.Dbar + eps,
  };
}
