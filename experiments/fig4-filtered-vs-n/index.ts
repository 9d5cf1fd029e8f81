/**
 * Paper figure 4: one-step error vs N on Filtered Noise(alpha), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from '../types.ts';
import { ERROR_VS_N_SCALES } from '../error-vs-n/defaultScales.ts';
import { makeErrorVsNExperiment } from '../error-vs-n/makeErrorVsNExperiment.ts';
import type { ErrorVsNConfig, ErrorVsNResult } from '../error-vs-n/types.ts';

const NOTES = [
  'Signal: Filtered Noise (src/systems filtered-noise): unit-intensity Gaussian white noise through the alpha',
  'synapse h(t) = t / alpha^2 exp(-t / alpha), sampled exactly at dt = 1e-3 (L = 10^4) and stationary from the',
  'first sample, min-max scaled to [0, 1]; function i of a value is stream i of the run seed.',
  'Predictor: prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear + trapezoid, teacher forcing (the',
  "window spans the whole context, as in the authors' code); FouT with 2 pi m frequencies, N = 1..97 step 4.",
  'Metric: MSE of out[k] against u[k + 1], averaged over the second half of the context (figure "second-half") or',
  'over all of it (figure "whole"); the copy-last-value predictor on every panel. Computed by src/sweep.',
  "Not reproduced: the paper's levels. The poster's LegT plateaus (5e-3 / 1.3e-3 / 1.5e-4) are ~300x above ours",
  '(~1.3e-5 / 4e-6 / 5e-7), and ours coincide with the copy-last error of the signal itself, so the offset lies in',
  "the generator, not in the predictor: our signal's increments over one sample are ~20x smaller than the poster's",
  'numbers imply (our copy-last error reaches the poster magnitudes only if the same signal is sampled ~20-50x more',
  "coarsely, e.g. dt = 0.02-0.05 s; the ratios across alpha then still differ). The authors' nengo settings for this",
  "figure are unknown to us. The paper's FouT peak near N ~ 21 is not reproduced either: our FouT stays at or",
  'below the copy-last floor and below LegT at every N >= 13 for alpha 0.05 and 0.1; at alpha 0.3 the two cross.',
  'What holds is the qualitative picture of paper-notes section 7: small-N LegT equals copy-last, and the',
  'whole-context average grows with N.',
].join(' ');

/** The figure's configuration (exported for tests and notebooks). */
export const config: ErrorVsNConfig = {
  id: 'fig4-filtered-vs-n',
  title: 'Filtered Noise',
  reproduces: 'figure 4 (one-step error vs N, Filtered Noise alpha = 0.05, 0.1, 0.3, LegT and FouT)',
  notes: NOTES,
  system: 'filtered-noise',
  paramName: 'alpha',
  values: [0.05, 0.1, 0.3],
  expectations: [
    {
      paperPlateau: 5e-3,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 17,
      ordering: { from: 13, winner: 'fout' },
    },
    {
      paperPlateau: 1.3e-3,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 17,
      ordering: { from: 13, winner: 'fout' },
    },
    {
      paperPlateau: 1.5e-4,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 5,
      ordering: null,
    },
  ],
  scales: ERROR_VS_N_SCALES,
};

export const experiment: Experiment<ErrorVsNResult> = makeErrorVsNExperiment(config);
