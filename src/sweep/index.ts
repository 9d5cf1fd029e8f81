/**
 * One-step error sweeps: many functions x many (measure, N) predictors through the FFT convolution path, each
 * function's spectrum and each predictor's kernel spectrum computed once.
 *
 * @see arXiv:2407.09375
 */
export type { SweepKernels, SweepOptions, SweepResult } from './types.ts';
export { sweepKernels } from './sweepKernels.ts';
export { sweepOneStep } from './sweepOneStep.ts';
export type { PredictorSpec } from './predictorSpec.ts';
export { predictorFromSpec } from './predictorSpec.ts';
