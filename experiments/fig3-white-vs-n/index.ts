/**
 * Paper figure 3: one-step error vs N on White Signal(gamma), LegT and FouT, with the copy-last baseline.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from '../types.ts';
import { ERROR_VS_N_SCALES } from '../error-vs-n/defaultScales.ts';
import { makeErrorVsNExperiment } from '../error-vs-n/makeErrorVsNExperiment.ts';
import type { ErrorVsNConfig, ErrorVsNResult } from '../error-vs-n/types.ts';

const NOTES = [
  'Signal: White Signal (src/systems white-signal): one period of 10 s at dt = 1e-3 (L = 10^4), flat spectrum up to',
  'gamma Hz, rms 0.5, min-max scaled to [0, 1]; function i of a value is stream i of the run seed (the same streams',
  'for every gamma, so the signals of different gammas share their low-frequency coefficients).',
  'Predictor: prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear + trapezoid, teacher forcing, as in',
  "the authors' code: the window spans the whole context. FouT uses the 2 pi m frequencies (N odd); N = 1..97 step 4.",
  'Metric: MSE of out[k] against u[k + 1]. The paper does not state its averaging window. Figure "second-half"',
  'averages the prediction indices k in [floor((L-1)/2), L-1), which reproduces the poster plateaus (paper-notes',
  'section 7); figure "whole" averages all k and reverses the N trend (start-up transients grow with D = N^2).',
  'Every panel shows the copy-last-value predictor (out[k] = u[k]). Computed by src/sweep: one FFT per pair of',
  'functions, one kernel spectrum per (measure, N), exactly equal (to 1e-14) to predictNext + oneStepError.',
  'What reproduces: the LegT plateaus 5e-7 / 1.8e-6 / 1e-5 (poster, read off log plots, +-10%) within a factor',
  '1.1-1.3 at N = 17; they coincide with the copy-last error: at theta = 1 a small N cannot resolve the 10-50',
  'cycles in the window and the prediction degenerates to u_k. LegT leaves that floor once N resolves the cycles',
  '(gamma 1: ~1.5e-9 from N ~ 41; gamma 2: ~3e-9 from N ~ 73; gamma 5: never up to N = 97, it rises instead).',
  'What does not reproduce: FouT. The poster shows FouT rising to a peak near N ~ 21 (3e-3, 6e-3, 1.5e-2), far above',
  'LegT. Our FouT (trapezoid; also the forward-Euler and 4 pi m code variants, checked on a few functions) never rises',
  'above the copy-last floor; it is below LegT at small N and, for gamma 5, at every N. We do not know what the',
  "authors' FouT curve measured; the claims state the measured contrary facts instead of the paper's numbers.",
  'Our generator is a re-implementation (own random streams, exact rms), so the paper numbers are compared within',
  'stated bands, not exactly.',
].join(' ');

/** The figure's configuration (exported for tests and notebooks). */
export const config: ErrorVsNConfig = {
  id: 'fig3-white-vs-n',
  title: 'White Signal',
  reproduces: 'figure 3 (one-step error vs N, White Signal gamma = 1, 2, 5, LegT and FouT)',
  notes: NOTES,
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
  scales: ERROR_VS_N_SCALES,
};

export const experiment: Experiment<ErrorVsNResult> = makeErrorVsNExperiment(config);
