import { validPredictionTime } from '../metrics/validPredictionTime.ts';
import { requireFiniteArray, requireInteger, requirePositive } from '../util/validate.ts';

/** Options of {@link scoreForecast}. */
export interface ForecastScoreOptions {
  /** sample step in time units (> 0) */
  dt: number;
  /** per-channel scales sigma_c > 0 (the attractor's standard deviation, e.g. {@link channelScales} of the context) */
  scale: ArrayLike<number>;
  /** largest Lyapunov exponent (> 0) to express the valid time in Lyapunov times; null or absent: not chaotic */
  lyapunov?: number | null;
  /** forecast lengths (steps, integers >= 1) at which the NRMSE is reported @default [1, 10, 100, 1000] */
  horizons?: readonly number[];
  /** the valid-time threshold on the standardised error @default 0.4 */
  threshold?: number;
}

/** Scores of one forecast against the truth. */
export interface ForecastScore {
  /** forecast steps before the standardised error first exceeds the threshold (the horizon when it never does) */
  readonly validSteps: number;
  /** validSteps dt: the time of the last valid forecast sample after the context's end */
  readonly validTime: number;
  /** validTime lambda_max, or null without a Lyapunov exponent */
  readonly lyapunovTimes: number | null;
  /** whether the threshold was crossed within the horizon (false: the valid time is a lower bound) */
  readonly exceeded: boolean;
  /** NRMSE over the first h steps for each requested h <= horizon (Infinity once the forecast is not finite) */
  readonly nrmse: readonly { readonly steps: number; readonly value: number }[];
}

/**
 * Per-channel population standard deviations, the scale of the attractor a context samples (the valid time and
 * the NRMSE of {@link scoreForecast} are normalised by them).
 *
 * @param channels - H channels (finite), each of length >= 1
 * @returns sigma, shape [H] (a constant channel gives 0)
 * @throws RangeError for an empty or non-finite channel
 * @example channelScales([Float64Array.of(1, 3), Float64Array.of(2, 2)]).join() === '1,0'
 * @see arXiv:2407.09375
 */
export function channelScales(channels: readonly ArrayLike<number>[]): Float64Array {
  return Float64Array.from(channels, (raw, i) => {
    const c = requireFiniteArray('channelScales', `channels[${i}]`, raw);
    if (c.length === 0) throw new RangeError(`channelScales: channels[${i}] is empty`);
    let mean = 0;
    for (let k = 0; k < c.length; k++) mean += c[k];
    mean /= c.length;
    let v = 0;
    for (let k = 0; k < c.length; k++) v += (c[k] - mean) ** 2;
    return Math.sqrt(v / c.length);
  });
}

/**
 * The range of every channel widened on both sides by `widen` times its width: [min_c - w r_c, max_c + w r_c] with
 * r_c = max_c - min_c. A free-running forecast of a system sampled by these channels that leaves the box has left
 * what the context shows of the dynamics (the range guard of ridgeForecast; divergence counts).
 *
 * @param channels - H channels (finite), each of length >= 1
 * @param widen - w >= 0 (0: the range itself)
 * @returns [lo, hi] per channel
 * @throws RangeError for an empty channel or widen < 0
 * @example rangeBox([Float64Array.of(1, 3)], 1)[0].join() === '-1,5'
 * @see arXiv:2407.09375
 * @internal
 */
export function rangeBox(channels: readonly ArrayLike<number>[], widen: number): [number, number][] {
  if (!(widen >= 0)) throw new RangeError(`rangeBox: widen must be >= 0, got ${widen}`);
  return channels.map((c, i) => {
    if (c.length === 0) throw new RangeError(`rangeBox: channels[${i}] is empty`);
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < c.length; k++) {
      lo = Math.min(lo, c[k]);
      hi = Math.max(hi, c[k]);
    }
    const w = widen === Infinity ? Infinity : widen * (hi - lo);
    return [lo - w, hi + w];
  });
}

