import type { HippoOperator } from '../hippo/types.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { requireInteger, requirePositive } from '../util/validate.ts';
import {
  legtBilinearFactor,
  legtStructuredSolveInto,
  legtStructuredSolveTransposedInto,
} from './legtBilinearFactor.ts';
import type { DiscretizationMethod } from './types.ts';

/** Relative tolerance of the closed-form check in {@link isLegtBilinear} (A built by another formula may differ by
 * an ulp or two; anything larger is not LegT and goes through the generic dense path). */
const LEGT_MATCH_REL = 1e-14;

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
  const f = legtBilinearFactor(N, theta, dt);
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
 * Smallest N for which prophecy takes the O(N^2) LegT path: below it the dense LU costs under a millisecond, and
 * keeping it leaves small predictors bit-for-bit as before.
 */
export const LEGT_FAST_MIN_N = 64;

/**
 * Whether prophecy may use {@link legtBilinearDiscretize} for `op`: a time-invariant LegT operator whose A and B are
 * the LegT closed forms (checked entry by entry to LEGT_MATCH_REL, O(N^2)) with a bilinear discretization
 * ('bilinear' or { gbt: 0.5 }) and N >= LEGT_FAST_MIN_N.
 *
 * @param op - a validated HippoOperator
 * @param method - the requested discretization
 * @returns true when the O(N^2) path applies
 * @example isLegtBilinear(hippo('legt', 128), 'bilinear') // true
 * @see arXiv:2407.09375
 */
export function isLegtBilinear(op: HippoOperator, method: DiscretizationMethod): boolean {
  const bilinear =
    method === 'bilinear' ||
    (typeof method === 'object' && method !== null && (method as { gbt?: unknown }).gbt === 0.5);
  if (!bilinear || op.measure !== 'legt' || op.timeVarying || op.N < LEGT_FAST_MIN_N) return false;
  const N = op.N;
  const theta = op.theta;
  if (op.A.rows !== N || op.A.cols !== N || op.B.length !== N || !(theta > 0)) return false;
  const A = op.A.data;
  for (let n = 0; n < N; n++) {
    const rn = Math.sqrt(2 * n + 1);
    if (!(Math.abs(op.B[n] - rn / theta) <= LEGT_MATCH_REL * (rn / theta))) return false;
    for (let k = 0; k < N; k++) {
      const sign = n >= k || (k - n) % 2 === 0 ? 1 : -1;
      const ref = (-sign * rn * Math.sqrt(2 * k + 1)) / theta;
      if (!(Math.abs(A[n * N + k] - ref) <= LEGT_MATCH_REL * Math.abs(ref))) return false;
    }
  }
  return true;
}
