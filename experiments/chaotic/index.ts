/**
 * Experiment "chaotic": one-step error and free-running rollout of the multichannel construction and the baselines
 * on classic (chaotic and periodic) systems, plus the stability of the construction's autoregressive closed loop.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { chaoticClaims } from './claims.ts';
import { chaoticFigures } from './figures.ts';
import { chaoticScales } from './params.ts';
import { runChaotic } from './run.ts';

/** Chaotic and periodic systems: one-step error, rollout, closed-loop stability (beyond the paper). */
export const experiment = defineExperiment({
  id: 'chaotic',
  title: 'Chaotic and periodic systems: one-step error, rollout valid prediction time, closed-loop stability',
  reproduces: 'beyond the paper',
  notes:
    'Each function starts from a random initial condition, runs 50 time units of transient and is min-max scaled per ' +
    'channel. A method sees the first T states (the context) of every channel. One-step: teacher-forced MSE over the ' +
    'second half of the context, every channel. Rollout: from the T true states every channel is fed its own ' +
    'forecasts for `horizon` steps; the valid prediction time is the first time the std-normalised error over all ' +
    'channels exceeds 0.4 (src/metrics validPredictionTime), reported in Lyapunov times (lambda from the systems ' +
    'registry) for chaotic systems and in time units otherwise; a forecast valid over the whole horizon gives a lower ' +
    'bound (counted as censored). The construction runs as a src/multichannel bank (dt = 1 / T, window W = theta / dt ' +
    'samples): "paper" N = 17, theta = 1 (W = T); "short" N = 9, W = 300; "chosen in context" per channel from the ' +
    'bank of the baselines experiment by teacher-forced MSE on context indices [T/4, T/2). Baselines roll out through ' +
    'causalRollout (finite-memory predictors get exactly their memory; AR(4) refits on the last arMemory samples ' +
    'instead of the whole history, which keeps its rollout cost linear). The closed-loop spectral radius ' +
    'rho of (x, v) -> (Abar x + Bbar v, Cbar (Abar x + Bbar v) + Dbar v) is computed from ||M^k||^(1/k) at k = 2^48; ' +
    'values of rho - 1 near the float64 resolution of eigenvalues clustered at 1 are not significant, so the claim ' +
    '(docs/theory.md eq. 25) compares them with the N = 1 loop, whose double eigenvalue at 1 is exactly marginal.',
  scales: chaoticScales,
  run: runChaotic,
  claims: chaoticClaims,
  figures: chaoticFigures,
});
