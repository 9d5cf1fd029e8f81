/**
 * Experiment "baselines": the LegT construction against classical one-step predictors on the paper's signals and
 * the classic systems, clean.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { baselinesClaims } from './claims.ts';
import { baselinesFigures } from './figures.ts';
import { baselinesScales } from './params.ts';
import { runBaselines } from './run.ts';

/** The construction against classical one-step predictors (beyond the paper). */
export const experiment = defineExperiment({
  id: 'baselines',
  title: 'The construction against classical one-step predictors (clean signals)',
  reproduces: 'beyond the paper',
  notes:
    'One-step MSE of out[k] against u[k + 1] over the second half of each context (oneStepError, window ' +
    "'second-half'), median over functions (and channels) with min-max whiskers. The paper's signals are generated " +
    'with their defaults (L = 10^4); classic systems start from random initial conditions, run 50 time units of ' +
    'transient, are min-max scaled per channel and every channel is scored. LegT predictors are parametrised in ' +
    'samples: window W = theta / dt with dt = 1 / L; "paper" is N = 17 with theta = 1 (W = L, the window spans the ' +
    'whole context), "short" N = 9 with W = 300 samples (theta = 0.03 of a 10^4 context), "chosen in context" picks ' +
    '(N, W) from a bank (N in {3, 5, 9}, W a power of two in [16, 1024] with W >= N^2) by its MSE on prediction ' +
    'indices [L/4, L/2), i.e. from the first half only. Baselines: the src/baselines registry with its defaults ' +
    '(finite differences at orders 1-4).',
  scales: baselinesScales,
  run: runBaselines,
  claims: baselinesClaims,
  figures: baselinesFigures,
});
