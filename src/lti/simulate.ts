import type { Matrix } from '../linalg/matrix.ts';

/** The trajectory of a discrete recurrence: outputs [L, P], states [L, N] (or null) and the state after the last step. */
export interface Trajectory {
  readonly y: Float64Array;
  readonly x: Float64Array | null;
  readonly xNext: Float64Array;
}

/**
 * Runs x_{k+1} = A x_k + B0 u_k + B1 u_{k+1}, y_k = C x_k + D u_k for k = 0..L-1 from x_0 (B1 null: no look-ahead
 * term; u_L is taken as u_{L-1}, which only affects xNext). u is row-major [L, M].
 *
 * @internal shared by dlsim and lsim
 */
export function simulate(
  A: Matrix,
  B0: Matrix,
  B1: Matrix | null,
  C: Matrix,
  D: Matrix,
  u: Float64Array,
  L: number,
  x0: Float64Array,
  keepStates: boolean,
): Trajectory {
  const N = A.rows;
  const M = B0.cols;
  const P = C.rows;
  const a = A.data;
  const b0 = B0.data;
  const b1 = B1?.data ?? null;
  const c = C.data;
  const d = D.data;
  const y = new Float64Array(L * P);
  const xs = keepStates ? new Float64Array(L * N) : null;
  let x = Float64Array.from(x0);
  let xn = new Float64Array(N);
  for (let k = 0; k < L; k++) {
    const uo = k * M;
    const next = k + 1 < L ? uo + M : uo;
    if (xs) xs.set(x, k * N);
    for (let p = 0; p < P; p++) {
      let s = 0;
      for (let i = 0; i < N; i++) s += c[p * N + i] * x[i];
      for (let m = 0; m < M; m++) s += d[p * M + m] * u[uo + m];
      y[k * P + p] = s;
    }
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += a[i * N + j] * x[j];
      for (let m = 0; m < M; m++) s += b0[i * M + m] * u[uo + m];
      if (b1) for (let m = 0; m < M; m++) s += b1[i * M + m] * u[next + m];
      xn[i] = s;
    }
    const t = x;
    x = xn;
    xn = t;
  }
  return { y, x: xs, xNext: x };
}
