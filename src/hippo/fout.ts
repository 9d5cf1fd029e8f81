import { zeros } from '../linalg/matrix.ts';
import { fourierValues } from './basis.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator, MeasureName } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/** Options of {@link fout}. */
export interface FoutOptions extends MeasureOptions {
  /**
   * Frequency convention: 'fout' couples harmonic m with w_m = 2 pi m (a basis that reconstructs the window);
   * 'fout-code' with w_m = 4 pi m as in the authors' code (only even harmonics of the window are represented).
   * @default 'fout'
   */
  variant?: 'fout' | 'fout-code';
}

/**
 * HiPPO-FouT (translated Fourier, "How to Train Your HiPPO"): N odd, state order [c_0, c_1, s_1, c_2, s_2, ...],
 *
 *   p(t, t - lag) = [1, sqrt2 cos(w_1 lag/theta), sqrt2 sin(w_1 lag/theta), ...],   e = p(t, t) = (1, sqrt2, 0, sqrt2, 0, ...),
 *   A = (-2 e e^T + S) / theta,   B = 2 e / theta,   S[c_m, s_m] = -w_m,  S[s_m, c_m] = +w_m.
 *
 * Sign of S: d/dt of sqrt2 cos(w (t - s)/theta) is -(w/theta) sqrt2 sin(w (t - s)/theta) and d/dt of the sine is
 * +(w/theta) times the cosine, so x_{c_m}' gets -(w_m/theta) x_{s_m} and x_{s_m}' gets +(w_m/theta) x_{c_m}
 * (tested: the reconstruction tracks the input). The rank-one term comes from the boundary term
 * (1/theta) e (u(t) - u(t - theta)) with u(t - theta) replaced by 2 e^T x - u(t) (the Fourier series at the window
 * ends converges to the mean of the two ends), so e^T x tracks (u(t) + u(t - theta)) / 2.
 *
 * @param N - state size (odd integer >= 1)
 * @param options - `theta`: window length (default 1); `variant`: 'fout' (w_m = 2 pi m, default) or 'fout-code'
 *   (w_m = 4 pi m)
 * @returns frozen operator with A [N, N], B [N], endpoint [N]
 * @throws RangeError when N is not an odd integer >= 1 or theta is not finite and > 0
 * @example fout(3).endpoint // [1, sqrt2, 0]
 * @see arXiv:2206.12037, arXiv:2407.09375
 */
export function fout(N: number, options: FoutOptions = {}): HippoOperator {
  options = requireOptions('fout', options);
  const variant: MeasureName = options.variant ?? 'fout';
  if (variant !== 'fout' && variant !== 'fout-code') {
    throw new RangeError(`fout: variant must be one of fout, fout-code; got ${JSON.stringify(variant)}`);
  }
  const theta = checkOperatorArgs(variant, N, options.theta, true);
  const omega = variant === 'fout' ? 2 * Math.PI : 4 * Math.PI;
  const e = fourierValues(N, 0);
  const A = zeros(N, N);
  for (let n = 0; n < N; n++) for (let k = 0; k < N; k++) A.data[n * N + k] = (-2 * e[n] * e[k]) / theta;
  for (let m = 1; 2 * m < N; m++) {
    const c = 2 * m - 1;
    const s = 2 * m;
    A.data[c * N + s] -= (omega * m) / theta;
    A.data[s * N + c] += (omega * m) / theta;
  }
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) B[n] = (2 * e[n]) / theta;
  const freq = variant === 'fout' ? '2 pi m' : '4 pi m (authors code)';
  return makeOperator({
    measure: variant,
    N,
    theta,
    A,
    B,
    endpoint: e,
    timeVarying: false,
    description: `FouT: translated Fourier on [t - theta, t], theta = ${theta}, harmonic m at frequency ${freq}; order [c0, c1, s1, ...]`,
    basisRow: (lag, out) => {
      fourierValues(N, lag / theta, { omega, out });
    },
  });
}
