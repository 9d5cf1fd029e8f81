/**
 * Paper figure 3: one-step error vs N on White Signal(gamma), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig3Claims } from './claims.ts';
import { fig3Figures } from './figures.ts';
import { fig3Scales } from './params.ts';
import { runFig3 } from './run.ts';

const NOTES = [
  'Signal: White Signal (src/systems white-signal): one period of 10 s at dt = 1e-3 (L = 10^4), flat spectrum up to',
  'gamma Hz, rms 0.5, min-max scaled to [0, 1]; function i of a value is stream i of the run seed (the same streams',
  'for every gamma, so the signals of different gammas share their low-frequency coefficients).',
  'Predictors: prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear, teacher forcing, as in the',
  "authors' code: the window spans the whole context. LegT and FouT (2 pi m frequencies, N odd) with the trapezoid",
  "output (the construction); fout-authors, the authors' FouT predictor read from their code (its own readout,",
  'forward-Euler output, docs/theory.md eq. 11). N = 1..97 step 4.',
  'Metric: MSE of out[k] against u[k + 1]. The paper does not state its averaging window. Figure "second-half"',
  'averages the prediction indices k in [floor((L-1)/2), L-1), the window that gives the poster plateaus; figure',
  '"whole" averages all k and reverses the N trend (start-up transients grow with D = N^2).',
  'Every panel shows the copy-last-value predictor (out[k] = u[k]). Computed by src/sweep: one FFT per pair of',
  'functions, one kernel spectrum per (measure, N), equal to predictNext + oneStepError (a test checks it).',
  'Claims (bounds.ts): the poster plateaus (paper rows) and that they are the copy-last level; when LegT leaves that',
  'level, predicted from the window resolving the band edge (N against omega = pi gamma 10 s); the poster FouT peaks',
  '(paper rows with a registered deviation: no FouT predictor reproduces them); docs/reproduction.md, figure 3.',
].join(' ');

/** Figure 3 of arXiv:2407.09375 (White Signal, error vs N). */
export const experiment = defineExperiment({
  id: 'fig3-white-vs-n',
  title: "Figure 3: one-step error vs N on White Signal (LegT, FouT, the authors' FouT, copy-last)",
  reproduces: 'figure 3 (one-step error vs N, White Signal gamma = 1, 2, 5, LegT and FouT)',
  notes: NOTES,
  scales: fig3Scales,
  run: runFig3,
  claims: fig3Claims,
  figures: fig3Figures,
});
