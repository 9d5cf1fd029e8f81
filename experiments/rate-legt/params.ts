/**
 * Parameters and scales of the LegT rate experiment.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export interface RateLegtParams {
  Ns: number[];
  /** the exponents a of the algebraic signals |s - 1/2|^a */
  exponents: number[];
  /** Gauss-Legendre nodes per quadrature panel */
  nq: number;
  /** algebraic slopes are fitted for fitFrom <= N <= fitTo on errors >= fitFloor */
  fitFrom: number;
  /** beyond ~100 the rounding floor (~2e-13 N^2, amplified by D = N^2) bends the smoothest signals */
  fitTo: number;
  fitFloor: number;
}

/** quick and paper parameters (paper: more N and the exponent 2.5). */
export const rateLegtScales: Record<Scale, RateLegtParams> = {
  quick: {
    Ns: [4, 8, 12, 16, 20, 24, 32, 48, 64, 96, 128],
    exponents: [1, 3, 5],
    nq: 200,
    fitFrom: 24,
    fitTo: 96,
    fitFloor: 1e-10,
  },
  paper: {
    Ns: [4, 8, 12, 16, 20, 24, 28, 32, 40, 48, 56, 64, 72, 80, 88, 96, 112, 128],
    exponents: [1, 2.5, 3, 5],
    nq: 300,
    fitFrom: 24,
    fitTo: 96,
    fitFloor: 1e-10,
  },
};
