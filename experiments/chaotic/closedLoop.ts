/**
 * The autoregressive closed loop of a discrete predictor: fed its own output, the pair (x_k, v_k) evolves as
 *
 *   x_{k+1} = Abar x_k + Bbar v_k,   v_{k+1} = Cbar x_{k+1} + Dbar v_k = Cbar Abar x_k + (Cbar Bbar + Dbar) v_k,
 *
 * a linear map M of size N + 1. Its spectral radius rho(M) decides whether rollout errors (rounding, the one-step
 * error at the hand-over) are damped (rho < 1), kept (rho = 1) or amplified like rho^k (rho > 1). The matrix and the
 * radius live in src/construction (closedLoop.ts); this module keeps the experiment's row-array view.
 */
import { closedLoopMatrix as coreMatrix } from '../../src/construction/index.ts';
import type { DiscretePredictor } from '../../src/construction/index.ts';
import { closedLoopRadius } from '../../src/construction/index.ts';
import { toRows } from '../../src/linalg/index.ts';
import { legtPredictor } from '../common/predictorSuite/index.ts';

export { closedLoopRadius };

/** The closed-loop matrix M, (N + 1) x (N + 1), as rows. */
export function closedLoopMatrix(p: DiscretePredictor): number[][] {
  return toRows(coreMatrix(p));
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
