/**
 * Hand-made DiscretePredictor fixtures for the ssm tests, built here from the paper's formulas with our own
 * dense Gaussian elimination, independently of src/hippo, src/discretize and src/construction (the LegT fixture
 * declares its structure with the library's O(N) factor, as prophecy does: only the structured paths under test use
 * it). The reference twins (naive DFT, direct convolution, dense scan) are in src/ssm/reference.
 */
import { legtBilinearFactor } from '../../src/construction/legtBilinearFactor.ts';
import type { DiscretePredictor } from '../../src/construction/types.ts';
import type { HippoOperator, MeasureName } from '../../src/hippo/types.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { rng } from '../helpers/numeric.ts';

export { rng };

/** A random sequence with entries uniform in [-1, 1). */
export function randomSequence(L: number, seed: number): Float64Array {
  const r = rng(seed);
  return Float64Array.from({ length: L }, () => 2 * r() - 1);
}

function fakeOp(
  measure: MeasureName,
  A: Matrix,
  B: Float64Array,
  theta: number,
  timeVarying: boolean,
): HippoOperator {
  return Object.freeze({
    measure,
    N: A.rows,
    theta,
    A,
    B,
    endpoint: new Float64Array(A.rows),
    timeVarying,
    description: `test fixture (${measure})`,
    readout: null,
    basis: () => {
      throw new Error('fixture op has no basis');
    },
  });
}

/**
 * A random stable LTI predictor: Abar = rho G / ||G||_inf (so ||Abar||_inf = rho < 1), Bbar, Cbar, Dbar uniform.
 * Its op is a fake LagT operator (so no structured path applies).
 */
export function randomPredictor(N: number, seed: number, rho = 0.95): DiscretePredictor {
  const r = rng(seed);
  const G = new Float64Array(N * N).map(() => 2 * r() - 1);
  let norm = 0;
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let j = 0; j < N; j++) s += Math.abs(G[i * N + j]);
    norm = Math.max(norm, s);
  }
  const Abar: Matrix = { rows: N, cols: N, data: G.map((v) => (rho * v) / norm) };
  const Bbar = new Float64Array(N).map(() => 2 * r() - 1);
  const Cbar = new Float64Array(N).map(() => 2 * r() - 1);
  const Dbar = 2 * r() - 1;
  return Object.freeze({
    op: fakeOp('lagt', { rows: N, cols: N, data: new Float64Array(N * N) }, new Float64Array(N), 1, false),
    dt: 0.01,
    discretization: 'bilinear' as const,
    output: 'trapezoid' as const,
    authorsFirstStep: false,
    C: Cbar,
    D: Dbar,
    Abar,
    Bbar,
    Cbar,
    Dbar,
  });
}

/** Dense solve of M X = R (M [n, n], R [n, m], both row-major) by Gaussian elimination with partial pivoting. */
export function denseSolve(M: Float64Array, R: Float64Array, n: number, m: number): Float64Array {
  const a = Float64Array.from(M);
  const x = Float64Array.from(R);
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(a[i * n + k]) > Math.abs(a[p * n + k])) p = i;
    if (p !== k) {
      for (let j = 0; j < n; j++) [a[k * n + j], a[p * n + j]] = [a[p * n + j], a[k * n + j]];
      for (let j = 0; j < m; j++) [x[k * m + j], x[p * m + j]] = [x[p * m + j], x[k * m + j]];
    }
    for (let i = k + 1; i < n; i++) {
      const f = a[i * n + k] / a[k * n + k];
      if (f === 0) continue;
      for (let j = k; j < n; j++) a[i * n + j] -= f * a[k * n + j];
      for (let j = 0; j < m; j++) x[i * m + j] -= f * x[k * m + j];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let j = 0; j < m; j++) {
      let s = x[i * m + j];
      for (let q = i + 1; q < n; q++) s -= a[i * n + q] * x[q * m + j];
      x[i * m + j] = s / a[i * n + i];
    }
  }
  return x;
}

/** LegT (docs/theory.md eq. 4): A_nk = -(1/theta) r_n r_k (1 if n >= k, (-1)^(n-k) if n < k), B_n = r_n / theta. */
export function legtMatrices(N: number, theta: number): { A: Matrix; B: Float64Array } {
  const A = new Float64Array(N * N);
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    B[n] = Math.sqrt(2 * n + 1) / theta;
    for (let k = 0; k < N; k++) {
      const s = n >= k ? 1 : (n - k) % 2 === 0 ? 1 : -1;
      A[n * N + k] = (-Math.sqrt(2 * n + 1) * Math.sqrt(2 * k + 1) * s) / theta;
    }
  }
  return { A: { rows: N, cols: N, data: A }, B };
}

