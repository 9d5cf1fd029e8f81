import { requireFiniteArray, requireInteger } from '../util/validate.ts';
import { designMatrix } from './designMatrix.ts';
import { freeRun } from './freeRun.ts';
import { gcvChoice } from './gcv.ts';
import { byHoldoutRank, featureScaling, holdoutChoice, spread } from './holdout.ts';
import type { HoldoutOptions } from './holdout.ts';
import { polynomialFeatures } from './polynomialFeatures.ts';
import type { PolynomialFeatureMap } from './polynomialFeatures.ts';
import { ridgeReadout, ridgeSystem } from './ridgeSystem.ts';
import { rangeBox } from './scoreForecast.ts';
import type { RidgeSystem } from './ridgeSystem.ts';
import type { FeatureMemory, InContextForecast, Regularization } from './types.ts';

/**
 * The default grid of relative ridge strengths rho (lambda = rho m, m the mean eigenvalue of the scaled Gram
 * matrix): 10^-14 to 10^0 in half decades. The lower end biases the forecast of an exactly representable system
 * below its rounding floor (~2e-10 relative over 300 free steps of a damped oscillator) and still damps the
 * rounding-level directions of a memory (sigma_i^2 < 1e-14 m); the upper end halves even the mean direction.
 * @internal
 */
export const RIDGE_GRID: readonly number[] = Object.freeze(
  Array.from({ length: 29 }, (_, i) => 10 ** (-14 + i / 2)),
);

/** Options of the ridge forecasters (shared by the HiPPO forecaster and its NG-RC twin). */
export interface RidgeForecastOptions {
  /**
   * how the ridge strength (and, with several memory candidates, the candidate) is chosen on the context:
   * 'holdout' (free-running causal hold-out, holdoutChoice), 'gcv' (generalized cross-validation per output,
   * gcvChoice; candidates by their mean GCV relative to the target variance), or a fixed rho >= 0 (several
   * candidates: chosen by the hold-out at that rho; one: used as is, selection score NaN)
   * @default 'holdout'
   */
  regularization?: Regularization;
  /** candidate relative strengths rho @default RIDGE_GRID (10^-14 .. 1, half decades) */
  grid?: readonly number[];
  /** hold-out settings: fraction (@default 0.2), starts (@default 4), threshold (@default 0.4) */
  holdout?: HoldoutOptions;
  /** include the quadratic monomials @default true */
  quadratic?: boolean;
  /**
   * the forecast must stay within [min_c - guard range_c, max_c + guard range_c] of every context channel c: a
   * choice whose forecast leaves that box is rejected for the next one in the selection's ranking (hold-out: all
   * (candidate, rho) pairs; GCV: the candidates), refitted on the whole context; if none stays inside, the best
   * ranked is kept. A model fitted on one-step increments can have an unstable closed loop that the short hold-out
   * runs do not reveal; leaving the range seen in the context by a whole range is what such a loop does. Uses no
   * sample after the context. Infinity disables it
   * @default 1
   */
  guard?: number;
  /**
   * how feature columns are scaled before the penalty: 'channel' gives every feature the scale its units imply
   * (sigma_c of its channel for LegT states, delayed and current values, sigma_i sigma_j for monomials; sigma_c the
   * channel's standard deviation over the context), 'column' divides every column by its own standard deviation
   * @default 'channel'
   */
  standardize?: 'channel' | 'column';
}

