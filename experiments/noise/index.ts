/**
 * Experiment "noise": the comparison of the baselines experiment under additive Gaussian observation noise.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { noiseClaims } from './claims.ts';
import { noiseFigures } from './figures.ts';
import { noiseScales } from './params.ts';
import { runNoise } from './run.ts';

/** One-step prediction under observation noise (beyond the paper). */
export const experiment = defineExperiment({
  id: 'noise',
  title: 'One-step prediction under observation noise: the construction against classical predictors',
  reproduces: 'beyond the paper',
  notes:
    'The signals, methods and metric of the baselines experiment, observed with additive Gaussian noise of standard ' +
    "deviation sigma in {0, 1e-4, 1e-3, 1e-2} (generate's noise option, after scaling: the paper's signals lie in " +
    '[0, 1] or [-1, 1], the classic systems are min-max scaled to [0, 1]). Every method sees only the noisy sequence ' +
    '(the in-context LegT also chooses its (N, W) on the noisy first half). Errors are scored against the CLEAN next ' +
    'value (what a denoising predictor should approach) and also against the noisy one; the claims use the clean ' +
    'target. For a causal predictor the noisy-target error is the clean-target error plus sigma^2 (the next noise ' +
    'sample is independent of the prediction), which a test checks. For linear time-invariant predictors the ' +
    'noise adds sigma^2 G to the clean-target error (docs/theory.md eq. 26), with G = sum_j h_j^2 the energy of the ' +
    'impulse response, computed at the length of each kind of signal (the paper construction spans the context) ' +
    '(finite differences of order p: G = binom(2p + 2, p + 1) - 1, 251 at p = 4; a test checks the closed form).',
  scales: noiseScales,
  run: runNoise,
  claims: noiseClaims,
  figures: noiseFigures,
});
