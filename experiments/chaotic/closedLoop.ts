/**
 * The autoregressive closed loop of a discrete predictor: fed its own output, the pair (x_k, v_k) evolves as
 *
 *   x_{k+1} = Abar x_k + Bbar v_k,   v_{k+1} = Cbar x_{k+1} + Dbar v_k = Cbar Abar x_k + (Cbar Bbar + Dbar) v_k,
 *
 * a linear map M of size N + 1. Its spectral radius rho(M) decides whether rollout errors (rounding, the one-step
 * error at the hand-over) are damped (rho < 1), kept (rho = 1) or amplified like rho^k (rho > 1).
 */
import type { DiscretePredictor } from '../../src/construction/index.ts';
import { legtPredictor } from '../common/predictorSuite/index.ts';

/** The closed-loop matrix M, (N + 1) x (N + 1), as rows. */
export function closedLoopMatrix(p: DiscretePredictor): number[][] {
  const N = p.Abar.rows;
  const A = p.Abar.data;
  const rows: number[][] = [];
  for (let i = 0; i < N; i++) rows.push([...Array.from(A.subarray(i * N, (i + 1) * N)), p.Bbar[i]]);
  const last: number[] = [];
  for (let j = 0; j < N; j++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += p.Cbar[i] * A[i * N + j];
    last.push(s);
  }
  let cb = p.Dbar;
  for (let i = 0; i < N; i++) cb += p.Cbar[i] * p.Bbar[i];
  last.push(cb);
  rows.push(last);
  return rows;
}

/** Repeated squarings in {@link closedLoopRadius}: rho is estimated from ||M^k||^(1/k) with k = 2^SQUARINGS. */
export const SQUARINGS = 48;

/**
 * rho(M) = lim ||M^k||^(1/k), evaluated at k = 2^48 by repeated squaring with rescaling (log of the scale kept), so
 * clustered eigenvalues near 1, where general eigensolvers struggle, are no problem; Jordan blocks of size m bias it
 * by a factor k^((m-1)/k), ~1 + 1e-13 here.
 */
export function closedLoopRadius(p: DiscretePredictor): number {
  const M = closedLoopMatrix(p);
  const n = M.length;
  let P = Float64Array.from(M.flat());
  let logScale = 0; // log ||M^k|| = logScale + log max|P|
  const normalize = () => {
    let s = 0;
    for (let i = 0; i < P.length; i++) s = Math.max(s, Math.abs(P[i]));
    if (s === 0) return false;
    for (let i = 0; i < P.length; i++) P[i] /= s;
    logScale += Math.log(s);
    return true;
  };
  if (!normalize()) return 0;
  let k = 1;
  for (let j = 0; j < SQUARINGS; j++) {
    const Q = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      for (let c = 0; c < n; c++) {
        const x = P[a * n + c];
        if (x === 0) continue;
        for (let b = 0; b < n; b++) Q[a * n + b] += x * P[c * n + b];
      }
    }
    P = Q;
    logScale *= 2;
    k *= 2;
    if (!normalize()) return 0;
  }
  return Math.exp(logScale / k);
}

/**
 * rho(N, W) of the LegT predictor with N states and a window of W samples over a grid (the context length only fixes
 * dt = 1 / L, which cancels: rho depends on N and W); NaN where N^2 >= 2 W (no predictor: D dt / 2 >= 1).
 *
 * @param Ns - state sizes (rows)
 * @param Ws - windows in samples (columns)
 * @returns rho[i][j] for N = Ns[i], W = Ws[j]
 * @example radiusGrid([1, 9], [64, 1024])
 */
export function radiusGrid(Ns: number[], Ws: number[]): number[][] {
  return Ns.map((N) => Ws.map((W) => (N * N < 2 * W ? closedLoopRadius(legtPredictor(N, W, 4 * W)) : NaN)));
}
