/**
 * Figure 1 of HiPPO-Prophecy: per-step one-step errors of LegT and FouT (N = 17) on the authors' "Van der Pol"
 * signal, with copy-last.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig1Claims } from './claims.ts';
import { fig1Figures } from './figures.ts';
import { fig1Scales } from './params.ts';
import { runFig1 } from './run.ts';

/** Figure 1 of arXiv:2407.09375. */
export const experiment = defineExperiment({
  id: 'fig1-vdp',
  title:
    "Figure 1: LegT vs FouT (the construction's and the authors') one-step error on the authors' Van der Pol signal",
  reproduces:
    'arXiv:2407.09375 figure 1 (poster): LegT one start-up spike (~0.2) then ~0; FouT spikes (~9e-3) at each switching event',
  notes: [
    "Signal: vdp-paper, x' = 7 (1 - x^2) sin t, x(0) = 0.5, 10^4 samples on [0, 20] (closed form), unscaled. x never crosses",
    'zero: it dips to 0.5 at t = 2 pi j and sits near 1 between, so the "switching events" are located from the solution',
    'as the dips (local minima below the midpoint of the range). The signal has no random part: every seed gives the',
    'same result.',
    'Predictors: LegT and FouT (2 pi m convention) with theta = 1, bilinear + trapezoid output (the construction);',
    "fout-authors, the authors' FouT predictor read from their code (4 pi m, its own readout without D, forward-Euler",
    'output, docs/theory.md eq. 11); copy-last. Error: squared error of out[k] vs u[k+1], per step (plotted as block',
    'maxima so spikes stay visible); claims use the full traces.',
    'Time step (ambiguous in the paper): the main run uses dt = the sample spacing 20/(L-1) (theta = 1 is then one',
    "time unit = 500 samples); the LegT start-up spike is ~(D dt u_0)^2 with D = N^2, so only this dt can give the poster's",
    "~0.2. dt = 1/L (the convention of the authors' White Signal code) is also computed and plotted: there the window",
    'spans the whole context. The measured levels (LegT spike, the FouT event peaks) are in the titles of the error',
    'figures, beside the poster values. "After the start-up" means t >= 2 windows; an event\'s neighbourhood is +-1',
    'time unit. Claims: bounds.ts; docs/reproduction.md, figure 1.',
  ].join(' '),
  scales: fig1Scales,
  run: runFig1,
  claims: fig1Claims,
  figures: fig1Figures,
});
