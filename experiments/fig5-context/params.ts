/**
 * Parameters and scales of figure 5: White Signal gamma = 1, L = 10^4, the first K = 2000 positions, LegT
 * N = 16..76; quick averages 32 functions, paper 1000.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of figure 5. */
export interface Fig5Params {
  /** number of White Signals averaged */
  functions: number;
  /** functions per worker task */
  chunk: number;
  /** White Signal cutoff (Hz) */
  gamma: number;
  /** full signal length (min-max scaling uses the whole signal) */
  L: number;
  /** positions kept (the signal is generated in full, then truncated: the predictor is causal) */
  K: number;
  /** LegT state sizes */
  Ns: number[];
  theta: number;
  /** the predictor's time step */
  dt: number;
  /** "reached the floor" = stays within this factor of the floor until position K - 2 */
  factor: number;
}

const BASE = { gamma: 1, L: 10000, K: 2000, Ns: [16, 31, 46, 61, 76], theta: 1, dt: 1e-4, factor: 10 };

/** quick and paper parameters. */
export const fig5Scales: Record<Scale, Fig5Params> = {
  quick: { ...BASE, functions: 32, chunk: 16 },
  paper: { ...BASE, functions: 1000, chunk: 50 },
};
