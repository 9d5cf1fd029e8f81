import { requireFiniteArray } from '../util/validate.ts';
import type { PredictorBank } from './types.ts';

/**
 * Checks the channels of a vector-valued signal against a bank: an array of H arrays of one length L with finite
 * entries. Returns them as Float64Array views (copied only when not Float64Array).
 *
 * @param where - calling function, for the message
 * @param bank - the PredictorBank (H channels)
 * @param channels - H sequences, each of shape [L]
 * @returns the channels as Float64Arrays and L
 * @throws TypeError when channels is not an array of H sequences of equal length; RangeError naming
 *   `channels[h][k]` for a non-finite entry
 * @example
 *   const bank = predictorBank(2, { N: 4, theta: 1, dt: 0.01 });
 *   const { views, L } = requireChannels('predictChannels', bank, [[1, 2, 3], Float64Array.of(4, 5, 6)]);
 *   L === 3 && views[0] instanceof Float64Array;
 *   let refused = false;
 *   try {
 *     requireChannels('predictChannels', bank, [[1, 2, 3], [4, 5]]); // unequal lengths
 *   } catch (e) {
 *     refused = e instanceof TypeError;
 *   }
 *   refused;
 * @see arXiv:2407.09375
 * @internal
 */
export function requireChannels(
  where: string,
  bank: PredictorBank,
  channels: readonly ArrayLike<number>[],
): { views: Float64Array[]; L: number } {
  if (!Array.isArray(channels)) {
    throw new TypeError(
      `${where}: channels must be an array of H = ${bank.H} sequences, got ${typeof channels}`,
    );
  }
  if (channels.length !== bank.H) {
    throw new TypeError(
      `${where}: channels must hold H = ${bank.H} sequences (one per channel), got ${channels.length}`,
    );
  }
  const views = channels.map((c, h) => requireFiniteArray(where, `channels[${h}]`, c));
  const L = views[0].length;
  views.forEach((v, h) => {
    if (v.length !== L) {
      throw new TypeError(
        `${where}: every channel must have the same length L = ${L} (one state per time); channels[${h}] has ${v.length}`,
      );
    }
  });
  return { views, L };
}
