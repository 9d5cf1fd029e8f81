import { requireOneOf, requireOptions } from '../util/validate.ts';
import { measureNames, measures } from './measures.ts';
import type { MeasureOptions } from './operator.ts';
import type { HippoOperator, MeasureName } from './types.ts';

/**
 * The HiPPO operator (A, B) of a measure with its reconstruction basis: x' = A x + B u (LegS: x' = (1/t)(A x + B u)),
 * u(t - lag) ~ sum_n x_n p_n(t, t - lag), endpoint = p(t, t).
 *
 * @param measure - one of 'legt', 'lmu', 'legs', 'lagt', 'fout', 'fout-code', 'fout-authors' (see {@link measures};
 *   'fout-authors' carries its own readout in `readout`, see foutAuthors)
 * @param N - state size (integer >= 1; odd for fout, fout-code and fout-authors)
 * @param options - `theta` (default 1): window length of translated measures, time scale of LagT, the current
 *   time t of LegS
 * @returns a frozen {@link HippoOperator}: A [N, N], B [N], endpoint [N], basis(lags) [lags.length, N]
 * @throws RangeError for an unknown measure (listing the measures), N not an integer >= 1, even N for FouT,
 *   theta not finite or <= 0; TypeError for a non-number N or theta
 * @example hippo('legt', 8, { theta: 1 }).A.rows // 8
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export function hippo(measure: MeasureName, N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('hippo', options);
  const name = requireOneOf('hippo', 'measure', measure, measureNames);
  const info = measures[name];
  return info.build(N, options.theta === undefined ? info.defaultTheta : options.theta);
}
