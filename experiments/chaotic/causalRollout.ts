/**
 * Autoregressive rollout of any causal one-step predictor given as a function of the whole sequence (the shape of
 * the src/baselines predictors and predictNext): after T true samples, the predictor is fed its own forecasts.
 */
import { requireFiniteArray, requireInteger } from '../../src/util/validate.ts';

/** A causal one-step predictor: out[k] forecasts u[k + 1] from u[0..k]. */
export type CausalPredictor = (u: Float64Array) => Float64Array;

/** Options of {@link causalRollout}. */
export interface CausalRolloutOptions {
  /**
   * How many most recent samples the predictor is given at each free-running step (a finite-memory predictor such as
   * finite differences of order p needs p + 1 and gives the same forecast as with the whole history). Integer >= 1.
   * @default Infinity (the whole history)
   */
  memory?: number;
}

/**
 * Forecast of u[T .. T + horizon - 1] from the true prefix u[0..T-1], feeding forecasts back:
 *
 *   v_k = u_k (k < T),   f_j = predict(v_{max(0, T+j-memory) .. T+j-1}) [last],   v_{T+j} = f_j.
 *
 * f_0 is the one-step prediction of u_T from true samples; later entries are free-running. The cost is horizon
 * calls of `predict` on at most `memory` samples (memory = Infinity: O(horizon (T + horizon)) for an O(L) predictor).
 *
 * @param predict - causal predictor, out[k] ~ u[k + 1] from u[0..k]
 * @param prefix - the true samples u_0..u_{T-1}, T >= 1
 * @param horizon - number of forecast samples, integer >= 1
 * @param options - memory (@default Infinity)
 * @returns forecast, shape [horizon]
 * @throws RangeError for an empty or non-finite prefix, horizon < 1 or memory < 1
 * @example causalRollout((u) => finiteDifference(u, { order: 2 }), u.subarray(0, 100), 20, { memory: 3 })
 * @see arXiv:2407.09375
 */
export function causalRollout(
  predict: CausalPredictor,
  prefix: ArrayLike<number>,
  horizon: number,
  options: CausalRolloutOptions = {},
): Float64Array {
  const where = 'causalRollout';
  const u = requireFiniteArray(where, 'prefix', prefix);
  const T = u.length;
  if (T < 1) throw new RangeError(`${where}: prefix must hold at least one sample, got length 0`);
  requireInteger(where, 'horizon', horizon, 1);
  const memory = options.memory ?? Infinity;
  if (memory !== Infinity) requireInteger(where, 'options.memory', memory, 1);
  const v = new Float64Array(T + horizon - 1);
  v.set(u);
  const out = new Float64Array(horizon);
  for (let j = 0; j < horizon; j++) {
    const end = T + j; // v[0..end) known
    const start = memory === Infinity ? 0 : Math.max(0, end - memory);
    const p = predict(v.subarray(start, end));
    out[j] = p[p.length - 1];
    if (j + 1 < horizon) v[end] = out[j];
  }
  return out;
}
