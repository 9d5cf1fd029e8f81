/**
 * Numerical tools for the hippo and construction tests: exact window projections (by src/hippo gaussLegendre, tested
 * against closed forms in gaussLegendre.test.ts), a classical RK4 integrator for x' = A x + B u(t), a log-log slope
 * fit.
 */
import { gaussLegendre } from '../../src/hippo/gaussLegendre.ts';
import type { HippoOperator } from '../../src/hippo/types.ts';
export { logLogSlope, maxAbsDiff } from '../helpers/numeric.ts';

/**
 * The exact projection of u on the window of a translated measure at time t:
 * x_n = (1/theta) int_0^theta u(t - lag) p_n(t, t - lag) dlag, by Gauss-Legendre on each piece between `breaks`
 * (lags where u is not smooth), M nodes per piece.
 */
export function projectWindow(
  op: HippoOperator,
  u: (s: number) => number,
  t: number,
  { M = 120, breaks = [] as number[] } = {},
): Float64Array {
  const { nodes: x, weights: w } = gaussLegendre(M);
  const N = op.N;
  const out = new Float64Array(N);
  const pts = [0, ...breaks.filter((b) => b > 0 && b < op.theta).sort((a, b) => a - b), op.theta];
  for (let p = 0; p + 1 < pts.length; p++) {
    const a = pts[p];
    const b = pts[p + 1];
    const lags = x.map((z) => a + ((z + 1) / 2) * (b - a));
    const P = op.basis(lags);
    for (let i = 0; i < M; i++) {
      const wi = (0.5 * (b - a) * w[i] * u(t - lags[i])) / op.theta;
      for (let n = 0; n < N; n++) out[n] += wi * P.data[i * N + n];
    }
  }
  return out;
}

/** Classical RK4 for x' = A x + B u(t) from (t0, x0) over `steps` steps of size h; calls `each(t, x)` after each. */
export function rk4(
  op: HippoOperator,
  u: (s: number) => number,
  x0: Float64Array,
  t0: number,
  h: number,
  steps: number,
  each?: (t: number, x: Float64Array) => void,
): Float64Array {
  const N = op.N;
  const A = op.A.data;
  const B = op.B;
  const f = (t: number, x: Float64Array, out: Float64Array): void => {
    const ut = u(t);
    for (let i = 0; i < N; i++) {
      let s = B[i] * ut;
      for (let j = 0; j < N; j++) s += A[i * N + j] * x[j];
      out[i] = s;
    }
  };
  let x = x0.slice();
  const k1 = new Float64Array(N);
  const k2 = new Float64Array(N);
  const k3 = new Float64Array(N);
  const k4 = new Float64Array(N);
  const tmp = new Float64Array(N);
  for (let s = 0; s < steps; s++) {
    const t = t0 + s * h;
    f(t, x, k1);
    for (let i = 0; i < N; i++) tmp[i] = x[i] + (h / 2) * k1[i];
    f(t + h / 2, tmp, k2);
    for (let i = 0; i < N; i++) tmp[i] = x[i] + (h / 2) * k2[i];
    f(t + h / 2, tmp, k3);
    for (let i = 0; i < N; i++) tmp[i] = x[i] + h * k3[i];
    f(t + h, tmp, k4);
    const next = new Float64Array(N);
    for (let i = 0; i < N; i++) next[i] = x[i] + (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    x = next;
    each?.(t0 + (s + 1) * h, x);
  }
  return x;
}

/** Dot product. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
