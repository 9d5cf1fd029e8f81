import type { Matrix } from '../linalg/matrix.ts';
import type { DiscretizationMethod } from './types.ts';
import { requireFiniteMatrix, requireSquare } from '../linalg/requireMatrix.ts';
import { requireFiniteArray, requirePositive } from '../util/validate.ts';
import { resolveMethod } from './resolveMethod.ts';
import { gbtUnchecked } from './gbt.ts';
import { zohUnchecked } from './zoh.ts';

/** A discrete LTI state update x_{k+1} = Abar x_k + Bbar u_k. */
export interface DiscreteSystem {
  /** discrete state matrix, shape [N, N] */
  readonly Abar: Matrix;
  /** discrete input vector, shape [N] */
  readonly Bbar: Float64Array;
}

/**
 * Discretizes the continuous system x' = A x + B u with step dt into x_{k+1} = Abar x_k + Bbar u_k.
 *
 * - GBT, `{ gbt: alpha }`: Abar = (I - alpha dt A)^-1 (I + (1 - alpha) dt A), Bbar = dt (I - alpha dt A)^-1 B;
 *   `'forward'` is alpha = 0 (Abar = I + dt A, Bbar = dt B, order 1), `'bilinear'` alpha = 1/2 (the (1,1) Pade
 *   approximant of e^{dt A}, order 2), `'backward'` alpha = 1 (order 1).
 * - `'zoh'`: Abar = e^{dt A}, Bbar = integral_0^dt e^{sA} ds B, exact for piecewise-constant input; computed from
 *   the exponential of the block matrix dt [[A, B], [0, 0]], so A need not be invertible.
 *
 * Convergence orders count the sample u_k as the input over [t_k, t_k + dt]: for a smooth input sampled at the
 * midpoint t_k + dt/2, bilinear and ZOH are second order; sampled at t_k every method is first order.
 *
 * @param A - state matrix, shape [N, N], finite (not modified)
 * @param B - input vector, shape [N], finite (not modified)
 * @param dt - step, finite and > 0
 * @param method - 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: alpha }, alpha in [0, 1]
 * @returns `{ Abar, Bbar }`, shapes [N, N] and [N]
 * @throws TypeError for a non-square A or B of the wrong length; RangeError for dt <= 0 or non-finite, non-finite
 *   entries, alpha outside [0, 1], an unknown method (naming the choices), or an exactly singular I - alpha dt A
 * @example discretize(fromRows([[-1]]), Float64Array.of(1), 0.1, 'bilinear').Abar.data[0] // (1 - 0.05) / (1 + 0.05)
 * @see arXiv:2407.09375, arXiv:2008.07669
 */
export function discretize(
  A: Matrix,
  B: Float64Array,
  dt: number,
  method: DiscretizationMethod,
): DiscreteSystem {
  const where = 'discretize';
  const n = requireSquare(where, 'A', A);
  requireFiniteMatrix(where, 'A', A);
  const b = requireFiniteArray(where, 'B', B);
  if (b.length !== n)
    throw new TypeError(`${where}: B must have length N = ${n} (A is [${n}, ${n}]), got ${b.length}`);
  requirePositive(where, 'dt', dt);
  const m = resolveMethod(where, method);
  return m.kind === 'zoh' ? zohUnchecked(A, b, dt) : gbtUnchecked(A, b, dt, m.alpha);
}
