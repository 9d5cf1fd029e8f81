/**
 * What figure 4 sweeps (Filtered Noise, alpha = 0.05, 0.1, 0.3) and what each alpha expects: the paper's poster
 * values and the bounds its claims check.
 *
 * @see arXiv:2407.09375
 */
import type { ErrorVsNSetup } from '../common/errorVsN/index.ts';

/** The sweep and the expectations of figure 4 (exported for tests and notebooks). */
export const fig4Setup: ErrorVsNSetup = {
  label: 'Filtered Noise',
  system: 'filtered-noise',
  paramName: 'alpha',
  values: [0.05, 0.1, 0.3],
  expectations: [
    {
      paperPlateau: 5e-3,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 17,
      ordering: { from: 13, winner: 'fout' },
    },
    {
      paperPlateau: 1.3e-3,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 17,
      ordering: { from: 13, winner: 'fout' },
    },
    {
      paperPlateau: 1.5e-4,
      paperFoutPeak: null,
      plateauReproduced: false,
      plateauOffsetBand: [150, 750],
      copyLastUpToN: 5,
      ordering: null,
    },
  ],
};
