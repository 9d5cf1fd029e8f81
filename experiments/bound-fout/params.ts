/**
 * Parameters and scales of the FouT bound experiment.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import type { Scale } from '../types.ts';

/** Parameters of the bound experiment. */
export interface BoundFoutParams {
  /** odd state sizes */
  Ns: number[];
  /** harmonics kept in every signal (tail truncation error ~ M^-k) */
  M: number;
  /** smoothness orders of the series signals */
  ks: number[];
  /** N from which the slope is fitted */
  fitFrom: number;
  /** errors below this are rounding-dominated and left out of the fit */
  fitFloor: number;
  /** non-periodic sinusoid frequencies (cycles per window) */
  nonPeriodic: number[];
}

/** quick and paper parameters (paper: N up to 513 and 16384 harmonics). */
export const boundFoutScales: Record<Scale, BoundFoutParams> = {
  quick: {
    Ns: [5, 9, 17, 33, 65, 129],
    M: 2048,
    ks: [3, 4, 5],
    fitFrom: 17,
    fitFloor: 1e-10,
    nonPeriodic: [0.5, 1.25],
  },
  paper: {
    Ns: [5, 9, 17, 33, 65, 129, 257, 513],
    M: 16384,
    ks: [3, 4, 5],
    fitFrom: 17,
    fitFloor: 1e-10,
    nonPeriodic: [0.5, 1.25],
  },
};