/**
 * The in-context ridge forecaster shared by {@link inContextForecaster} and {@link ngrcForecaster}: for every
 * trajectory of the batch, on its context u_0..u_{T-1} only,
 *
 * 1. for each memory candidate, the polynomial features phi_k (polynomialFeatures) and the increments
 *    u_{k+1} - u_k as targets (designMatrix);
 * 2. the ridge readout u_{k+1} - u_k ~ b + W^T phi_k (ridgeSystem: standardised columns, unpenalised intercept),
 *    with its strength and the candidate chosen by `regularization`;
 * 3. the readout refitted on the whole context and run free for `horizon` steps from u_{T-1} (freeRun), the memory
 *    ingesting its own predictions; a choice whose forecast leaves the context's range widened by `guard` ranges
 *    is passed over for the next in the selection's ranking (see RidgeForecastOptions.guard).
 *
 * @param contexts - B trajectories, each H channels of equal length T (like generate().values)
 * @param horizon - forecast steps (integer >= 1)
 * @param candidates - the memory candidates for H channels (e.g. one LegT memory per theta), non-empty
 * @param options - regularization (@default 'holdout'), grid, holdout, quadratic (@default true), guard
 *   (@default 1), standardize (@default 'channel'); see RidgeForecastOptions
 * @returns one frozen InContextForecast per trajectory
 * @throws TypeError for malformed contexts; RangeError for non-finite values, horizon < 1, a bad regularization,
 *   guard < 0, an empty candidate list or a context too short for the memory
 * @example
 *   const u = Float64Array.from({ length: 300 }, (_, k) => Math.cos(0.1 * k));
 *   const [r] = ridgeForecast([[u]], 5, (H) => [delayMemory(H, { delays: 2 })], { regularization: 1e-12 });
 *   Math.abs(r.forecast[0][4] - Math.cos(0.1 * 304)) < 1e-6;
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
export function ridgeForecast(
  contexts: readonly (readonly ArrayLike<number>[])[],
  horizon: number,
  candidates: (H: number) => readonly FeatureMemory[],
  options: RidgeForecastOptions = {},
): InContextForecast[] {
  const where = 'ridgeForecast';
  if (!Array.isArray(contexts)) {
    throw new TypeError(`${where}: contexts must be an array of trajectories (each an array of channels)`);
  }
  requireInteger(where, 'horizon', horizon, 1);
  const regularization = options.regularization ?? 'holdout';
  if (
    regularization !== 'holdout' &&
    regularization !== 'gcv' &&
    !(typeof regularization === 'number' && regularization >= 0 && Number.isFinite(regularization))
  ) {
    throw new RangeError(
      `${where}: regularization must be 'holdout', 'gcv' or a number >= 0, got ${String(regularization)}`,
    );
  }
  const grid = options.grid ?? RIDGE_GRID;
  const guard = options.guard ?? 1;
  if (!(guard >= 0))
    throw new RangeError(`${where}: guard must be >= 0 (Infinity disables it), got ${guard}`);
  if (!Array.isArray(grid) || grid.length === 0 || grid.some((r) => !(r >= 0) || !Number.isFinite(r))) {
    throw new RangeError(`${where}: grid must be a non-empty array of finite strengths >= 0`);
  }
  return contexts.map((context, b) => {
    const channels = requireContext(`${where}: contexts[${b}]`, context);
    const memories = candidates(channels.length);
    if (memories.length === 0) throw new RangeError(`${where}: no memory candidates`);
    const maps = memories.map((m) => polynomialFeatures(m, { quadratic: options.quadratic ?? true }));
    const standardize = options.standardize ?? 'channel';
    const choice = { regularization, grid, guard };
    return forecastOne(channels, horizon, maps, choice, { standardize, ...options.holdout });
  });
}

/** One ranked option: a memory candidate with per-output strengths and its selection score. */
interface Option {
  candidate: number;
  rho: Float64Array;
  score: number;
}

