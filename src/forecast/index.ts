/**
 * In-context forecasting of multichannel trajectories: polynomial features of HiPPO-LegT memories (or NG-RC time
 * delays), a ridge readout of the next increment fitted and tuned on the context only, and a free-running forecast.
 */
export type { FeatureMemory, Regularization, RidgeReadout, InContextForecast } from './types.ts';
export type { LegtMemoryOptions } from './legtMemory.ts';
export { legtMemory } from './legtMemory.ts';
export type { DelayMemoryOptions } from './delayMemory.ts';
export { delayMemory } from './delayMemory.ts';
export type { PolynomialFeatureMap, PolynomialFeatureOptions } from './polynomialFeatures.ts';
export { polynomialFeatures } from './polynomialFeatures.ts';
export type { DesignMatrix, DesignMatrixOptions } from './designMatrix.ts';

export type { RidgeSystem } from './ridgeSystem.ts';
export type { RidgeSystemOptions } from './ridgeSystem.ts';
export { ridgeCoefficients, ridgeReadout } from './ridgeSystem.ts';

export type { FreeRun } from './freeRun.ts';

export type { HoldoutOptions, HoldoutChoice } from './holdout.ts';

export type { RidgeForecastOptions } from './ridgeForecast.ts';
export { ridgeForecast } from './ridgeForecast.ts';
export type { InContextForecasterOptions } from './inContextForecaster.ts';
export { inContextForecaster } from './inContextForecaster.ts';
export type { NgrcForecasterOptions } from './ngrcForecaster.ts';
export { ngrcForecaster } from './ngrcForecaster.ts';
export type { ForecastScore, ForecastScoreOptions } from './scoreForecast.ts';
export { scoreForecast, channelScales } from './scoreForecast.ts';
export type { ForecastMethod, ForecastMethodOptions, MethodForecast } from './forecastMethods.ts';
export { forecastWith, FORECAST_METHODS } from './forecastMethods.ts';
