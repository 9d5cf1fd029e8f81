/**
 * What figure 3 sweeps: White Signal at gamma = 1, 2, 5, with the poster's values for the figures.
 *
 * @see arXiv:2407.09375
 */
import type { ErrorVsNSetup } from '../common/errorVsN/index.ts';
import { GAMMAS, PAPER_FOUT_PEAK, PAPER_PLATEAU } from './bounds.ts';

/** The sweep of figure 3 (exported for tests and notebooks). */
export const fig3Setup: ErrorVsNSetup = {
  label: 'White Signal',
  system: 'white-signal',
  paramName: 'gamma',
  values: [...GAMMAS],
  paper: GAMMAS.map((g) => ({ plateau: PAPER_PLATEAU[g], foutPeak: PAPER_FOUT_PEAK[g] })),
};