/**
 * Valid prediction time and NRMSE at fixed horizons of a multichannel forecast, both from the standardised error
 *
 *   e_j = sqrt((1/H) sum_c ((forecast_c[j] - truth_c[j]) / sigma_c)^2),
 *
 * with sigma_c given (the attractor's standard deviation per channel, from the context): validSteps = min { j :
 * e_j > threshold } (metrics validPredictionTime with `scale`), validTime = validSteps dt, in Lyapunov times
 * validTime lambda_max; NRMSE(h) = sqrt((1/h) sum_{j<h} e_j^2). A forecast that stops being finite (diverged) is
 * invalid from that sample on.
 *
 * @param truth - H channels of shape [K]: the true continuation u_T..u_{T+K-1}
 * @param forecast - H channels of shape [K] (NaN or Infinity allowed after a divergence)
 * @param options - dt, scale, lyapunov, horizons (@default [1, 10, 100, 1000]), threshold (@default 0.4)
 * @returns frozen ForecastScore
 * @throws TypeError for mismatched shapes; RangeError for a non-finite truth, bad dt, scale or horizons
 * @example
 *   const truth = [Float64Array.from({ length: 100 }, (_, k) => Math.sin(k / 5))];
 *   const forecast = [truth[0].map((x, k) => (k < 40 ? x : x + 1))];
 *   const s = scoreForecast(truth, forecast, { dt: 0.1, scale: [1], lyapunov: 0.5, horizons: [10, 50] });
 *   s.validSteps === 40 && Math.abs((s.lyapunovTimes ?? NaN) - 2) < 1e-12 && s.nrmse[0].value === 0;
 * @see arXiv:2407.09375; J. Pathak et al., Phys. Rev. Lett. 120, 024102 (2018) (valid time, threshold 0.4)
 */
export function scoreForecast(
  truth: readonly Float64Array[],
  forecast: readonly Float64Array[],
  options: ForecastScoreOptions,
): ForecastScore {
  const where = 'scoreForecast';
  const H = truth.length;
  if (!Array.isArray(forecast) || forecast.length !== H || H === 0) {
    throw new TypeError(`${where}: truth and forecast must hold the same number (>= 1) of channels`);
  }
  const K = truth[0].length;
  for (let c = 0; c < H; c++) {
    requireFiniteArray(where, `truth[${c}]`, truth[c]);
    if (truth[c].length !== K || forecast[c].length !== K) {
      throw new TypeError(`${where}: every channel must have length ${K} (channel ${c})`);
    }
  }
  const dt = requirePositive(where, 'dt', options.dt);
  const threshold = requirePositive(where, 'threshold', options.threshold ?? 0.4);
  const lyapunov = options.lyapunov ?? null;
  if (lyapunov !== null) requirePositive(where, 'lyapunov', lyapunov);
  const horizons = options.horizons ?? [1, 10, 100, 1000];
  horizons.forEach((h, i) => requireInteger(where, `horizons[${i}]`, h, 1));
  // the finite prefix of the forecast
  let finite = K;
  for (let c = 0; c < H; c++) {
    for (let j = 0; j < finite; j++) {
      if (!Number.isFinite(forecast[c][j])) {
        finite = j;
        break;
      }
    }
  }
  let validSteps = 0;
  let exceeded = finite < K;
  let error: Float64Array = new Float64Array(0);
  if (finite > 0) {
    const vpt = validPredictionTime(
      truth.map((c) => c.subarray(0, finite)),
      forecast.map((c) => c.subarray(0, finite)),
      { dt, threshold, scale: options.scale },
    );
    validSteps = vpt.index;
    exceeded = vpt.exceeded || exceeded;
    error = vpt.error;
  } else {
    channelScalesCheck(where, options.scale, H);
  }
  const nrmse = horizons
    .filter((h) => h <= K)
    .map((h) => {
      if (h > finite) return Object.freeze({ steps: h, value: Infinity });
      let s = 0;
      for (let j = 0; j < h; j++) s += error[j] * error[j];
      return Object.freeze({ steps: h, value: Math.sqrt(s / h) });
    });
  const validTime = validSteps * dt;
  return Object.freeze({
    validSteps,
    validTime,
    lyapunovTimes: lyapunov === null ? null : validTime * lyapunov,
    exceeded,
    nrmse: Object.freeze(nrmse),
  });
}

/** The scale checks validPredictionTime would make, for a forecast with no finite sample. */
function channelScalesCheck(where: string, scale: ArrayLike<number>, H: number): void {
  const sc = requireFiniteArray(where, 'scale', scale);
  if (sc.length !== H) throw new TypeError(`${where}: scale must have ${H} entries, got ${sc.length}`);
  sc.forEach((v, c) => {
    if (!(v > 0)) throw new RangeError(`${where}: scale[${c}] must be > 0, got ${v}`);
  });
}
