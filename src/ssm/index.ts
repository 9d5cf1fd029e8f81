/** Running discrete predictors: batched recurrence, convolution kernel, FFT convolution, rollout, structured LegT. */
export type { StridedBatch, PredictMode, StructuredChoice } from './types.ts';
export { PREDICT_MODES } from './types.ts';
export type { ScanOptions } from './scan.ts';
export { scan } from './scan.ts';
export type { KernelOptions } from './kernel.ts';
export { kernel } from './kernel.ts';
export { fftPredict, fftSizeFor, isKernelCached } from './fftPredict.ts';
export type { ConvolutionPlan } from './partitionedConvolution.ts';
export { convolutionPlan, CONVOLUTION_COST } from './partitionedConvolution.ts';
export type { RolloutOptions } from './rollout.ts';
export { rollout, teacherStepsFor } from './rollout.ts';
export type { PredictOptions } from './predictNext.ts';
export { predictNext, predictNextBatch, chooseMode, AUTO_COST } from './predictNext.ts';
export type { LegtBilinearFactor } from './legtStructuredStep.ts';
export { legtBilinearFactor, legtStructuredSolve, legtStructuredStep } from './legtStructuredStep.ts';
export type { BatchStepper, StepOutput } from './stepper.ts';
export { makeStepper, structuredFactorFor, STRUCTURED_MIN_N } from './stepper.ts';
export { requirePredictor } from './requirePredictor.ts';
