/**
 * Paper figure 4: one-step error vs N on Filtered Noise(alpha), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from '../types.ts';
import { ERROR_VS_N_SCALES } from '../error-vs-n/defaultScales.ts';
import { makeErrorVsNExperiment } from '../error-vs-n/makeErrorVsNExperiment.ts';
import type { ErrorVsNResult } from '../error-vs-n/types.ts';

export const experiment: Experiment<ErrorVsNResult> = makeErrorVsNExperiment({
  id: 'fig4-filtered-vs-n',
  title: 'Filtered Noise',
  reproduces: 'figure 4 (error vs N, Filtered Noise alpha = 0.05, 0.1, 0.3)',
  notes: 'TODO',
  system: 'filtered-noise',
  paramName: 'alpha',
  values: [0.05, 0.1, 0.3],
  expectations: [
    { paperPlateau: 5e-3, paperFoutPeak: 1e-2, plateauReproduced: false, plateauOffsetBand: [100, 1000], copyLastUpToN: 5, ordering: { from: 5, winner: 'fout' } },
    { paperPlateau: 1.3e-3, paperFoutPeak: 1e-2, plateauReproduced: false, plateauOffsetBand: [100, 1000], copyLastUpToN: 5, ordering: { from: 5, winner: 'fout' } },
    { paperPlateau: 1.5e-4, paperFoutPeak: 1e-2, plateauReproduced: false, plateauOffsetBand: [100, 1000], copyLastUpToN: 5, ordering: null },
  ],
  scales: ERROR_VS_N_SCALES,
});
