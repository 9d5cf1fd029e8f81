/**
 * Figure 5 of HiPPO-Prophecy: LegT error vs context position for N in {16, 31, 46, 61, 76}; larger N needs a
 * longer context to reach the common floor.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig5Claims } from './claims.ts';
import { fig5Figures } from './figures.ts';
import { fig5Scales } from './params.ts';
import { runFig5 } from './run.ts';

/** Figure 5 of arXiv:2407.09375. */
export const experiment = defineExperiment({
  id: 'fig5-context',
  title: 'Figure 5: LegT error vs context position for N = 16..76',
  reproduces:
    'arXiv:2407.09375 figure 5 (poster): error falls from ~1 to a common floor ~5e-7; t ~ 50, 85, 130, 190, 270',
  notes: [
    'Signals: White Signal gamma = 1 Hz (10^4 samples at 1e-3 s, rms 0.5, min-max scaled over the whole signal), then',
    'truncated to the first K = 2000 positions (the predictor is causal, so this changes nothing for those positions).',
    'Predictor: LegT, theta = 1, dt = 1/L = 1e-4 (the window spans the whole context), bilinear + trapezoid, x_0 = 0.',
    'Error: squared error of out[k] vs u[k+1] per position k, mean over the functions (quick 32, paper 1000).',
    "Common floor: copy-last's mean error over all positions and functions (the figure title gives it).",
    'Stored curves: every position below 300, then every 5th. Reach position: first k after which the mean error stays',
    '<= 10x the floor up to position K - 2 (metrics/firstReach); 10x because the mean curves ring (transients of the',
    'zero initial state) and only cross 2x the floor late. Position 0 is the first prediction, out[0] of u_1: its error is',
    'the start-up error ~(D dt u_0)^2 with D = N^2, so it depends on dt. Claims (bounds.ts): the poster reach positions,',
    'floor and start / floor ratio (paper rows; the positions and the ratio are registered deviations, with what was',
    'tried), the order of the reach positions and their growth rate; docs/reproduction.md, figure 5. The figure title',
    'gives ours / paper per N.',
  ].join(' '),
  scales: fig5Scales,
  run: runFig5,
  claims: fig5Claims,
  figures: fig5Figures,
});
