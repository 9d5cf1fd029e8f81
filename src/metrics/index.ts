/**
 * Error metrics of one-step prediction and rollouts: pointwise, windowed and averaged errors, valid prediction
 * time, log-log rate fits.
 *
 * @see arXiv:2407.09375
 */

export type { AveragingWindow, IndexRange, RangeOptions } from './resolveWindow.ts';
export { resolveWindow } from './resolveWindow.ts';
export { mse } from './mse.ts';
export { l1 } from './l1.ts';
export { rmse } from './rmse.ts';
export { nrmse } from './nrmse.ts';
export type { NrmseNormalization, NrmseOptions } from './nrmse.ts';
export { perPositionError } from './perPositionError.ts';
export type { OneStepMetric, PerPositionErrorOptions } from './perPositionError.ts';
export { oneStepError } from './oneStepError.ts';
export type { OneStepErrorOptions } from './oneStepError.ts';
export { meanStd, perPositionMeanStd } from './meanStd.ts';
export type { MeanStd, PerPositionMeanStd, MeanStdOptions } from './meanStd.ts';
export { validPredictionTime } from './validPredictionTime.ts';
export type {
  ValidPredictionTime,
  ValidPredictionTimeOptions,
  VptNormalization,
} from './validPredictionTime.ts';
export { loglogSlope } from './loglogSlope.ts';
export type { LoglogFit } from './loglogSlope.ts';
export { firstReach } from './firstReach.ts';
