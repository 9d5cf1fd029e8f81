import type { Matrix } from '../linalg/matrix.ts';
import { identity } from '../linalg/matrix.ts';
import { lu, luSolve, luSolveMatrix } from '../linalg/lu.ts';

/**
 * The generalized bilinear transform (GBT) of x' = A x + B u with step dt (no argument checks: callers validate):
 *
 *   Abar = (I - alpha dt A)^-1 (I + (1 - alpha) dt A),   Bbar = dt (I - alpha dt A)^-1 B.
 *
 * alpha = 0 is forward Euler (no solve at all, so it is exactly I + dt A), 1/2 bilinear (Tustin), 1 backward Euler.
 *
 * @param A - state matrix, shape [N, N]
 * @param B - input vector, shape [N]
 * @param dt - step, > 0
 * @param alpha - implicitness in [0, 1]
 * @returns Abar [N, N] and Bbar [N]
 * @throws RangeError "singular" when I - alpha dt A is exactly singular
 * @example
 *   const op = hippo('legt', 4);
 *   const { Abar, Bbar } = gbtUnchecked(op.A, op.B, 1e-3, 0.5); // bilinear (Tustin)
 *   Abar.rows === 4 && Bbar.length === 4;
 *   const euler = gbtUnchecked(op.A, op.B, 1e-3, 0); // forward Euler: exactly I + dt A, no solve
 *   euler.Abar.data[1] === 1e-3 * op.A.data[1];
 * @see arXiv:2008.07669 (HiPPO, GBT), arXiv:2407.09375
 * @internal
 */
export function gbtUnchecked(
  A: Matrix,
  B: Float64Array,
  dt: number,
  alpha: number,
): { Abar: Matrix; Bbar: Float64Array } {
  const n = A.rows;
  const explicit = identity(n);
  const implicit = identity(n);
  const ce = (1 - alpha) * dt;
  const ci = alpha * dt;
  for (let i = 0; i < n * n; i++) {
    explicit.data[i] += ce * A.data[i];
    implicit.data[i] -= ci * A.data[i];
  }
  const dtB = B.map((b) => dt * b);
  if (alpha === 0) return { Abar: explicit, Bbar: dtB };
  const f = lu(implicit);
  return { Abar: luSolveMatrix(f, explicit), Bbar: luSolve(f, dtB) };
}
