/**
 * Shapes of the multichannel predictor: a bank of per-channel discrete predictors for vector-valued signals.
 */
import type { DiscretePredictor, ProphecyOptions } from '../construction/index.ts';
import type { MeasureName } from '../hippo/index.ts';

/**
 * How one channel's predictor is built: `prophecy(hippo(measure, N, { theta }), { dt, discretization, output,
 * authorsFirstStep })`.
 */
export interface ChannelOptions extends ProphecyOptions {
  /** HiPPO measure; @default 'legt' */
  measure?: MeasureName;
  /** state size N (integer >= 1) */
  N: number;
  /** window length theta of translated measures; @default the measure's default (1 for LegT) */
  theta?: number;
}

/**
 * A bank of H per-channel predictors: channel h runs `predictors[h]` on its own input only (the channels are not
 * coupled). Channels that share one predictor object form a group and run as one batch.
 */
export interface PredictorBank {
  /** H, the number of channels */
  readonly H: number;
  /** the predictor of every channel, length H (channels of one group hold the same object) */
  readonly predictors: readonly DiscretePredictor[];
  /** channel indices per distinct predictor, in order of first appearance; together a partition of 0..H-1 */
  readonly groups: readonly (readonly number[])[];
}
