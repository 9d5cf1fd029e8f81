/**
 * The pre-registered claims of the LegT rate experiment: analytic signals converge faster than any algebraic rate
 * of the experiment (spectrally), |s - 1/2|^a at the rate N^-(a - 1/2) of docs/theory.md eq. 22.
 *
 * @see arXiv:2407.09375
 */
import { registerClaims } from '../claims/index.ts';
import { RATE_TOLERANCE } from '../common/fitRate.ts';

/** The largest exponent a of the experiment's algebraic signals: the analytic rows must beat its rate. */
export const STEEPEST_ALGEBRAIC_A = 5;

const ORDER =
  'the declared order +- ORDER_SLOPE 0.3 (RATE_TOLERANCE): a log-log fit over a finite range of N sits within 0.3 ' +
  'of the asymptotic order';

const SPECTRAL = {
  kind: 'finding' as const,
  test: { kind: 'atMost' as const, bound: -(STEEPEST_ALGEBRAIC_A - 0.5) - RATE_TOLERANCE },
  reason:
    `faster than every power law of the experiment: steeper than the steepest algebraic rate, a = ` +
    `${STEEPEST_ALGEBRAIC_A} (eq. 22: -${STEEPEST_ALGEBRAIC_A - 0.5}), by more than ORDER_SLOPE ${RATE_TOLERANCE}`,
};

function spectral(signal: string, state: string, note = '') {
  return {
    ...SPECTRAL,
    name: `${signal} (analytic${note}): the error falls faster than any algebraic rate of the experiment`,
    source:
      'docs/theory.md section 7 (analytic signals converge spectrally; no numbered equation); value: the log-log ' +
      `slope of the ${state} error over the N before it first reaches the rounding floor (fitFloor)`,
  };
}

function algebraic(a: number) {
  return {
    name: `|s - 1/2|^${a}: the error decays like N^-(a - 1/2) = N^-${a - 0.5}`,
    kind: 'theory' as const,
    source: 'docs/theory.md eq. 22; value: the log-log slope fitted for fitFrom <= N <= fitTo',
    test: { kind: 'between' as const, lo: -(a - 0.5) - RATE_TOLERANCE, hi: -(a - 0.5) + RATE_TOLERANCE },
    reason: ORDER,
  };
}

/** The bound table of rate-legt. */
export const BOUNDS = registerClaims({
  sin: spectral('sin(2 pi s)', 'projection-state'),
  exp: spectral('exp(s)', 'projection-state'),
  runge: spectral('Runge 1/(1 + 25 (s - 1/2)^2)', 'projection-state', ', poles 0.2 from the window'),
  'sin-ssm': spectral('sin(2 pi t) through the running SSM', 'steady-state relative'),
  a1: algebraic(1),
  a3: algebraic(3),
  a5: algebraic(5),
});
