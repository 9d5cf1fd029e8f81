import { predictNextBatch } from '../ssm/index.ts';
import type { PredictOptions } from '../ssm/index.ts';
import { requireChannels } from './requireChannels.ts';
import type { PredictorBank } from './types.ts';

/** Options of {@link predictChannels}: the evaluation mode and structured step of predictNext. */
export type PredictChannelsOptions = Pick<PredictOptions, 'mode' | 'structured'>;

/**
 * Teacher-forced one-step prediction of every channel of a vector-valued signal: out[h][k] = uhat^h_{k+1}
 * predicts channels[h][k + 1] from channels[h][0..k] with channel h's own predictor,
 *
 *   x^h_{k+1} = Abar^h x^h_k + Bbar^h u^h_k,   out[h][k] = Cbar^h x^h_{k+1} + Dbar^h u^h_k.
 *
 * Each group of channels sharing a predictor runs as one predictNextBatch call (batched scan or FFT convolution),
 * so the result equals H independent predictNext calls.
 *
 * @param bank - PredictorBank with H channels
 * @param channels - H sequences of equal length L (e.g. Generated.values)
 * @param options - mode ('auto' | 'scan' | 'fft', @default 'auto') and structured (@default 'auto'), as predictNext
 * @returns out, H arrays of shape [L]
 * @throws TypeError for a wrong number of channels or unequal lengths; RangeError for non-finite entries or an
 *   unknown mode
 * @example
 * const g = generate('lorenz', { length: 2000, seed: 1, scale: 'minmax' });
 * const out = predictChannels(predictorBank(3, { N: 5, theta: 0.015, dt: 5e-4 }), g.values);
 * @see arXiv:2407.09375
 */
export function predictChannels(
  bank: PredictorBank,
  channels: readonly ArrayLike<number>[],
  options: PredictChannelsOptions = {},
): Float64Array[] {
  const { views } = requireChannels('predictChannels', bank, channels);
  const out: Float64Array[] = new Array(bank.H);
  for (const group of bank.groups) {
    const res = predictNextBatch(
      bank.predictors[group[0]],
      group.map((h) => views[h]),
      { mode: options.mode ?? 'auto', structured: options.structured ?? 'auto' },
    );
    group.forEach((h, i) => {
      out[h] = res[i];
    });
  }
  return out;
}
