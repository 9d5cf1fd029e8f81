import type { HippoOperator } from '../hippo/types.ts';
import { legtBilinearFactor } from './legtBilinearFactor.ts';
import type { LegtBilinearFactor } from './legtBilinearFactor.ts';
import type { DiscretizationMethod } from './types.ts';

/** Relative tolerance of the closed-form check of {@link legtStructure}. */
const LEGT_MATCH_REL = 1e-14;

/**
 * The LegT structure of a predictor, decided once when it is built (prophecy, higherOrderPredictor) and carried on it
 * as `legtFactor`: the O(N) factor of M = I - (dt/2) A when `op` is time-invariant LegT with A, B equal to the closed
 * forms
 *
 *   A_nk = -(r_n r_k / theta) (1 if n >= k, (-1)^(n-k) if n < k),   B_n = r_n / theta,   r_n = sqrt(2n + 1),
 *
 * to LEGT_MATCH_REL = 1e-14 relative, entry by entry, and the discretization is bilinear ('bilinear' or
 * { gbt: 0.5 }); null otherwise. Then Abar = 2 M^-1 - I and Bbar = dt M^-1 B, so the scan steps the state, the FFT
 * path builds its kernel and the WebAssembly kernel runs in O(N) per step instead of O(N^2).
 *
 * Why this one rule: the structure is a property of the operator and the discretization, known exactly when the
 * predictor is built, so it is checked there against the closed form (an operator built by another formula may
 * differ by an ulp or two; anything larger is not LegT) rather than guessed later from Abar; and it does not depend
 * on N: whether the O(N) algorithms pay off is a separate, runtime choice of each algorithm (the scan's
 * STRUCTURED_MIN_N, prophecy's LEGT_FAST_MIN_N).
 *
 * @param op - a validated HippoOperator
 * @param method - the discretization
 * @param dt - the step (> 0)
 * @returns the factor, or null when the predictor is not LegT bilinear
 * @example legtStructure(hippo('legt', 16), 'bilinear', 1e-3) !== null; legtStructure(hippo('legt', 16), 'zoh', 1e-3) === null
 * @see arXiv:2407.09375, arXiv:2008.07669 (LegT)
 * @internal
 */
export function legtStructure(
  op: HippoOperator,
  method: DiscretizationMethod,
  dt: number,
): LegtBilinearFactor | null {
  const bilinear =
    method === 'bilinear' ||
    (typeof method === 'object' && method !== null && (method as { gbt?: unknown }).gbt === 0.5);
  if (!bilinear || op.measure !== 'legt' || op.timeVarying) return null;
  const N = op.N;
  const theta = op.theta;
  if (op.A.rows !== N || op.A.cols !== N || op.B.length !== N || !(theta > 0)) return null;
  const A = op.A.data;
  for (let n = 0; n < N; n++) {
    const rn = Math.sqrt(2 * n + 1);
    if (!(Math.abs(op.B[n] - rn / theta) <= LEGT_MATCH_REL * (rn / theta))) return null;
    for (let k = 0; k < N; k++) {
      const sign = n >= k || (k - n) % 2 === 0 ? 1 : -1;
      const ref = (-sign * rn * Math.sqrt(2 * k + 1)) / theta;
      if (!(Math.abs(A[n * N + k] - ref) <= LEGT_MATCH_REL * Math.abs(ref))) return null;
    }
  }
  return legtBilinearFactor(N, theta, dt);
}
