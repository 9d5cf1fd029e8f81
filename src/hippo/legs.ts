import { zeros } from '../linalg/matrix.ts';
import { legendreValues } from './basis.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * HiPPO-LegS: projection of the whole history [0, t] onto scaled Legendre polynomials; time-varying dynamics
 *
 *   x'(t) = (1/t) (A x + B u),   A_nk = -sqrt(2n+1) sqrt(2k+1) (n > k), -(n+1) (n = k), 0 (n < k),
 *   B_n = sqrt(2n+1),   p_n(t, s) = sqrt(2n+1) P_n(2 s/t - 1),   endpoint p_n(t, t) = sqrt(2n+1).
 *
 * A and B are NOT scaled by theta: the 1/t factor belongs to the dynamics (`timeVarying` is true). Here `theta`
 * plays the role of the current time t at which `basis` is evaluated: basis(lags) row i is
 * sqrt(2n+1) P_n(1 - 2 lags[i]/t) with t = theta. Used as an LTI system (as S4 does),
 * e^{tA} B = [sqrt(2n+1) P_n(2 e^{-t} - 1) e^{-t}]_n.
 *
 * @param N - state size (integer >= 1)
 * @param options - `theta`: the current time t used by `basis` (default 1)
 * @returns frozen operator with A [N, N], B [N], endpoint [N]
 * @throws RangeError when N is not an integer >= 1 or theta is not finite and > 0
 * @example legs(2).A // [[-1, 0], [-sqrt3, -2]]
 * @see arXiv:2008.07669, arXiv:2111.00396, arXiv:2407.09375
 */
export function legs(N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('legs', options);
  const theta = checkOperatorArgs('legs', N, options.theta);
  const r = new Float64Array(N);
  for (let n = 0; n < N; n++) r[n] = Math.sqrt(2 * n + 1);
  const A = zeros(N, N);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < n; k++) A.data[n * N + k] = -r[n] * r[k];
    A.data[n * N + n] = -(n + 1);
  }
  return makeOperator({
    measure: 'legs',
    N,
    theta,
    A,
    B: r.slice(),
    endpoint: r.slice(),
    timeVarying: true,
    description: `LegS: scaled Legendre on [0, t], x' = (1/t)(A x + B u); basis evaluated at t = theta = ${theta}`,
    basisRow: (lag, out) => {
      legendreValues(N, 1 - (2 * lag) / theta, { out });
      for (let n = 0; n < N; n++) out[n] *= r[n];
    },
  });
}
