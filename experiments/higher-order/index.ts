/**
 * Beyond the paper: higher-order next-value predictors (src/higher-order) against the paper's trapezoid, their
 * order in dt and the error floor at the paper's setting.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { higherOrderClaims } from './claims.ts';
import { higherOrderFigures } from './figures.ts';
import { higherOrderScales } from './params.ts';
import { runHigherOrder } from './run.ts';

const NOTES = [
  'Rules (src/higher-order): "trapezoid" is prophecy() (the paper); "matched-M" combines the readouts of u\'..u^(M)',
  "(construction/derivativeReadoutOfOrder) with weights that match the bilinear predictor's transfer function to the",
  'exact shift e^{s dt} to order M (derivation in higherOrderCoefficients); matched-1 is the trapezoid exactly.',
  'Declared local orders: 3 (M = 1, 2), 5 (M = 3, 4); "taylor-M" (u_k + sum dt^m/m! u^(m) read from x_{k+1}) is only',
  'second order because the bilinear state summarises the input up to t_k + dt/2, shown as the counter-example.',
  'Metric: RMSE (square root of the MSE of out[k] against u[k+1]), so slopes are local orders. Sweeps: (1) the smooth',
  'two-tone signal sin(2t) + 0.5 cos(3.1t + 0.3), analytic, sampled on [0, 8] at each dt, errors over t in [6, 8]',
  "(the LegT start-up transient of theta = 1 needs several windows to decay), at the paper's N = 17, theta = 1;",
  '(2) White Signal gamma 1 (period 10 s, unscaled so that every L samples the same function), dt = 1/L,',
  'L = 2000..20000, second half, with a window that resolves it (theta = 0.1, N = 17, a good matched-3 cell of the',
  'window experiment). Orders are fitted over the 4 smallest dt with RMSE >= 1e-13 (above the float64 floor; the',
  'largest dt are pre-asymptotic); the figure legend gives the fitted slopes. Paper setting: N = 17, theta = 1,',
  "dt = 1/L, L = 10^4, second-half MSE, the paper's signals with copy-last. There the error is the window",
  'resolution (N = 17 cannot resolve 10 cycles in the window, and the whole context is one window, so the start-up',
  'transient never decays): a claim checks that the rules share that floor on White Signal gamma 1. The floor claims',
  "(bounds.ts) therefore use the smooth signal at the paper's N, theta, dt = 1e-4 (context 8 windows long) and White",
  "Signal gamma 1 with the resolving window, where the time step sets the trapezoid's floor. Orders: docs/theory.md",
  'eq. 24.',
].join(' ');

/** Higher-order predictors: order in dt and error floor (beyond the paper). */
export const experiment = defineExperiment({
  id: 'higher-order',
  title: 'Higher-order predictors: order in dt and error floor',
  reproduces: 'beyond the paper (section 6: higher derivatives open higher-order predictors)',
  notes: NOTES,
  scales: higherOrderScales,
  run: runHigherOrder,
  claims: higherOrderClaims,
  figures: higherOrderFigures,
});
