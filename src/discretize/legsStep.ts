import type { Matrix } from '../linalg/matrix.ts';
import type { DiscretizationMethod } from './types.ts';
import { identity, zeros } from '../linalg/matrix.ts';
import { lu, luSolve, luSolveMatrix } from '../linalg/lu.ts';
import type { LUFactorization } from '../linalg/lu.ts';
import { requireFiniteMatrix, requireSquare } from '../linalg/requireMatrix.ts';
import { requireFiniteArray, requireInteger } from '../util/validate.ts';
import { resolveMethod } from './resolveMethod.ts';
import { zohUnchecked } from './zoh.ts';
import type { DiscreteSystem } from './discretize.ts';

/**
 * Step k of the discretized time-varying LegS system t x'(t) = A x(t) + B u(t), x_{k+1} = Abar_k x_k + Bbar_k u_k.
 *
 * Time is measured in steps (the equation is scale-invariant, so dt cancels): step k carries the state from t = k to
 * t = k + 1 with the sample u_k held over [k, k + 1], and x_{k+1} summarizes the history [0, k + 1] of the samples
 * u_0..u_k. For k >= 1 the GBT with weight alpha (forward 0, bilinear 1/2, backward 1) is applied to the step with
 * the coefficient 1/t frozen at t* = k + alpha, the point where that rule is centred:
 *
 *   Abar_k = (I - alpha A / t*)^-1 (I + (1 - alpha) A / t*),   Bbar_k = (I - alpha A / t*)^-1 B / t*,   t* = k + alpha
 *
 * so forward is HiPPO's LegS Euler step Abar_k = I + A/k, Bbar_k = B/k; backward is Abar_k = (I - A/(k+1))^-1,
 * Bbar_k = (I - A/(k+1))^-1 B/(k+1); bilinear is Abar_k = (I - A/(2k+1))^-1 (I + A/(2k+1)),
 * Bbar_k = (I - A/(2k+1))^-1 2B/(2k+1). Why the midpoint for bilinear: for the HiPPO LegS matrices its x_0 update is
 * x_0 <- (k x_0 + u_k)/(k + 1), exactly the running mean of the samples, and in tests it converges at order 2 (order
 * 3 on linear input) in all coefficients, whereas the plain trapezoid in t (1/t at both ends: (I - A/(2(k+1)))^-1
 * (I + A/(2k))) converges at only order ~1 in the higher coefficients on linear input.
 * ZOH is exact for the held sample: in log-time tau = ln t the system is LTI, so Abar_k = e^{A ln((k+1)/k)} and Bbar_k
 * is the ZOH input vector for the step ln((k+1)/k).
 *
 * k = 0 (every method): the 1/t singularity forces the only bounded solution on (0, 1] with u = u_0 constant,
 * x(t) = -A^-1 B u_0, whatever x_0 is; so Abar_0 = 0 and Bbar_0 = -A^-1 B. This is the t -> 0 limit of the ZOH step
 * (ln((k+1)/k) -> infinity, e^{A tau} -> 0 for stable A). For the HiPPO LegS matrices A e_0 = -B, so
 * Bbar_0 = e_0: x_1 = u_0 e_0 is exactly the Legendre projection of the constant u_0 over [0, 1]. Constant input is
 * then a fixed point of every step (x_k = u e_0 for all k >= 1), because A x + B u = 0 there.
 *
 * Accuracy: sampling a smooth u at the midpoints u_k = u(k + 1/2), bilinear and ZOH converge at order 2 in the step
 * count, forward and backward at order 1.
 *
 * @param A - LegS state matrix (without the 1/t), shape [N, N], invertible with eigenvalues of negative real part
 * @param B - LegS input vector (without the 1/t), shape [N]
 * @param k - step index, integer >= 0
 * @param method - 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: alpha }; @default 'bilinear'
 * @returns `{ Abar, Bbar }` of step k, shapes [N, N] and [N]
 * @throws TypeError on shape mismatch; RangeError for k not an integer >= 0, non-finite entries, an unknown method,
 *   or (k = 0) a singular A
 * @example
 *   const op = hippo('legs', 4);
 *   const s0 = legsStep(op.A, op.B, 0); // Bbar_0 = -A^-1 B = e_0 for HiPPO LegS
 *   Math.abs(s0.Bbar[0] - 1) < 1e-12 && s0.Bbar.slice(1).every((v) => Math.abs(v) < 1e-12);
 *   const s5 = legsStep(op.A, op.B, 5, 'zoh'); // Abar_5 = e^{A ln(6/5)}
 *   s5.Abar.rows === 4;
 * @see arXiv:2008.07669 (HiPPO, LegS), arXiv:2407.09375
 */
export function legsStep(
  A: Matrix,
  B: Float64Array,
  k: number,
  method: DiscretizationMethod = 'bilinear',
): DiscreteSystem {
  const where = 'legsStep';
  const n = requireSquare(where, 'A', A);
  requireFiniteMatrix(where, 'A', A);
  const b = requireFiniteArray(where, 'B', B);
  if (b.length !== n)
    throw new TypeError(`${where}: B must have length N = ${n} (A is [${n}, ${n}]), got ${b.length}`);
  requireInteger(where, 'k', k, 0);
  const m = resolveMethod(where, method);
  if (k === 0) {
    let f: LUFactorization;
    try {
      f = lu(A);
    } catch (e) {
      throw new RangeError(
        `${where}: step k = 0 needs an invertible A (Bbar_0 = -A^-1 B): ${(e as Error).message}`,
        { cause: e },
      );
    }
    return { Abar: zeros(n, n), Bbar: luSolve(f, b).map((v) => -v) };
  }
  if (m.kind === 'zoh') return zohUnchecked(A, b, Math.log1p(1 / k));
  const alpha = m.alpha;
  const w = 1 / (k + alpha); // 1/t frozen at t* = k + alpha
  const explicit = identity(n);
  const implicit = identity(n);
  const ce = (1 - alpha) * w;
  const ci = alpha * w;
  for (let i = 0; i < n * n; i++) {
    explicit.data[i] += ce * A.data[i];
    implicit.data[i] -= ci * A.data[i];
  }
  const wB = b.map((v) => w * v);
  if (alpha === 0) return { Abar: explicit, Bbar: wB };
  const f = lu(implicit);
  return { Abar: luSolveMatrix(f, explicit), Bbar: luSolve(f, wB) };
}
