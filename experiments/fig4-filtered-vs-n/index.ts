/**
 * Paper figure 4: one-step error vs N on Filtered Noise(alpha), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig4Claims } from './claims.ts';
import { fig4Figures } from './figures.ts';
import { fig4Scales } from './params.ts';
import { runFig4 } from './run.ts';

const NOTES = [
  'Signal, two conventions on the same seed and streams (function i of a value is stream i of the run seed).',
  'Ours: Filtered Noise (src/systems filtered-noise), unit-intensity Gaussian white noise through the alpha synapse',
  'h(t) = t / alpha^2 exp(-t / alpha), sampled exactly at dt = 1e-3 (L = 10^4), stationary from the first sample,',
  "min-max scaled to [0, 1]. The authors' (generate option nengo: 1, scale: 'none'): nengo's",
  'FilteredNoise(synapse=Alpha(alpha)) with its defaults, N(0, 1) / sqrt(dt) noise held over each step through the',
  'zero-order-hold synapse from rest, unscaled, as their function-approximation script draws it. Figures without',
  "prefix are ours, 'nengo-' the authors' convention.",
  'Predictors: prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear, teacher forcing (the window spans',
  "the whole context, as in the authors' code): LegT and FouT (2 pi m) with the trapezoid output, and the authors'",
  'FouT predictor fout-authors (docs/theory.md eq. 11); N = 1..97 step 4.',
  'Metric: MSE of out[k] against u[k + 1], averaged over the second half of the context (figure "second-half") or',
  'over all of it (figure "whole"); the copy-last-value predictor on every panel. Computed by src/sweep.',
  'Claims (bounds.ts): the poster plateaus and their alpha^-2 trend under each convention (paper rows, registered',
  'deviations: neither convention reproduces them), the copy-last level of the unscaled signal against its closed',
  "form (docs/theory.md eq. 27), LegT's plateau as the copy-last level, and the poster's FouT peak; see",
  'docs/reproduction.md, figure 4.',
].join(' ');

/** Figure 4 of arXiv:2407.09375 (Filtered Noise, error vs N). */
export const experiment = defineExperiment({
  id: 'fig4-filtered-vs-n',
  title:
    "Figure 4: one-step error vs N on Filtered Noise, two signal conventions (LegT, FouT, the authors' FouT, copy-last)",
  reproduces: 'figure 4 (one-step error vs N, Filtered Noise alpha = 0.05, 0.1, 0.3, LegT and FouT)',
  notes: NOTES,
  scales: fig4Scales,
  run: runFig4,
  claims: fig4Claims,
  figures: fig4Figures,
});
