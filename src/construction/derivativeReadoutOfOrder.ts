import type { HippoOperator } from '../hippo/types.ts';
import { requireInteger } from '../util/validate.ts';
import { derivativeReadout } from './derivativeReadout.ts';
import { requireOperator } from './requireOperator.ts';
import type { Readout } from './types.ts';

/**
 * The readout of the m-th derivative u^(m)(t) ~ C_m x + D_m u, using only the state and the current input.
 * Differentiating y_m = C_m x + D_m u gives C_m (A x + B u) + D_m u'; replacing u' by the first readout
 * y_1 = C_1 x + D_1 u:
 *
 *   C_{m+1} = C_m A + D_m C_1,   D_{m+1} = C_m B + D_m D_1,   (C_1, D_1) = (p^T A, p^T B).
 *
 * Each order multiplies the error of the lower orders by up to D_1 (N^2/theta for LegT), so high orders need a
 * larger N for the same accuracy; for a smooth signal the readout still converges as N grows (tested for m = 2).
 * Translated (LTI) measures only: LegS's 1/t factor adds t-dependent terms at m >= 2.
 *
 * @param op - HiPPO operator, not time-varying for order >= 2
 * @param order - derivative order m (integer >= 1)
 * @returns `{ C, D }`, C of shape [N]
 * @throws RangeError when order is not an integer >= 1, or order >= 2 for a time-varying (LegS) operator or one
 *   that carries its own readout (fout-authors: not the construction); TypeError when op is not a HippoOperator
 * @example derivativeReadoutOfOrder(hippo('legt', 8), 2).D // D_1^2 + p^T A B
 * @see arXiv:2407.09375 (section on higher derivatives, left open by the paper)
 */
export function derivativeReadoutOfOrder(op: HippoOperator, order: number): Readout {
  const where = 'derivativeReadoutOfOrder';
  requireOperator(where, op);
  requireInteger(where, 'order', order, 1);
  if (order >= 2 && op.timeVarying) {
    throw new RangeError(
      `${where}: order >= 2 is defined for translated (LTI) measures only; ${op.measure} is time-varying (1/t), got order ${order}`,
    );
  }
  if (order >= 2 && op.readout) {
    throw new RangeError(
      `${where}: order >= 2 differentiates the construction p^T A; ${op.measure} carries its own first-order readout (not the construction), got order ${order}`,
    );
  }
  const first = derivativeReadout(op);
  const { N, A, B } = op;
  let C = first.C;
  let D = first.D;
  for (let m = 1; m < order; m++) {
    const next = new Float64Array(N);
    for (let k = 0; k < N; k++) {
      const ck = C[k];
      for (let j = 0; j < N; j++) next[j] += ck * A.data[k * N + j];
    }
    let cb = 0;
    for (let k = 0; k < N; k++) cb += C[k] * B[k];
    for (let j = 0; j < N; j++) next[j] += D * first.C[j];
    const nextD = cb + D * first.D;
    C = next;
    D = nextD;
  }
  return { C, D };
}
