/**
 * Claims of the order-in-dt experiment: fitted orders within 0.3 of the expected ones, and bilinear the most
 * accurate at every dt.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, evaluateClaims } from '../claims/index.ts';
import type { ClaimSpec } from '../claims/index.ts';
import { RATE_TOLERANCE } from '../common/fitRate.ts';
import type { Claim } from '../types.ts';
import type { OrderDtResult } from './compute.ts';

/** Expected orders of the RMS one-step error (see the experiment notes). */
export const EXPECTED_ORDER: Readonly<Record<string, number>> = { bilinear: 3, backward: 2, forward: 2 };

/**
 * The claims: fitted orders within 0.3 of the expected ones, and bilinear at least as accurate as every other
 * method at every dt.
 *
 * @param result - from {@link computeOrderDt}
 * @returns the claims
 * @example orderDtClaims(result)
 */
export function orderDtClaims(result: OrderDtResult): Claim[] {
  const specs: ClaimSpec[] = [];
  for (const m of result.methods) {
    const expected = EXPECTED_ORDER[m.method];
    if (expected === undefined) continue;
    specs.push(
      atMost(
        `${m.method}: one-step error order within ${RATE_TOLERANCE} of ${expected}`,
        RATE_TOLERANCE,
        () => ({
          value: Math.abs(m.slope - expected),
          detail: `fitted slope ${m.slope.toFixed(2)}; RMS errors ${m.rms.map((e) => e.toExponential(2)).join(', ')} at dt ${result.params.dts.join(', ')}`,
        }),
      ),
    );
  }
  const bil = result.methods.find((m) => m.method === 'bilinear');
  if (bil) {
    specs.push(
      atLeast('bilinear is the most accurate discretization at every dt', 1, () => {
        let worst = Infinity;
        for (const m of result.methods) {
          if (m === bil) continue;
          m.rms.forEach((e, i) => (worst = Math.min(worst, e / bil.rms[i])));
        }
        return {
          value: worst,
          detail: 'smallest ratio (other method RMS) / (bilinear RMS) over methods and dt',
        };
      }),
    );
  }
  return evaluateClaims(specs);
}
