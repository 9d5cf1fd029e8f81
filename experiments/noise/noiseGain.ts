/**
 * Noise gain of the linear time-invariant predictors: G = sum_j h_j^2, h the response of the predictor to a unit
 * impulse (after start-up effects). White observation noise of variance sigma^2 adds sigma^2 G to the MSE of the
 * prediction against the clean next value.
 */
import { baselines } from '../../src/baselines/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { legtPredictor } from '../common/predictorSuite/index.ts';
import type { ConstructionSettings, MethodId } from '../common/predictorSuite/index.ts';

/** G of an LTI one-step predictor given as a function of the whole sequence: impulse at index `at`. */
export function impulseGain(predict: (u: Float64Array) => Float64Array, length: number, at: number): number {
  const u = new Float64Array(length);
  u[at] = 1;
  const h = predict(u);
  let g = 0;
  for (let k = at; k < length; k++) g += h[k] * h[k];
  return g;
}

/**
 * G of a LegT predictor with N states and a window of W samples in a context of L (predictNext of an impulse at
 * index 0 over `length` samples, by which the response has decayed).
 */
export function legtGain(N: number, W: number, L: number, length: number): number {
  const p = legtPredictor(N, W, L);
  return impulseGain((u) => predictNext(p, u), length, 0);
}

/** G of every linear method (the in-context LegT and AR(4) depend on the data and have none). */
export function noiseGains(s: ConstructionSettings, L: number): Partial<Record<MethodId, number>> {
  const n = 256;
  const at = 32;
  return {
    'legt-paper': legtGain(s.paperN, L, L, 4 * L),
    'legt-short': legtGain(s.shortN, s.shortWindow, L, 20 * s.shortWindow),
    copyLast: impulseGain((u) => baselines.copyLast.predict(u, {}), n, at),
    fd1: impulseGain((u) => baselines.finiteDifference.predict(u, { order: 1 }), n, at),
    fd2: impulseGain((u) => baselines.finiteDifference.predict(u, { order: 2 }), n, at),
    fd3: impulseGain((u) => baselines.finiteDifference.predict(u, { order: 3 }), n, at),
    fd4: impulseGain((u) => baselines.finiteDifference.predict(u, { order: 4 }), n, at),
    polyExtrap: impulseGain(
      (u) => baselines.polynomialExtrapolation.predict(u, baselines.polynomialExtrapolation.defaults),
      n,
      at,
    ),
  };
}