function forecastOne(
  channels: Float64Array[],
  horizon: number,
  maps: PolynomialFeatureMap[],
  choice: { regularization: Regularization; grid: readonly number[]; guard: number },
  holdout: HoldoutOptions,
): InContextForecast {
  const { regularization, grid, guard } = choice;
  const H = channels.length;
  const T = channels[0].length;
  const standardize = holdout.standardize ?? 'channel';
  const sigma = channels.map((c) => spread(c, T));
  // the full-context fit of each candidate, made once when first needed
  const fits = new Map<number, { sys: RidgeSystem; state: Float64Array }>();
  const fit = (i: number) => {
    let f = fits.get(i);
    if (f === undefined) {
      const d = designMatrix(maps[i], channels);
      f = { sys: ridgeSystem(d.X, d.Y, featureScaling(maps[i], sigma, standardize)), state: d.state };
      fits.set(i, f);
    }
    return f;
  };
  const options: Option[] = [];
  if (regularization === 'gcv') {
    maps.forEach((_, i) => {
      const s = fit(i).sys;
      const g = gcvChoice(s, grid);
      // GCV relative to each target's variance (so channels of different scales weigh alike), averaged
      let mean = 0;
      for (let h = 0; h < H; h++) mean += g.score[h] / variance(s, h) / H;
      options.push({ candidate: i, rho: g.rho, score: mean });
    });
    options.sort((a, b) => a.score - b.score);
  } else if (typeof regularization === 'number' && maps.length === 1) {
    options.push({ candidate: 0, rho: new Float64Array(H).fill(regularization), score: NaN });
  } else {
    const ranked = maps.flatMap((map, i) =>
      holdoutChoice(
        map,
        channels,
        typeof regularization === 'number' ? [regularization] : grid,
        holdout,
      ).ranking.map((r) => ({ ...r, candidate: i })),
    );
    ranked.sort(byHoldoutRank);
    for (const r of ranked)
      options.push({ candidate: r.candidate, rho: new Float64Array(H).fill(r.rho), score: r.score });
  }
  const box = rangeBox(channels, guard);
  const inside = (_j: number, v: Float64Array) => v.every((x, c) => x >= box[c][0] && x <= box[c][1]);
  const last = Float64Array.from(channels, (c) => c[c.length - 1]);
  let kept: {
    option: Option;
    readout: ReturnType<typeof ridgeReadout>;
    run: ReturnType<typeof freeRun>;
  } | null = null;
  let rejected = 0;
  for (const option of options) {
    const map = maps[option.candidate];
    const f = fit(option.candidate);
    const readout = ridgeReadout(f.sys, option.rho);
    const run = freeRun(map, readout, f.state, last, horizon, guard === Infinity ? undefined : inside);
    if (run.steps === horizon) {
      kept = { option, readout, run };
      break;
    }
    rejected++;
  }
  if (kept === null) {
    // nothing stays in range: the best ranked, run to the end
    const option = options[0];
    const f = fit(option.candidate);
    const readout = ridgeReadout(f.sys, option.rho);
    kept = { option, readout, run: freeRun(maps[option.candidate], readout, f.state, last, horizon) };
  }
  const map = maps[kept.option.candidate];
  return Object.freeze({
    forecast: kept.run.forecast,
    readout: kept.readout,
    features: map.size + 1,
    rho: kept.option.rho,
    candidate: kept.option.candidate,
    memory: map.memory.description,
    selection: Object.freeze({
      method: regularization === 'gcv' ? 'gcv' : regularization === 'holdout' ? 'holdout' : 'fixed',
      score: kept.option.score,
      rejected,
    }),
    diverged: kept.run.diverged,
  } as const);
}

/** Variance of the centred target h (1 when it is 0). */
function variance(sys: RidgeSystem, h: number): number {
  const H = sys.outputs;
  let v = 0;
  for (let t = 0; t < sys.rows; t++) v += sys.centeredTargets.data[t * H + h] ** 2;
  v /= sys.rows;
  return v > 0 ? v : 1;
}

/** The channels of one context as Float64Arrays of equal length (validated). */
function requireContext(where: string, context: unknown): Float64Array[] {
  if (!Array.isArray(context) || context.length === 0) {
    throw new TypeError(`${where} must be a non-empty array of channels (Float64Array[])`);
  }
  const channels = context.map((c, i) => requireFiniteArray(where, `channel ${i}`, c));
  const T = channels[0].length;
  channels.forEach((c, i) => {
    if (c.length !== T) {
      throw new TypeError(`${where}: every channel must have length ${T}; channel ${i} has ${c.length}`);
    }
  });
  return channels;
}
