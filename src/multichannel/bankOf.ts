import type { DiscretePredictor } from '../construction/index.ts';
import { requirePredictor } from '../ssm/requirePredictor.ts';
import type { PredictorBank } from './types.ts';

/**
 * A predictor bank from one DiscretePredictor per channel: channel h is predicted by predictors[h] alone,
 *
 *   x^h_{k+1} = Abar^h x^h_k + Bbar^h u^h_k,   uhat^h_{k+1} = Cbar^h x^h_{k+1} + Dbar^h u^h_k,   h = 0..H-1,
 *
 * and channels holding the same predictor object are grouped so that they run as one batch.
 *
 * @param predictors - H >= 1 DiscretePredictors (e.g. from prophecy), one per channel; repeat an object to share it
 * @returns a frozen PredictorBank { H, predictors, groups }
 * @throws TypeError when predictors is not a non-empty array or an entry is not a DiscretePredictor; RangeError for
 *   non-finite predictor entries
 * @example
 * const p = prophecy(hippo('legt', 9, { theta: 0.03 }), { dt: 1e-4 });
 * bankOf([p, p, p]).groups // [[0, 1, 2]]: one batch of three channels
 * @see arXiv:2407.09375
 */
export function bankOf(predictors: readonly DiscretePredictor[]): PredictorBank {
  const where = 'bankOf';
  if (!Array.isArray(predictors) || predictors.length === 0) {
    throw new TypeError(
      `${where}: predictors must be a non-empty array of DiscretePredictors (one per channel)`,
    );
  }
  const index = new Map<DiscretePredictor, number[]>();
  predictors.forEach((p, h) => {
    requirePredictor(`${where} (channel ${h})`, p);
    const g = index.get(p);
    if (g) g.push(h);
    else index.set(p, [h]);
  });
  const groups = [...index.values()].map((g) => Object.freeze(g));
  return Object.freeze({
    H: predictors.length,
    predictors: Object.freeze(predictors.slice()),
    groups: Object.freeze(groups),
  });
}
