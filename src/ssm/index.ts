/**
 * Running discrete predictors: batched recurrence, convolution kernel, FFT convolution, rollout, structured LegT.
 * Internals (the FFT stack in fft/ and wasm/, the reference twins in reference/, the steppers, cost models and
 * caches) are not re-exported.
 */
export type { StridedBatch, PredictMode, StructuredChoice } from './types.ts';
export { PREDICT_MODES } from './types.ts';
export type { ScanOptions } from './scan.ts';
export { scan } from './scan.ts';
export type { KernelOptions } from './kernel.ts';
export { kernel } from './kernel.ts';
export { fftPredict, fftSizeFor } from './fftPredict.ts';
export type { RolloutOptions } from './rollout.ts';
export { rollout, teacherStepsFor } from './rollout.ts';
export type { PredictOptions } from './predictNext.ts';
export { predictCost, predictNext, predictNextBatch } from './predictNext.ts';
export type { PredictCost } from './predictCost.ts';
export type { LegtBilinearFactor } from './legtStructuredStep.ts';
export { legtBilinearFactor } from './legtStructuredStep.ts';

export type { PredictorLike, BarSystem, DiscreteSsObject } from './asPredictor.ts';
