import { prophecy } from '../construction/index.ts';
import type { DiscretePredictor } from '../construction/index.ts';
import { hippo } from '../hippo/index.ts';
import { requireInteger } from '../util/validate.ts';
import { bankOf } from './bankOf.ts';
import type { ChannelOptions, PredictorBank } from './types.ts';

/**
 * A bank of H per-channel HiPPO-Prophecy predictors for a vector-valued signal: channel h gets
 *
 *   prophecy(hippo(measure_h, N_h, { theta: theta_h }), { dt: dt_h, discretization_h, ... }),
 *
 * the same construction for every channel when `options` is one object (then all channels run as one batch), or
 * per-channel constructions when it is an array of H objects (channels with equal options share one predictor and
 * one batch).
 *
 * @param H - number of channels, integer >= 1
 * @param options - one ChannelOptions for all channels, or an array of H (measure @default 'legt', N, theta
 *   @default the measure's, dt, discretization @default 'bilinear', output @default 'trapezoid', authorsFirstStep
 *   @default false)
 * @returns a frozen PredictorBank
 * @throws RangeError for H < 1, an options array of the wrong length, or anything hippo/prophecy refuse (N < 1,
 *   dt <= 0, D dt/2 >= 1, unknown measure), the message naming the channel; TypeError for non-object options
 * @example
 * const bank = predictorBank(3, { N: 9, theta: 0.03, dt: 1e-4 }); // Lorenz x, y, z with one shared construction
 * @see arXiv:2407.09375
 */
export function predictorBank(H: number, options: ChannelOptions | readonly ChannelOptions[]): PredictorBank {
  const where = 'predictorBank';
  requireInteger(where, 'H', H, 1);
  if (Array.isArray(options)) {
    if (options.length !== H) {
      throw new RangeError(
        `${where}: options must be one object or an array of H = ${H}, got ${options.length}`,
      );
    }
    const cache = new Map<string, DiscretePredictor>();
    const predictors = options.map((o: ChannelOptions, h) => {
      const key = keyOf(where, o, h);
      let p = cache.get(key);
      if (!p) {
        p = build(o, h);
        cache.set(key, p);
      }
      return p;
    });
    return bankOf(predictors);
  }
  keyOf(where, options as ChannelOptions, 0);
  const p = build(options as ChannelOptions, -1);
  return bankOf(new Array<DiscretePredictor>(H).fill(p));
}

/** A key identifying equal channel options (same key, same predictor). */
function keyOf(where: string, o: ChannelOptions, h: number): string {
  if (typeof o !== 'object' || o === null) {
    throw new TypeError(`${where}: options[${h}] must be an object { N, dt, ... }, got ${String(o)}`);
  }
  const { measure = 'legt', N, theta, dt, discretization = 'bilinear', output = 'trapezoid' } = o;
  return JSON.stringify([measure, N, theta ?? null, dt, discretization, output, o.authorsFirstStep ?? false]);
}

function build(o: ChannelOptions, h: number): DiscretePredictor {
  const { measure = 'legt', N, theta, ...rest } = o;
  try {
    return prophecy(hippo(measure, N, theta === undefined ? {} : { theta }), rest);
  } catch (error) {
    if (h < 0 || !(error instanceof Error)) throw error;
    const E = error instanceof TypeError ? TypeError : RangeError;
    throw new E(`predictorBank: channel ${h}: ${error.message}`);
  }
}
