import type { Matrix } from '../linalg/matrix.ts';
import { spectralRadius } from '../linalg/spectralRadius.ts';
import type { SpectralRadiusOptions } from '../linalg/spectralRadius.ts';
import type { DiscretePredictor } from './types.ts';

/**
 * The autoregressive closed loop of an LTI discrete predictor: fed its own output v_k in place of u_k, the pair
 * (x_k, v_k) evolves by one linear map M of size N + 1,
 *
 *   x_{k+1} = Abar x_k + Bbar v_k,   v_{k+1} = Cbar x_{k+1} + Dbar v_k = Cbar Abar x_k + (Cbar Bbar + Dbar) v_k,
 *
 *   M = [[Abar, Bbar], [Cbar^T Abar, Cbar^T Bbar + Dbar]].
 *
 * Its spectral radius decides whether a free-running forecast damps (rho < 1), keeps (rho = 1) or amplifies like
 * rho^k (rho > 1) any error, e.g. the one-step error at the hand-over from the true inputs.
 *
 * @param p - LTI DiscretePredictor (from prophecy; LegS is time-varying and has no single M), Abar [N, N]
 * @returns M, shape [N + 1, N + 1]
 * @throws TypeError for a time-varying (LegS) predictor
 * @example
 *   const p = prophecy(hippo('legt', 3, { theta: 0.05 }), { dt: 1e-3 });
 *   const M = closedLoopMatrix(p);
 *   M.rows === 4 && M.data[3] === p.Bbar[0]; // first row: [Abar row 0, Bbar_0]
 * @see arXiv:2407.09375
 */
export function closedLoopMatrix(p: DiscretePredictor): Matrix {
  if (p.op.timeVarying) {
    throw new TypeError(`closedLoopMatrix: the predictor must be LTI; ${p.op.measure} is time-varying`);
  }
  const N = p.Abar.rows;
  const n = N + 1;
  const A = p.Abar.data;
  const M = new Float64Array(n * n);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) M[i * n + j] = A[i * N + j];
    M[i * n + N] = p.Bbar[i];
  }
  for (let j = 0; j < N; j++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += p.Cbar[i] * A[i * N + j];
    M[N * n + j] = s;
  }
  let cb = p.Dbar;
  for (let i = 0; i < N; i++) cb += p.Cbar[i] * p.Bbar[i];
  M[N * n + N] = cb;
  return { rows: n, cols: n, data: M };
}

/**
 * Spectral radius of the closed loop {@link closedLoopMatrix}: rho(M) by Gelfand's formula (linalg spectralRadius,
 * ||M^k||^(1/k) at k = 2^48), which stays accurate for the eigenvalues clustered at 1 that these loops have.
 *
 * @param p - LTI DiscretePredictor
 * @param options - squarings of spectralRadius (@default 48)
 * @returns rho(M)
 * @throws TypeError for a time-varying predictor
 * @example closedLoopRadius(prophecy(hippo('legt', 1, { theta: 0.05 }), { dt: 1e-3 })) // 1: N = 1 copies constants
 * @see arXiv:2407.09375
 */
export function closedLoopRadius(p: DiscretePredictor, options: SpectralRadiusOptions = {}): number {
  return spectralRadius(closedLoopMatrix(p), options);
}
