/**
 * Beyond the paper: the window theta as the lever. One-step error over (theta, N) on the paper's signals, and a
 * window bank (src/window-bank) that picks the window in context.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { windowClaims } from './claims.ts';
import { windowFigures } from './figures.ts';
import { windowScales } from './params.ts';
import { runWindow } from './run.ts';

const NOTES = [
  "Signals: the paper's White Signal (gamma 1, 2, 5; period 10 s, L = 10^4, minmax-scaled) and Filtered Noise",
  '(alpha 0.05, 0.1, 0.3), L = 10^4, dt = 1/L as in the paper (theta = 1 is the whole context); function i of a',
  'class is stream i of the run seed. Metric: MSE of out[k] against u[k+1] over the second half, mean over the',
  "class's functions. Grid: 13 windows theta geometric from 1e-3 (10 steps) to 1, N in {1, 2, 3, 4, 6, 9, 13, 17,",
  "25, 33}, the cells with N^2 dt/(2 theta) < 1 (the trapezoid condition); members with the paper's trapezoid",
  'output and with the matched-3 output of src/higher-order. The bank runs exactly these cells side by side (one',
  'FFT kernel per member) and combines them causally: S_i[k] = 0.95 S_i[k-1] + (P_i[k-1] - u[k])^2, softmin weights',
  '(S_min/S_i)^4 (src/window-bank combineOnline); no training, only the context. "Best fixed in hindsight" is the',
  'grid cell with the smallest class-mean error, chosen after seeing all the errors; the bank may beat it because it',
  'adapts per function and per time.',
].join(' ');

/** The window theta: error map and an in-context window bank (beyond the paper). */
export const experiment = defineExperiment({
  id: 'window',
  title: 'The window theta: error map over (theta, N) and an in-context window bank',
  reproduces: 'beyond the paper (the window is the lever; the paper fixes theta = 1)',
  notes: NOTES,
  scales: windowScales,
  run: runWindow,
  claims: windowClaims,
  figures: windowFigures,
});
