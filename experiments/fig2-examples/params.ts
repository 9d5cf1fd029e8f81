/**
 * Parameters and scales of figure 2 (two signals of 10^4 samples: both scales are the paper's size).
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of {@link computeFig2}. */
export interface Fig2Params {
  /** samples per signal (paper: 10^4 at 1e-3 s) */
  L: number;
  /** LegT state size */
  N: number;
  theta: number;
  /** White Signal cutoff (Hz) */
  gamma: number;
  /** Filtered Noise synapse time constant (s) */
  alpha: number;
  maxPoints: number;
}

/** quick and paper parameters (both the paper's size). */
export const fig2Scales: Record<Scale, Fig2Params> = {
  quick: { L: 10000, N: 17, theta: 1, gamma: 2, alpha: 0.05, maxPoints: 500 },
  paper: { L: 10000, N: 17, theta: 1, gamma: 2, alpha: 0.05, maxPoints: 500 },
};
