/**
 * The pre-registered claims of the chaotic experiment: the closed loop of the construction is unstable
 * (docs/theory.md eq. 25), no in-context method forecasts a chaotic system for a Lyapunov time, and how the
 * construction's rollout compares with finite differences and AR(4).
 *
 * @see arXiv:2407.09375
 */
import { registerClaims } from '../claims/index.ts';
import { ORDER_OF_MAGNITUDE } from '../common/claimFactors.ts';

/** The bound table of chaotic. */
export const BOUNDS = registerClaims({
  'closed-loop': {
    name:
      'the closed loop of the LegT predictor fed its own output is unstable (rho > 1) at every N >= 3 of the grid, ' +
      'clearly above the resolution of the computed radius',
    kind: 'theory',
    source:
      'docs/theory.md eq. 25; value: the smallest rho - 1 over the grid cells with N >= 3, divided by the largest ' +
      '|rho - 1| at N = 1, whose loop is exactly marginal (a double eigenvalue at 1: trace 2, det = Abar Dbar = 1), ' +
      'so that its computed rho - 1 is the resolution of the computation',
    test: { kind: 'atLeast', bound: ORDER_OF_MAGNITUDE },
    reason:
      'an order of magnitude (ORDER_OF_MAGNITUDE) above the resolution: a significant instability, not rounding',
  },
  'no-lyapunov': {
    name: 'no method forecasts a chaotic system for one Lyapunov time',
    kind: 'finding',
    source:
      'ours: these in-context predictors extrapolate each channel locally, so the extrapolation error, not the ' +
      'Lyapunov divergence, ends the forecast; value: the largest median valid prediction time in Lyapunov times ' +
      'over the chaotic systems and all methods',
    test: { kind: 'atMost', bound: 1 },
    reason:
      'one Lyapunov time (1 / lambda) is the statement: the horizon over which a model of the dynamics would hold',
  },
  'legt-vs-fd4': {
    name: 'on every system the best LegT variant rolls out no longer than finite differences (p = 4)',
    kind: 'finding',
    source:
      'ours: the unstable closed loop (rho > 1, docs/theory.md eq. 25) makes the construction diverge sooner than ' +
      "the marginally stable finite differences; value: the largest ratio of the best LegT variant's median valid " +
      "prediction time to FD p = 4's over the systems",
    test: { kind: 'atMost', bound: 1 },
    reason: '"no longer" is the statement: every ratio <= 1',
  },
  'ar4-outlasts': {
    name: 'on every system AR(4) least squares rolls out at least as long as the best LegT variant',
    kind: 'finding',
    source:
      "ours: AR(4) refitted in context is a learned linear recurrence; value: the smallest ratio of AR(4)'s median " +
      "valid prediction time to the best LegT variant's over the systems",
    test: { kind: 'atLeast', bound: 1 },
    reason: '"at least as long" is the statement: every ratio >= 1',
  },
  'one-step-vs-rollout': {
    name:
      "chaotic systems: FD p = 4's one-step MSE is an order of magnitude or more below the in-context LegT's, yet " +
      'its rollout lasts less than an order of magnitude longer',
    kind: 'finding',
    source:
      'ours: errors of local extrapolation grow so fast in a free run that one-step accuracy buys little forecast ' +
      "time; value: the largest ratio of FD p = 4's median valid prediction time to the in-context LegT's over the " +
      'chaotic systems, judged with the smallest one-step MSE ratio (in-context LegT / FD p = 4)',
    test: {
      kind: 'judged',
      bound: `valid-prediction-time ratio < ${ORDER_OF_MAGNITUDE} while the one-step MSE ratio is >= ${ORDER_OF_MAGNITUDE}`,
    },
    reason:
      'an order of magnitude (ORDER_OF_MAGNITUDE) on both sides: clearly better one-step, not clearly longer in rollout',
  },
});
