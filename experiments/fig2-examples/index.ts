/**
 * Figure 2 of HiPPO-Prophecy: example White Signal (gamma = 2) and Filtered Noise (alpha = 0.05) traces with the
 * LegT N = 17 prediction and its per-step error (and copy-last's).
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig2Claims } from './claims.ts';
import { fig2Figures } from './figures.ts';
import { fig2Scales } from './params.ts';
import { runFig2 } from './run.ts';

/** Figure 2 of arXiv:2407.09375. */
export const experiment = defineExperiment({
  id: 'fig2-examples',
  title: 'Figure 2: example White Signal and Filtered Noise with the LegT prediction',
  reproduces:
    'arXiv:2407.09375 figure 2 (poster): example traces of White Signal (gamma = 2) and Filtered Noise (alpha = 0.05)',
  notes: [
    'Signals from the library generators (nengo-style definitions, our own random streams): White Signal, one period of',
    '10 s at 1e-3 s (L = 10^4), cutoff gamma = 2 Hz, rms 0.5; Filtered Noise, white noise through the alpha synapse',
    'alpha = 0.05 s, sampled exactly; both min-max scaled to [0, 1]. Seed: ctx.seed (stream 0).',
    "Predictor: LegT N = 17, theta = 1, dt = 1/L = 1e-4 (the authors' convention: the window spans the whole context),",
    'bilinear + trapezoid. Errors: squared error of out[k] against u[k+1]; averaged claims use the second half of the',
    'context; plotted traces are downsampled (500 points; errors as block maxima). The errors figure gives LegT / copy-last',
    'per signal. Claims: bounds.ts (that the examples are min-max scaled and that White Signal is band-limited holds by',
    'construction and is a unit test); docs/reproduction.md, figure 2.',
  ].join(' '),
  scales: fig2Scales,
  run: runFig2,
  claims: fig2Claims,
  figures: fig2Figures,
});
