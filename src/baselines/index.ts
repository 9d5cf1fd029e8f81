/**
 * Classical causal one-step predictors to compare the SSM construction with: out[k] forecasts u[k + 1] from
 * u[0..k] only, like predictNext.
 *
 * @see arXiv:2407.09375
 */
export { copyLast } from './copyLast.ts';
export type { CopyLastOptions } from './copyLast.ts';
export {
  finiteDifference,
  finiteDifferenceCoefficients,
  MAX_FINITE_DIFFERENCE_ORDER,
} from './finiteDifference.ts';
export type { FiniteDifferenceOptions } from './finiteDifference.ts';
export { savitzkyGolay, savitzkyGolayWeights } from './savitzkyGolay.ts';
export type { SavitzkyGolayOptions, SavitzkyGolayWeightOptions } from './savitzkyGolay.ts';
export { polynomialExtrapolation } from './polynomialExtrapolation.ts';
export type { PolynomialExtrapolationOptions } from './polynomialExtrapolation.ts';
export { arLeastSquares } from './arLeastSquares.ts';
export type { ArLeastSquaresOptions } from './arLeastSquares.ts';
export { baselines, baselineNames, getBaseline } from './registry.ts';
export type { Baseline, BaselineName } from './registry.ts';
