import { zeros } from '../linalg/matrix.ts';
import { legendreValues } from './basis.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * HiPPO-LegT: projection of the window [t - theta, t] onto scaled Legendre polynomials (uniform measure 1/theta).
 *
 *   A_nk = -(1/theta) sqrt(2n+1) sqrt(2k+1) * (1 if n >= k, (-1)^(n-k) if n < k),   B_n = sqrt(2n+1) / theta,
 *   p_n(t, s) = sqrt(2n+1) P_n(2 (s - t)/theta + 1),   endpoint p_n(t, t) = sqrt(2n+1),
 *
 * so `basis(lags)` row i is sqrt(2n+1) P_n(1 - 2 lags[i]/theta) (lags in [0, theta] lie in the window; other lags
 * evaluate the polynomials outside it, i.e. extrapolate). The s4 code's 'legt' is this matrix halved (theta = 2).
 *
 * @param N - state size (integer >= 1)
 * @param options - `theta`: window length (default 1)
 * @returns frozen operator with A [N, N], B [N], endpoint [N]
 * @throws RangeError when N is not an integer >= 1 or theta is not finite and > 0
 * @example legt(4, { theta: 1 }).endpoint // [1, sqrt3, sqrt5, sqrt7]
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export function legt(N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('legt', options);
  const theta = checkOperatorArgs('legt', N, options.theta);
  const r = new Float64Array(N);
  for (let n = 0; n < N; n++) r[n] = Math.sqrt(2 * n + 1);
  const A = zeros(N, N);
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    B[n] = r[n] / theta;
    for (let k = 0; k < N; k++) {
      const sign = n >= k || (k - n) % 2 === 0 ? 1 : -1;
      A.data[n * N + k] = (-sign * r[n] * r[k]) / theta;
    }
  }
  return makeOperator({
    measure: 'legt',
    N,
    theta,
    A,
    B,
    endpoint: r.slice(),
    timeVarying: false,
    description: `LegT: translated Legendre on the window [t - theta, t], theta = ${theta}; p_n = sqrt(2n+1) P_n(1 - 2 lag/theta)`,
    basisRow: (lag, out) => {
      legendreValues(N, 1 - (2 * lag) / theta, { out });
      for (let n = 0; n < N; n++) out[n] *= r[n];
    },
  });
}
