import { checkOperatorArgs } from '../hippo/operator.ts';
import type { Readout } from './types.ts';

/**
 * Closed form of the LegT derivative readout (C = p^T A, D = p^T B with p_k = sqrt(2k+1)):
 *
 *   C_j = -(1/theta) sqrt(2j+1) (N^2 - j(j+1)),   D = N^2 / theta,
 *
 * because sum_{k >= j} (2k+1) = N^2 - j^2 and sum_{k < j} (2k+1) (-1)^(k-j) = -j. Read as: the s-derivative of the
 * Legendre reconstruction at s = t plus N^2/theta times the reconstruction error at the endpoint.
 *
 * @param N - state size (integer >= 1)
 * @param theta - window length (finite, > 0)
 * @returns `{ C, D }`, C of shape [N]
 * @throws RangeError when N is not an integer >= 1 or theta is not finite and > 0
 * @example legtReadoutClosedForm(2, 1) // { C: [-4, -2 sqrt3], D: 4 }
 * @see arXiv:2407.09375
 */
export function legtReadoutClosedForm(N: number, theta: number): Readout {
  const th = checkOperatorArgs('legtReadoutClosedForm', N, theta);
  const C = new Float64Array(N);
  for (let j = 0; j < N; j++) C[j] = (-Math.sqrt(2 * j + 1) * (N * N - j * (j + 1))) / th;
  return { C, D: (N * N) / th };
}
