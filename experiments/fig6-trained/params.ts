/**
 * Parameters and scales of figure 6: the paper's regime (N = 32, dt = 1e-4, L = 10^4, theta = 1, batch 128, Adam at
 * 2e-3) with fewer functions and steps at the quick scale.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale (tests run a tiny configuration through runFig6). */
export interface Fig6Params {
  N: number;
  L: number;
  dt: number;
  theta: number;
  trainCount: number;
  testCount: number;
  epochs: number;
  evalEvery: number;
  seeds: number;
  batch: number;
  /** Adam learning rate of settings I and III (the paper's 2e-3) */
  learningRate: number;
  /**
   * Adam learning rate of setting IV: 2e-3 x dt, i.e. Adam at the paper's rate on the continuous-time parameters
   * (Abar - I) / dt and Bbar / dt (Adam's step is ~lr per entry whatever the gradient's size; 2e-3 on the entries of
   * Abar, whose off-identity part is O(dt |A|), makes the kernel overflow within a few steps at dt = 1e-4)
   */
  learningRateIV: number;
  /**
   * trainer of the predictors: 'analytic' (src/fit analyticPredictor, float32, no TensorFlow.js) or 'tfjs'
   * (trainablePredictor); HIPPO_PROPHECY_TRAINER overrides it
   */
  trainer: string;
  /** tfjs backend (trainer 'tfjs' only; 'auto' unless forced) */
  backend: string;
}

/** quick and paper parameters. */
export const fig6Scales: Record<Scale, Fig6Params> = {
  // the paper's regime (N, dt, L, theta, batch, lr) with fewer functions and Adam steps: 2 steps per epoch
  quick: {
    N: 32,
    L: 10000,
    dt: 1e-4,
    theta: 1,
    trainCount: 256,
    testCount: 32,
    epochs: 50,
    evalEvery: 25,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    learningRateIV: 2e-7,
    trainer: 'analytic',
    backend: 'auto',
  },
  paper: {
    N: 32,
    L: 10000,
    dt: 1e-4,
    theta: 1,
    trainCount: 1000,
    testCount: 100,
    epochs: 1000,
    evalEvery: 50,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    learningRateIV: 2e-7,
    trainer: 'analytic',
    backend: 'auto',
  },
};
