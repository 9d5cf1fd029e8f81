import { zeros } from '../linalg/matrix.ts';
import { laguerreValues } from './basis.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * HiPPO-LagT: projection of the history onto Laguerre functions with exponentially decaying weight, time scale theta:
 *
 *   A = (I/2 - tril(ones)) / theta   (-1/(2 theta) on the diagonal, -1/theta below),   B = ones / theta,
 *   p_n(t, t - lag) = L_n(lag/theta) e^{-lag/(2 theta)},   endpoint p_n(t, t) = 1,
 *
 * so x_n(t) = (1/theta) int_0^inf u(t - lag) p_n(t, t - lag) dlag and the impulse response is
 * e^{tA} B = [L_n(t/theta) e^{-t/(2 theta)}]_n / theta (theta = 1 is the HiPPO paper's LagT).
 *
 * @param N - state size (integer >= 1)
 * @param options - `theta`: time scale (default 1)
 * @returns frozen operator with A [N, N], B [N], endpoint [N]
 * @throws RangeError when N is not an integer >= 1 or theta is not finite and > 0
 * @example lagt(2).A // [[-0.5, 0], [-1, -0.5]]
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export function lagt(N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('lagt', options);
  const theta = checkOperatorArgs('lagt', N, options.theta);
  const A = zeros(N, N);
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < n; k++) A.data[n * N + k] = -1 / theta;
    A.data[n * N + n] = -0.5 / theta;
  }
  return makeOperator({
    measure: 'lagt',
    N,
    theta,
    A,
    B: new Float64Array(N).fill(1 / theta),
    endpoint: new Float64Array(N).fill(1),
    timeVarying: false,
    description: `LagT: translated Laguerre, weight e^{-lag/theta}, time scale theta = ${theta}; p_n = L_n(lag/theta) e^{-lag/(2 theta)}`,
    basisRow: (lag, out) => {
      laguerreValues(N, lag / theta, { out });
      const w = Math.exp(-lag / (2 * theta));
      for (let n = 0; n < N; n++) out[n] *= w;
    },
  });
}
