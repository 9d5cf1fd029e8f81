/**
 * The paper's four test sets of the training experiments (fig6-trained, icl-families) and the tfjs backend choice:
 * plain data, importable without TensorFlow.js (the training code itself is loaded when an experiment runs).
 */

/** Test-set names, in figure order, with the generator and its parameters. */
export const TEST_SETS = {
  Linear: { system: 'linear-function', params: {} },
  'Van der Pol': { system: 'vdp-paper', params: {} },
  Mixed: { system: 'mixed', params: {} },
  'Filtered Noise': { system: 'filtered-noise', params: { alpha: 0.1 } },
} as const;
export type TestSetName = keyof typeof TEST_SETS;
export const TEST_SET_NAMES = Object.keys(TEST_SETS) as TestSetName[];

/** The tfjs backend the experiments use: env HIPPO_PROPHECY_BACKEND (the CLI's --backend), else the scale's. */
export function backendChoice(fromScale: unknown): 'auto' | 'tensorflow' | 'wasm' | 'cpu' {
  const v = process.env.HIPPO_PROPHECY_BACKEND ?? fromScale ?? 'auto';
  return v as 'auto';
}
