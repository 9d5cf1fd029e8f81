import { zeros } from '../linalg/matrix.ts';
import { legendreValues } from './basis.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * The Legendre Memory Unit (Voelker et al. 2019): LegT in the coordinates x_legt = M x_lmu with
 * M = diag((-1)^n / sqrt(2n+1)), i.e. A = M^-1 A_legt M, B = M^-1 B_legt:
 *
 *   A_nk = ((2n+1)/theta) * (-1 if n < k, (-1)^(n-k+1) if n >= k),   B_n = (2n+1) (-1)^n / theta,
 *   p_n(t, t - lag) = P_n(2 lag/theta - 1)  (shifted Legendre in the lag),   endpoint p_n(t, t) = (-1)^n.
 *
 * The reconstruction basis(lags) x is identical to LegT's for the corresponding state.
 *
 * @param N - state size (integer >= 1)
 * @param options - `theta`: window length (default 1)
 * @returns frozen operator with A [N, N], B [N], endpoint [N]
 * @throws RangeError when N is not an integer >= 1 or theta is not finite and > 0
 * @example lmu(3).B // [1, -3, 5]
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export function lmu(N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('lmu', options);
  const theta = checkOperatorArgs('lmu', N, options.theta);
  const A = zeros(N, N);
  const B = new Float64Array(N);
  const endpoint = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    const q = 2 * n + 1;
    B[n] = ((n % 2 === 0 ? 1 : -1) * q) / theta;
    endpoint[n] = n % 2 === 0 ? 1 : -1;
    for (let k = 0; k < N; k++) {
      const sign = n < k ? -1 : (n - k + 1) % 2 === 0 ? 1 : -1;
      A.data[n * N + k] = (sign * q) / theta;
    }
  }
  return makeOperator({
    measure: 'lmu',
    N,
    theta,
    A,
    B,
    endpoint,
    timeVarying: false,
    description: `LMU: LegT up to the diagonal similarity diag((-1)^n / sqrt(2n+1)), theta = ${theta}; p_n = P_n(2 lag/theta - 1)`,
    basisRow: (lag, out) => {
      legendreValues(N, (2 * lag) / theta - 1, { out });
    },
  });
}
