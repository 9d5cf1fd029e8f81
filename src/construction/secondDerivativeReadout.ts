import type { HippoOperator } from '../hippo/types.ts';
import { derivativeReadout } from './derivativeReadout.ts';
import { derivativeReadoutOfOrder } from './derivativeReadoutOfOrder.ts';
import { requireOperator } from './requireOperator.ts';
import type { SecondDerivativeReadout } from './types.ts';

/**
 * Readouts of u''(t) from the HiPPO state, differentiating u'(t) ~ p^T (A x + B u) once more (p = op.endpoint):
 *
 *   chain rule, needs u':     u'' ~ p^T A^2 x + p^T A B u + p^T B u'       -> chain = { C: p^T A^2, D: p^T A B, E: p^T B }
 *   state and input only:     u'' ~ (p^T A^2 + D_1 C_1) x + (p^T A B + D_1^2) u   -> { C, D }
 *
 * where (C_1, D_1) = (p^T A, p^T B) is the first-derivative readout substituted for u'. The state form is what an
 * SSM can output (y = C x + D u); its error is the chain form's plus D_1 times the first readout's error.
 *
 * @param op - HiPPO operator of a translated (LTI) measure
 * @returns `{ C, D, chain: { C, D, E } }`, C vectors of shape [N]
 * @throws RangeError for a time-varying (LegS) operator or one that carries its own readout (fout-authors: not the
 *   construction); TypeError when op is not a HippoOperator
 * @example const r = secondDerivativeReadout(hippo('legt', 16)); // r.C x + r.D u ~ u''(t)
 * @see arXiv:2407.09375
 */
export function secondDerivativeReadout(op: HippoOperator): SecondDerivativeReadout {
  const where = 'secondDerivativeReadout';
  requireOperator(where, op);
  if (op.timeVarying) {
    throw new RangeError(
      `${where}: defined for translated (LTI) measures only; ${op.measure} is time-varying (1/t)`,
    );
  }
  if (op.readout) {
    throw new RangeError(
      `${where}: differentiates the construction p^T A; ${op.measure} carries its own readout (not the construction)`,
    );
  }
  const { N, A, B } = op;
  const first = derivativeReadout(op);
  // chain.C = (p^T A) A = C_1 A, chain.D = C_1 B
  const chainC = new Float64Array(N);
  for (let k = 0; k < N; k++) for (let j = 0; j < N; j++) chainC[j] += first.C[k] * A.data[k * N + j];
  let chainD = 0;
  for (let k = 0; k < N; k++) chainD += first.C[k] * B[k];
  const state = derivativeReadoutOfOrder(op, 2);
  return { C: state.C, D: state.D, chain: { C: chainC, D: chainD, E: first.D } };
}
