/**
 * LegT derivative-readout error vs N (beyond the paper, which states no LegT bound): spectral convergence on
 * analytic signals, N^-(a - 1/2) on |s - 1/2|^a.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { rateLegtClaims } from './claims.ts';
import { rateLegtFigures } from './figures.ts';
import { rateLegtScales } from './params.ts';
import { runRateLegt } from './run.ts';

/** The LegT readout's convergence rate (beyond the paper). */
export const experiment = defineExperiment({
  id: 'rate-legt',
  title: 'LegT derivative-readout convergence rate vs N (no bound in the paper)',
  reproduces: "beyond the paper: the paper states a bound for FouT only; this measures LegT's rate",
  notes: [
    'Continuous time, theta = 1, window s in [0, 1], present s = 1. State: the exact Legendre projection of the window',
    'x_n = int_0^1 u(s) p_n(1, s) ds (Gauss-Legendre, nq nodes per panel, panels split at the kink; exact for the',
    'polynomial pieces of |s - 1/2|^a with integer a), readout y = C x + D u(1) with C = p^T A, D = p^T B.',
    "This isolates the readout's approximation error; the running LegT SSM also replaces u(t - theta) by its",
    'reconstruction, so its state differs: for sin(2 pi t) its exact steady-state error (dense solve of',
    'H(i w) = C (i w I - A)^-1 B + D) is shown too.',
    'Signals: analytic sin(2 pi s), exp(s), Runge 1/(1 + 25 (s - 1/2)^2); algebraic |s - 1/2|^a (a = 1, 3, 5; paper',
    'scale adds 2.5). The claims (bounds.ts) check spectral convergence on the analytic signals and the rate',
    'N^-(a - 1/2) of docs/theory.md eq. 22 on |s - 1/2|^a (slopes fitted for 24 <= N <= 96: beyond ~100 the rounding',
    'floor, amplified by D = N^2, bends the smoothest curves; the figure legend gives the fitted slopes).',
  ].join(' '),
  scales: rateLegtScales,
  run: runRateLegt,
  claims: rateLegtClaims,
  figures: rateLegtFigures,
});
