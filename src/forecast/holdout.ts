import { requireInRange, requireInteger, requirePositive } from '../util/validate.ts';
import { designMatrix } from './designMatrix.ts';
import { freeRun } from './freeRun.ts';
import type { PolynomialFeatureMap } from './polynomialFeatures.ts';
import { ridgeReadout, ridgeSystem } from './ridgeSystem.ts';

/** Options of {@link holdoutChoice}. */
export interface HoldoutOptions {
  /** fraction of the context held out at its end (in (0, 0.9]) @default 0.2 */
  fraction?: number;
  /** free-running starts spread over the held-out block (integer >= 1) @default 4 */
  starts?: number;
  /** a step is valid while the standardised error stays <= threshold (> 0) @default 0.4 */
  threshold?: number;
  /** feature scaling of the fit (see RidgeForecastOptions.standardize) @default 'channel' */
  standardize?: 'channel' | 'column';
}

/** The hold-out score of one ridge strength. */
export interface HoldoutScore {
  /** the relative strength */
  readonly rho: number;
  /** mean valid steps over the starts (higher is better) */
  readonly score: number;
  /** sum of squared standardised errors over the valid steps (the tie-break: lower is better) */
  readonly error: number;
}

/** The hold-out choice of the ridge strength for one feature map: the best score, and every score ranked. */
export interface HoldoutChoice extends HoldoutScore {
  /** steps each start may run */
  readonly runLength: number;
  /** every grid strength, best first (more valid steps, then smaller error; grid order on full ties) */
  readonly ranking: readonly HoldoutScore[];
}

/**
 * Orders hold-out scores best first: more valid steps, then the smaller error.
 *
 * @param a - a score
 * @param b - another score
 * @returns negative when a ranks before b
 * @example [{ rho: 1, score: 3, error: 0 }, { rho: 2, score: 5, error: 1 }].sort(byHoldoutRank)[0].rho === 2
 * @see arXiv:2407.09375
 */
export function byHoldoutRank(a: HoldoutScore, b: HoldoutScore): number {
  return b.score - a.score || a.error - b.error;
}

/**
 * Chooses the ridge strength by a causal hold-out of free-running forecasts, so that the choice is made on the
 * context only and scores what the forecaster is for (its closed loop, not its one-step error): with the context
 * u_0..u_{T-1} and h = floor(fraction T),
 *
 * 1. fit the readout on the first T - h samples (designMatrix + ridgeSystem, one SVD for the whole grid;
 *    channel scales for `standardize: 'channel'` from these samples too);
 * 2. for every rho in the grid and every start s_i (`starts` points spread evenly over [T - h, T - h/2]), feed the
 *    true values up to s_i, then run free for r = min(h/2, T - s_i) steps and count the valid steps: those before
 *    the standardised error e_j = sqrt((1/H) sum_c ((uhat_c - u_c) / sigma_c)^2) first exceeds the threshold
 *    (sigma_c the standard deviation of channel c over the fitted part);
 * 3. keep the rho with the most valid steps in total (ties: the smaller sum of e_j^2 over the valid steps).
 *
 * No sample of the held-out block enters the fit, and no sample after the context is used.
 *
 * @param map - the polynomial feature map
 * @param channels - the context: H channels of equal length T (finite; not modified)
 * @param grid - candidate relative strengths rho >= 0 (non-empty)
 * @param options - fraction (@default 0.2), starts (@default 4), threshold (@default 0.4), standardize
 *   (@default 'channel')
 * @returns frozen { rho, score, error, runLength, ranking }
 * @throws RangeError for an empty grid, options out of range, or a context too short for the fit (see designMatrix)
 * @example
 *   const u = Float64Array.from({ length: 400 }, (_, k) => Math.sin(0.05 * k));
 *   const map = polynomialFeatures(delayMemory(1, { delays: 2 }), { quadratic: false });
 *   const c = holdoutChoice(map, [u], [1e-12, 1e-2]);
 *   c.rho === 1e-12 && c.score === c.runLength; // the exact AR(2) recurrence of a sine is valid throughout
 * @see arXiv:2407.09375
 * @internal
 */
