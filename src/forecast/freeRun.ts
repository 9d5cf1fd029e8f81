import type { PolynomialFeatureMap } from './polynomialFeatures.ts';
import type { RidgeReadout } from './types.ts';

/** Result of {@link freeRun}. */
export interface FreeRun {
  /** H channels of shape [horizon] (NaN after a divergence or an early stop) */
  readonly forecast: Float64Array[];
  /** steps taken (horizon unless stopped early or diverged) */
  readonly steps: number;
  /** first index whose value was not finite, or null */
  readonly diverged: number | null;
}

/**
 * The free-running forecast of a fitted readout: from the state after ingesting the last known values u, the
 * predicted increment is added and the prediction is fed back into the memory,
 *
 *   u_{j+1} = u_j + b + W^T phi(state_j, u_j),   state_{j+1} = step(state_j, u_{j+1}),   forecast[:, j] = u_{j+1}.
 *
 * A non-finite value ends the run (diverged = its index, the rest NaN). `onStep(j, u)` sees every forecast value
 * vector and ends the run by returning false (the hold-out uses it to stop at the first invalid step).
 *
 * @param map - the feature map the readout was fitted with
 * @param readout - intercept [H] and weights [F, H]
 * @param state - memory state after ingesting u (not modified)
 * @param u - the last known values, shape [H] (not modified)
 * @param horizon - steps to forecast (integer >= 0)
 * @param onStep - optional (j, u_{j+1}) => continue?
 * @returns frozen { forecast, steps, diverged }
 * @example
 *   const map = polynomialFeatures(delayMemory(1, { delays: 1 }), { quadratic: false }); // phi = [u]
 *   const readout = { intercept: Float64Array.of(0), weights: fromRows([[0.5]]) }; // u' = 1.5 u
 *   const run = freeRun(map, readout, Float64Array.of(2), Float64Array.of(2), 3);
 *   run.forecast[0].join() === '3,4.5,6.75';
 * @see arXiv:2407.09375
 * @internal
 */
export function freeRun(
  map: PolynomialFeatureMap,
  readout: RidgeReadout,
  state: Float64Array,
  u: Float64Array,
  horizon: number,
  onStep?: (j: number, u: Float64Array) => boolean,
): FreeRun {
  const memory = map.memory;
  const H = memory.channels;
  const F = map.size;
  const W = readout.weights.data;
  const b = readout.intercept;
  const forecast = Array.from({ length: H }, () => new Float64Array(horizon).fill(NaN));
  let s = state.slice();
  let next = new Float64Array(memory.stateSize);
  const v = u.slice();
  const phi = new Float64Array(F);
  let diverged: number | null = null;
  let steps = 0;
  for (let j = 0; j < horizon; j++) {
    map.write(s, v, phi, 0);
    let finite = true;
    for (let c = 0; c < H; c++) {
      let d = b[c];
      for (let f = 0; f < F; f++) d += phi[f] * W[f * H + c];
      v[c] += d;
      if (!Number.isFinite(v[c])) finite = false;
    }
    if (!finite) {
      diverged = j;
      break;
    }
    for (let c = 0; c < H; c++) forecast[c][j] = v[c];
    steps = j + 1;
    if (onStep && !onStep(j, v)) break;
    memory.step(s, v, next);
    [s, next] = [next, s];
  }
  return Object.freeze({ forecast, steps, diverged });
}
