import type { HippoOperator } from '../hippo/types.ts';
import type { Readout } from './types.ts';
import { requireOperator } from './requireOperator.ts';

/**
 * The readout (C, D) whose output y = C x + D u approximates u'(t): differentiate the reconstruction at the present,
 * u(t) ~ p^T x(t) with p = p(t, t) = op.endpoint constant in t, so u'(t) ~ p^T x' = p^T (A x + B u):
 *
 *   C = p^T A   (C_j = sum_k A_kj p_k),   D = p^T B.
 *
 * For LegS (op.timeVarying) the same C, D apply in the 1/t form: u'(t) ~ y = (1/t) (C x + D u); for the HiPPO LegS
 * matrices this gives C_j = -sqrt(2j+1) (N^2 - j(j+1)), D = N^2, i.e. LegT's closed form at theta = t.
 *
 * A measure whose predictor is not the construction carries its own readout (`op.readout`, e.g. 'fout-authors');
 * then that readout is returned (a copy of its C) instead of p^T A, p^T B.
 *
 * @param op - HiPPO operator (A [N, N], B [N], endpoint [N]); not modified
 * @returns `{ C, D }` with C of shape [N] (a new array) and scalar D: p^T A, p^T B, or the measure's own readout
 * @throws TypeError when op is not a HippoOperator
 * @example
 *   derivativeReadout(hippo('legt', 4)).D === 16; // N^2 / theta
 *   derivativeReadout(hippo('fout-authors', 3)).D === 0; // the authors' readout, not p^T B = 2 N
 * @see arXiv:2407.09375
 */
export function derivativeReadout(op: HippoOperator): Readout {
  const { N, A, B, endpoint: p, readout } = requireOperator('derivativeReadout', op);
  if (readout) return { C: readout.C.slice(), D: readout.D };
  const C = new Float64Array(N);
  for (let k = 0; k < N; k++) {
    const pk = p[k];
    if (pk === 0) continue;
    for (let j = 0; j < N; j++) C[j] += pk * A.data[k * N + j];
  }
  let D = 0;
  for (let k = 0; k < N; k++) D += p[k] * B[k];
  return { C, D };
}
