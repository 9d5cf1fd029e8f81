/**
 * What figure 3 sweeps (White Signal, gamma = 1, 2, 5) and what each gamma expects: the paper's poster values and
 * the bounds its claims check.
 *
 * @see arXiv:2407.09375
 */
import type { ErrorVsNSetup } from '../common/errorVsN/index.ts';

/** The sweep and the expectations of figure 3 (exported for tests and notebooks). */
export const fig3Setup: ErrorVsNSetup = {
  label: 'White Signal',
  system: 'white-signal',
  paramName: 'gamma',
  values: [1, 2, 5],
  expectations: [
    {
      paperPlateau: 5e-7,
      paperFoutPeak: 3e-3,
      plateauReproduced: true,
      copyLastUpToN: 9,
      ordering: { from: 33, winner: 'legt' },
      dropAt: { N: 65, maxRatio: 0.01 },
      notesCopyLast: 7.6e-7,
      notesWholeAtMaxN: 4.5e-5,
    },
    {
      paperPlateau: 1.8e-6,
      paperFoutPeak: 6e-3,
      plateauReproduced: true,
      copyLastUpToN: 17,
      ordering: { from: 65, winner: 'legt' },
      notesCopyLast: 2.05e-6,
    },
    {
      paperPlateau: 1e-5,
      paperFoutPeak: 1.5e-2,
      plateauReproduced: true,
      copyLastUpToN: 17,
      ordering: { from: 13, winner: 'fout' },
      notesCopyLast: 1.2e-5,
    },
  ],
};
