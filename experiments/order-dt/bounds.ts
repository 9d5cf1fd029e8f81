/**
 * The pre-registered claims of the order-in-dt experiment: the one-step error's order in dt per discretization
 * (docs/theory.md eq. 23) and bilinear as the most accurate of the four.
 *
 * @see arXiv:2407.09375
 */
import { registerClaims } from '../claims/index.ts';
import { RATE_TOLERANCE } from '../common/fitRate.ts';

/** Orders of the RMS one-step error in dt, docs/theory.md eq. 23 (zoh is shown, not claimed: not derived). */
export const EXPECTED_ORDER = Object.freeze({ bilinear: 3, backward: 2, forward: 2 });

function order(method: keyof typeof EXPECTED_ORDER, label: string, how: string) {
  const p = EXPECTED_ORDER[method];
  return {
    name: `${label} state update + trapezoid output: the one-step error is O(dt^${p})`,
    kind: 'theory' as const,
    source: `docs/theory.md eq. 23 (${how}); value: the log-log slope of the RMS one-step error against dt`,
    test: { kind: 'between' as const, lo: p - RATE_TOLERANCE, hi: p + RATE_TOLERANCE },
    reason:
      'the declared order +- ORDER_SLOPE 0.3 (RATE_TOLERANCE): a log-log fit over a finite range of dt sits within ' +
      '0.3 of the asymptotic order',
  };
}

/** The bound table of order-dt. */
export const BOUNDS = registerClaims({
  bilinear: order('bilinear', 'bilinear', 'a second-order state update: local O(dt^3)'),
  backward: order('backward', 'backward Euler', 'a first-order state update: local O(dt^2)'),
  forward: order('forward', 'forward Euler', 'a first-order state update: local O(dt^2)'),
  'bilinear-best': {
    name: 'bilinear has the smallest one-step error of the four discretizations at every dt',
    kind: 'finding',
    source:
      'ours, the measured errors of bilinear, zoh, backward and forward Euler; value: the smallest ratio ' +
      '(other method RMS) / (bilinear RMS) over the methods and dt',
    test: { kind: 'atLeast', bound: 1 },
    reason: '"smallest" is the statement: no other method has a smaller error, every ratio >= 1',
  },
});
