/**
 * Parameters and scales of the in-context-learner families experiment: data sizes, training, and the sizes of the
 * S4D-style and transformer models.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export interface IclFamiliesParams {
  /** LegT state size of the construction (N^2 dt / 2 = N^2 / (2 L) < 1) */
  N: number;
  /** context length; dt = 1 / L */
  L: number;
  trainCount: number;
  testCount: number;
  epochs: number;
  /** seeds per trained family */
  seeds: number;
  batch: number;
  learningRate: number;
  /** width of the neural models */
  width: number;
  /** S4D state size per channel */
  state: number;
  /** S4D layers */
  ssmLayers: number;
  /** attention heads */
  heads: number;
  /** sliding-window attention span */
  window: number;
  /**
   * trainer of the LegT predictor (construction, legt-I): 'analytic' (src/fit, float32) or 'tfjs';
   * HIPPO_PROPHECY_TRAINER overrides it; s4d and transformer always train on tfjs
   */
  trainer: string;
  /** tfjs backend ('auto' unless forced) */
  backend: string;
  /**
   * sequences per forward/backward pass of a tfjs step (the batch's gradient summed over passes: the same Adam
   * step); 0: trainModel's automatic choice (the whole batch, on the wasm backend passes of <= 2^13 positions)
   */
  microBatch: number;
}

/** quick and paper parameters. */
export const iclFamiliesScales: Record<Scale, IclFamiliesParams> = {
  quick: {
    N: 8,
    L: 128,
    trainCount: 128,
    testCount: 32,
    epochs: 60,
    seeds: 2,
    batch: 64,
    learningRate: 2e-3,
    width: 32,
    state: 16,
    ssmLayers: 2,
    heads: 2,
    window: 16,
    trainer: 'analytic',
    backend: 'auto',
    microBatch: 0,
  },
  paper: {
    N: 16,
    L: 512,
    trainCount: 1024,
    testCount: 128,
    epochs: 200,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    width: 64,
    state: 32,
    ssmLayers: 3,
    heads: 4,
    window: 32,
    trainer: 'analytic',
    backend: 'auto',
    microBatch: 0,
  },
};