/** Bilinear discretization by dense solves: Abar = (I - dt/2 A)^-1 (I + dt/2 A), Bbar = dt (I - dt/2 A)^-1 B. */
export function bilinear(A: Matrix, B: Float64Array, dt: number): { Abar: Matrix; Bbar: Float64Array } {
  const N = A.rows;
  const M = new Float64Array(N * N);
  const R = new Float64Array(N * (N + 1));
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const eye = i === j ? 1 : 0;
      M[i * N + j] = eye - (dt / 2) * A.data[i * N + j];
      R[i * (N + 1) + j] = eye + (dt / 2) * A.data[i * N + j];
    }
    R[i * (N + 1) + N] = dt * B[i];
  }
  const X = denseSolve(M, R, N, N + 1);
  const Abar = new Float64Array(N * N);
  const Bbar = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) Abar[i * N + j] = X[i * (N + 1) + j];
    Bbar[i] = X[i * (N + 1) + N];
  }
  return { Abar: { rows: N, cols: N, data: Abar }, Bbar };
}

/**
 * The LegT bilinear next-value predictor of docs/theory.md eqs. 13 and 18: closed-form C_j = -(1/theta) r_j
 * (N^2 - j(j+1)), D = N^2 / theta; trapezoid Cbar = dt C / (1 - D dt/2), Dbar = (1 + D dt/2) / (1 - D dt/2); it
 * carries its LegT structure (legtFactor) like prophecy's LegT bilinear predictors.
 */
export function legtPredictor(N: number, dt: number, theta = 1, authorsFirstStep = false): DiscretePredictor {
  const { A, B } = legtMatrices(N, theta);
  const { Abar, Bbar } = bilinear(A, B, dt);
  const C = new Float64Array(N).map((_, j) => (-Math.sqrt(2 * j + 1) * (N * N - j * (j + 1))) / theta);
  const D = (N * N) / theta;
  const h = (D * dt) / 2;
  return Object.freeze({
    op: fakeOp('legt', A, B, theta, false),
    dt,
    discretization: 'bilinear' as const,
    output: 'trapezoid' as const,
    authorsFirstStep,
    C,
    D,
    Abar,
    Bbar,
    Cbar: C.map((c) => (dt * c) / (1 - h)),
    Dbar: (1 + h) / (1 - h),
    legtFactor: legtBilinearFactor(N, theta, dt),
  });
}

/**
 * A LegS predictor (docs/theory.md eq. 6): A_nk = -r_n r_k (n > k), -(n+1) (n = k), 0 (n < k), B_n = r_n,
 * C = p^T A, D = p^T B with p_n = r_n. Abar, Bbar, Cbar, Dbar hold step 0 only (the scan recomputes them).
 */
export function legsPredictor(N: number, dt: number): DiscretePredictor {
  const A = new Float64Array(N * N);
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    B[n] = Math.sqrt(2 * n + 1);
    for (let k = 0; k < n; k++) A[n * N + k] = -Math.sqrt(2 * n + 1) * Math.sqrt(2 * k + 1);
    A[n * N + n] = -(n + 1);
  }
  const C = new Float64Array(N);
  for (let j = 0; j < N; j++) for (let k = 0; k < N; k++) C[j] += Math.sqrt(2 * k + 1) * A[k * N + j];
  const D = N * N;
  const Am: Matrix = { rows: N, cols: N, data: A };
  const e0 = new Float64Array(N);
  e0[0] = 1;
  return Object.freeze({
    op: fakeOp('legs', Am, B, 1, true),
    dt,
    discretization: 'bilinear' as const,
    output: 'trapezoid' as const,
    authorsFirstStep: false,
    C,
    D,
    Abar: { rows: N, cols: N, data: new Float64Array(N * N) },
    Bbar: e0,
    Cbar: new Float64Array(N),
    Dbar: 1,
  });
}

/** max |a - b| / max(max |a|, tiny). */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch ${a.length} vs ${b.length}`);
  let d = 0;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(a[i]));
  }
  return d / Math.max(m, 1e-300);
}

/**
 * A two-state shift register that extrapolates linearly: x_{k+1} = (u_k, u_{k-1}), uhat_{k+1} = 2 u_k - u_{k-1}
 * (Abar = [[0, 0], [1, 0]], Bbar = (1, 0), Cbar = (1, -1), Dbar = 1). Exact for constants and ramps from k = 1 on
 * (x_0 = 0 stands for u_{-1} = 0), and exactly so in floating point for constants (u + (u - u) = u).
 */
export function linearExtrapolator(): DiscretePredictor {
  const Abar: Matrix = { rows: 2, cols: 2, data: Float64Array.of(0, 0, 1, 0) };
  return Object.freeze({
    op: fakeOp('lagt', { rows: 2, cols: 2, data: new Float64Array(4) }, new Float64Array(2), 1, false),
    dt: 1,
    discretization: 'forward' as const,
    output: 'trapezoid' as const,
    authorsFirstStep: false,
    C: Float64Array.of(1, -1),
    D: 0,
    Abar,
    Bbar: Float64Array.of(1, 0),
    Cbar: Float64Array.of(1, -1),
    Dbar: 1,
  });
}

/** FFT sizes that exercise every radix alone and as the last stage (odd last radices included), powers of two
 * (radix 8 with 4 4 / 4 / 2 tails) and 5-smooth mixes. */
export const FFT_SIZES = [
  1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25, 27, 30, 32, 45, 60, 64, 75, 81, 96, 100, 120, 125, 128, 243,
  250, 256, 360, 500, 512, 625, 640, 1000, 1024, 1080,
];