export function holdoutChoice(
  map: PolynomialFeatureMap,
  channels: readonly Float64Array[],
  grid: readonly number[],
  options: HoldoutOptions = {},
): HoldoutChoice {
  const where = 'holdoutChoice';
  if (!Array.isArray(grid) || grid.length === 0) {
    throw new RangeError(`${where}: grid must be a non-empty array of strengths >= 0`);
  }
  const fraction = requireInRange(where, 'fraction', options.fraction ?? 0.2, 0, 0.9);
  const starts = requireInteger(where, 'starts', options.starts ?? 4, 1);
  const threshold = requirePositive(where, 'threshold', options.threshold ?? 0.4);
  const H = map.memory.channels;
  const T = channels[0]?.length ?? 0;
  const h = Math.floor(fraction * T);
  if (h < 2)
    throw new RangeError(`${where}: the held-out block floor(${fraction} * ${T}) must hold >= 2 samples`);
  const fitEnd = T - h;
  const runLength = Math.max(1, Math.floor(h / 2));
  const points = Array.from({ length: starts }, (_, i) =>
    starts === 1 ? fitEnd : fitEnd + Math.round((i * (h - runLength)) / (starts - 1)),
  );
  const d = designMatrix(map, channels, { to: fitEnd, snapshots: points });
  const sigma = channels.map((c) => spread(c, fitEnd));
  const sys = ridgeSystem(d.X, d.Y, featureScaling(map, sigma, options.standardize ?? 'channel'));
  const inv = sigma.map((s) => 1 / s);
  const scores: HoldoutScore[] = [];
  for (const rho of grid) {
    const readout = ridgeReadout(sys, rho);
    let valid = 0;
    let error = 0;
    points.forEach((s, i) => {
      const last = Float64Array.from(channels, (c) => c[s - 1]);
      const length = Math.min(runLength, T - s);
      freeRun(map, readout, d.snapshots[i], last, length, (j, v) => {
        let e2 = 0;
        for (let c = 0; c < H; c++) e2 += ((v[c] - channels[c][s + j]) * inv[c]) ** 2;
        e2 /= H;
        if (!(e2 <= threshold * threshold)) return false;
        valid++;
        error += e2;
        return true;
      });
    });
    scores.push(Object.freeze({ rho, score: valid / starts, error }));
  }
  // a stable sort: full ties keep grid order (the smaller strength first on the default ascending grid)
  const ranking = scores.slice().sort(byHoldoutRank);
  return Object.freeze({ ...ranking[0], runLength, ranking: Object.freeze(ranking) });
}

/**
 * The ridgeSystem options of a feature scaling: 'channel' gives every feature the scale its units imply from the
 * channels' spreads sigma_c (PolynomialFeatureMap.scales), 'column' leaves each column its own standard deviation.
 *
 * @param map - the feature map
 * @param sigma - spread of every channel (> 0; a constant channel should pass 1), shape [H]
 * @param standardize - 'channel' or 'column'
 * @returns { scale } for 'channel', {} for 'column'
 * @throws RangeError for an unknown standardize
 * @example
 *   const map = polynomialFeatures(delayMemory(1, { delays: 2 }));
 *   featureScaling(map, [2], 'channel').scale?.join() === '2,2,4,4,4';
 * @see arXiv:2407.09375
 * @internal
 */
export function featureScaling(
  map: PolynomialFeatureMap,
  sigma: ArrayLike<number>,
  standardize: 'channel' | 'column',
): { scale?: Float64Array } {
  if (standardize === 'column') return {};
  if (standardize !== 'channel') {
    throw new RangeError(
      `featureScaling: standardize must be 'channel' or 'column', got ${String(standardize)}`,
    );
  }
  return { scale: map.scales(sigma) };
}

/**
 * Population standard deviation of c[0..n) (1 when it is 0, so a constant channel is measured in its units).
 *
 * @param c - a channel
 * @param n - number of leading samples used (>= 1)
 * @returns the spread (> 0)
 * @example spread(Float64Array.of(1, 3, 100), 2) === 1
 * @see arXiv:2407.09375
 * @internal
 */
export function spread(c: Float64Array, n: number): number {
  let mean = 0;
  for (let k = 0; k < n; k++) mean += c[k];
  mean /= n;
  let v = 0;
  for (let k = 0; k < n; k++) v += (c[k] - mean) ** 2;
  const sd = Math.sqrt(v / n);
  return sd > 0 ? sd : 1;
}
