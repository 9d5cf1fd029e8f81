import type { Matrix } from '../linalg/matrix.ts';
import { requireInteger, requirePositive } from '../util/validate.ts';
import {
  legtBilinearFactor,
  legtStructuredSolveInto,
  legtStructuredSolveTransposedInto,
} from './legtBilinearFactor.ts';
import type { LegtBilinearFactor } from './legtBilinearFactor.ts';

/**
 * The bilinear discretization of HiPPO-LegT in O(N^2) (the generic path, an LU of I - dt/2 A and N solves, is
 * O(N^3)): with M = I - (dt/2) A = L U factored in O(N) (legtBilinearFactor),
 *
 *   Abar = M^-1 (I + (dt/2) A) = 2 M^-1 - I,     Bbar = dt M^-1 B,   B_n = sqrt(2n+1) / theta,
 *
 * row i of M^-1 being the O(N) transposed solve M^T y = e_i (legtStructuredSolveTransposedInto, which skips the
 * i leading zeros). Agrees with discretize(A, B, dt, 'bilinear') to ~1e-15 relative (max-norm; tested to 1e-12).
 *
 * @param N - state size (integer >= 1)
 * @param theta - LegT window (> 0)
 * @param dt - step (> 0)
 * @returns Abar [N, N] row-major and Bbar [N]
 * @throws RangeError for N < 1, theta <= 0 or dt <= 0
 * @example
 *   const fast = legtBilinearDiscretize(16, 1, 1e-3); // N = 4096 takes ~0.3 s here, minutes on the dense path
 *   const op = hippo('legt', 16, { theta: 1 });
 *   const dense = discretize(op.A, op.B, 1e-3, 'bilinear');
 *   normInf(sub(fast.Abar, dense.Abar)) < 1e-12 && fast.Bbar.every((b, n) => Math.abs(b - dense.Bbar[n]) < 1e-12);
 * @see arXiv:2407.09375, arXiv:2008.07669 (LegT)
 */
export function legtBilinearDiscretize(
  N: number,
  theta: number,
  dt: number,
): { Abar: Matrix; Bbar: Float64Array } {
  const where = 'legtBilinearDiscretize';
  requireInteger(where, 'N', N, 1);
  requirePositive(where, 'theta', theta);
  requirePositive(where, 'dt', dt);
  return legtBilinearDiscretizeFactored(legtBilinearFactor(N, theta, dt));
}

/**
 * {@link legtBilinearDiscretize} from the factor of M (prophecy passes the factor it carries on the predictor).
 *
 * @internal
 */
export function legtBilinearDiscretizeFactored(f: LegtBilinearFactor): { Abar: Matrix; Bbar: Float64Array } {
  const { N, theta, dt } = f;
  const data = new Float64Array(N * N);
  const e = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    e[i] = 1;
    legtStructuredSolveTransposedInto(f, e, 0, data, i * N, i);
    e[i] = 0;
    const row = i * N;
    for (let j = 0; j < N; j++) data[row + j] *= 2;
    data[row + i] -= 1;
  }
  const rhs = new Float64Array(N);
  for (let n = 0; n < N; n++) rhs[n] = (dt * Math.sqrt(2 * n + 1)) / theta;
  const Bbar = new Float64Array(N);
  legtStructuredSolveInto(f, rhs, 0, Bbar, 0);
  return { Abar: { rows: N, cols: N, data }, Bbar };
}

/**
 * Smallest N for which prophecy computes Abar, Bbar of a LegT bilinear predictor by legtBilinearDiscretize (O(N^2))
 * rather than the dense LU (O(N^3)): below it the dense path costs under a millisecond, and keeping it leaves small
 * predictors bit-for-bit as they were. (Whether a predictor is LegT bilinear at all is legtStructure's decision.)
 *
 * @internal a tuning constant
 */
export const LEGT_FAST_MIN_N = 64;
