/**
 * Multichannel prediction of vector-valued signals: a bank of per-channel SSM predictors run batched, with
 * teacher-forced one-step prediction, whole-state autoregressive rollout and forecasts.
 *
 * @see arXiv:2407.09375
 */
export type { ChannelOptions, PredictorBank } from './types.ts';
export { bankOf } from './bankOf.ts';
export { predictorBank } from './predictorBank.ts';

export type { PredictChannelsOptions } from './predictChannels.ts';
export { predictChannels } from './predictChannels.ts';
export type { RolloutChannelsOptions } from './rolloutChannels.ts';
export { rolloutChannels } from './rolloutChannels.ts';
export { forecastChannels } from './forecastChannels.ts';
