/**
 * Parameters and scales of figure 1 (the figure is cheap: both scales are the paper's size).
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of {@link computeFig1}. */
export interface Fig1Params {
  /** number of samples of the signal on [0, 20] (paper: 10^4) */
  L: number;
  /** state size (paper: 17) */
  N: number;
  /** window length of the translated measures (authors: 1) */
  theta: number;
  /** largest number of points of each plotted trace */
  maxPoints: number;
}

/** quick and paper parameters (L = 10^4, N = 17: both the paper's size). */
export const fig1Scales: Record<Scale, Fig1Params> = {
  quick: { L: 10000, N: 17, theta: 1, maxPoints: 500 },
  paper: { L: 10000, N: 17, theta: 1, maxPoints: 500 },
};
