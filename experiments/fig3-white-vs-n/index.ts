/**
 * Paper figure 3: one-step error vs N on White Signal(gamma), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from '../types.ts';
import { ERROR_VS_N_SCALES } from '../error-vs-n/defaultScales.ts';
import { makeErrorVsNExperiment } from '../error-vs-n/makeErrorVsNExperiment.ts';
import type { ErrorVsNResult } from '../error-vs-n/types.ts';

export const experiment: Experiment<ErrorVsNResult> = makeErrorVsNExperiment({
  id: 'fig3-white-vs-n',
  title: 'White Signal',
  reproduces: 'figure 3 (error vs N, White Signal gamma = 1, 2, 5)',
  notes: 'TODO',
  system: 'white-signal',
  paramName: 'gamma',
  values: [1, 2, 5],
  expectations: [
    { paperPlateau: 5e-7, paperFoutPeak: 3e-3, plateauReproduced: true, copyLastUpToN: 9, ordering: { from: 37, winner: 'legt' }, dropAt: { N: 65, maxRatio: 0.01 } },
    { paperPlateau: 1.8e-6, paperFoutPeak: 6e-3, plateauReproduced: true, copyLastUpToN: 17, ordering: { from: 73, winner: 'legt' } },
    { paperPlateau: 1e-5, paperFoutPeak: 1.5e-2, plateauReproduced: true, copyLastUpToN: 17, ordering: { from: 5, winner: 'fout' } },
  ],
  scales: ERROR_VS_N_SCALES,
});
