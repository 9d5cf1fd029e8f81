/**
 * The paper's four test sets of the training experiments (fig6-trained, icl-families), the trainer choice of the LegT
 * predictor and the tfjs backend choice: plain data, importable without TensorFlow.js (the TensorFlow.js training code
 * is loaded when a run needs it).
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { BackendChoice } from '../../../src/train/backend.ts';

/** Test-set names, in figure order, with the generator and its parameters. */
export const TEST_SETS = {
  Linear: { system: 'linear-function', params: {} },
  'Van der Pol': { system: 'vdp-paper', params: {} },
  Mixed: { system: 'mixed', params: {} },
  'Filtered Noise': { system: 'filtered-noise', params: { alpha: 0.1 } },
} as const;
export type TestSetName = keyof typeof TEST_SETS;
export const TEST_SET_NAMES = Object.keys(TEST_SETS) as TestSetName[];

/** The tfjs backends a run can ask for (src/train/backend.ts, which loads tfjs, so only its type is imported). */
const BACKENDS: readonly string[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

function isBackendChoice(v: string): v is BackendChoice {
  return BACKENDS.includes(v);
}

/**
 * The tfjs backend the experiments use: env HIPPO_PROPHECY_BACKEND (the CLI's --backend), else the scale's.
 *
 * @param fromScale - the scale's backend parameter
 * @returns the choice
 * @throws RangeError for a name that is not a backend (the environment variable or the scale's)
 * @example backendChoice('auto') // 'auto' unless HIPPO_PROPHECY_BACKEND is set
 */
export function backendChoice(fromScale: string): BackendChoice {
  const v = process.env.HIPPO_PROPHECY_BACKEND ?? fromScale;
  if (!isBackendChoice(v)) {
    throw new RangeError(
      `backendChoice: the tfjs backend must be one of ${BACKENDS.join(', ')}, got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

/** Which trainer fits the LegT predictor: the analytic one (src/fit, no TensorFlow.js) or tfjs autodiff (src/train). */
export type TrainerChoice = 'analytic' | 'tfjs';

/**
 * The trainer of the LegT predictor the experiments use: env HIPPO_PROPHECY_TRAINER, else the scale's.
 *
 * @param fromScale - the scale's trainer parameter
 * @returns the choice
 * @throws RangeError for a name that is not a trainer (the environment variable or the scale's)
 * @example trainerChoice('analytic') // 'analytic' unless HIPPO_PROPHECY_TRAINER is set
 */
export function trainerChoice(fromScale: string): TrainerChoice {
  const v = process.env.HIPPO_PROPHECY_TRAINER ?? fromScale;
  if (v !== 'analytic' && v !== 'tfjs') {
    throw new RangeError(`trainerChoice: the trainer must be analytic or tfjs, got ${JSON.stringify(v)}`);
  }
  return v;
}
