import { requireFiniteArray, requireOneOf, requireOptions, requirePositive } from '../util/validate.ts';

/** How {@link validPredictionTime} normalises the error of a multichannel rollout. */
export type VptNormalization = 'std' | 'rms';

/** Options of {@link validPredictionTime}. */
export type ValidPredictionTimeOptions = {
  /**
   * the rollout is valid while the normalised error e[k] stays <= threshold (0.4 is the value of Pathak et al.,
   * Chaos 2017 / PRL 2018)
   * @default 0.4
   */
  readonly threshold?: number;
  /** time step between samples (required, > 0) */
  readonly dt: number;
  /** largest Lyapunov exponent lambda_max > 0 of the system, to express the time in Lyapunov times lambda t */
  readonly lyapunov?: number;
  /**
   * 'std': e[k] = sqrt((1/H) sum_c ((rollout_c[k] - truth_c[k]) / sigma_c)^2), sigma_c the population std of
   * truth channel c over the horizon (offset-free, so a shifted or min-max scaled signal gives the same time);
   * 'rms': e[k] = ||rollout[k] - truth[k]|| / sqrt(mean_k ||truth[k]||^2) (Pathak et al.; depends on the offset)
   * @default 'std'
   */
  readonly normalize?: VptNormalization;
  /**
   * per-channel scales sigma_c (finite, > 0) to normalise by instead of statistics of the truth over the horizon,
   * e.g. the attractor's standard deviation per channel measured on the context: e[k] = sqrt((1/H) sum_c
   * ((rollout_c[k] - truth_c[k]) / sigma_c)^2). Overrides `normalize`. With the default (the truth's own std over
   * the horizon) a short horizon measures a piece of an orbit, not the attractor
   * @default undefined (use `normalize`)
   */
  readonly scale?: ArrayLike<number>;
};

/** Result of {@link validPredictionTime}. */
export type ValidPredictionTime = {
  /** first index k with e[k] > threshold, or K (the horizon) when the error never exceeds it */
  readonly index: number;
  /** index * dt: the valid prediction time (a lower bound when `exceeded` is false) */
  readonly time: number;
  /** time * lyapunov, when a Lyapunov exponent was given */
  readonly lyapunovTimes?: number;
  /** whether the threshold was exceeded within the horizon */
  readonly exceeded: boolean;
  /** the normalised error e[k], shape [K] */
  readonly error: Float64Array;
};

/**
 * Valid prediction time of a free-running (autoregressive) rollout against the truth: the time of the first
 * sample at which the normalised error exceeds the threshold,
 *
 *   k* = min { k : e[k] > threshold },   VPT = k* dt,   in Lyapunov times lambda_max k* dt,
 *
 * with e[k] defined by `scale` when given (per-channel standardised RMS with the caller's sigma_c, e.g. the
 * attractor's std from the context), else by `normalize` (default: the truth's std over the horizon). Sample k of both
 * inputs sits at time k dt after the start of the rollout, so an error already above the threshold at k = 0 gives
 * VPT = 0. If the error never exceeds the threshold, index = K and `exceeded` is false.
 *
 * @param truth - H >= 1 channels, each of shape [K], K >= 1
 * @param rollout - the predicted channels, same shapes as truth
 * @param options - threshold, dt, Lyapunov exponent, normalisation
 * @throws TypeError for mismatched channel counts or lengths or a scale of the wrong length; RangeError on NaN or
 *   Infinity, dt <= 0, threshold <= 0, lyapunov <= 0, a scale entry <= 0, or a truth channel with zero spread
 *   (nothing to normalise by)
 * @example
 *   const t = Float64Array.from({ length: 100 }, (_, k) => Math.sin(k / 10));
 *   const r = t.map((x, k) => x + (k >= 60 ? 1 : 0));
 *   validPredictionTime([t], [r], { dt: 0.1, lyapunov: 0.9 }).time // 6 (index 60)
 * @see arXiv:2407.09375
 */
export function validPredictionTime(
  truth: readonly Float64Array[],
  rollout: readonly Float64Array[],
  options: ValidPredictionTimeOptions,
): ValidPredictionTime {
  options = requireOptions('validPredictionTime', options);
  const where = 'validPredictionTime';
  if (!Array.isArray(truth) || !Array.isArray(rollout)) {
    throw new TypeError(`${where}: truth and rollout must be arrays of channels (Float64Array[])`);
  }
  const H = truth.length;
  if (H === 0) throw new RangeError(`${where}: truth must have at least one channel`);
  if (rollout.length !== H) {
    throw new TypeError(
      `${where}: rollout must have as many channels as truth (${H}), got ${rollout.length}`,
    );
  }
  const dt = requirePositive(where, 'dt', options?.dt);
  const threshold = requirePositive(where, 'threshold', options.threshold ?? 0.4);
  const lyapunov =
    options.lyapunov === undefined ? undefined : requirePositive(where, 'lyapunov', options.lyapunov);
  const normalize = requireOneOf(where, 'normalize', options.normalize ?? 'std', ['std', 'rms'] as const);
  const T = truth.map((c, i) => requireFiniteArray(where, `truth[${i}]`, c));
  const R = rollout.map((c, i) => requireFiniteArray(where, `rollout[${i}]`, c));
  const K = T[0].length;
  if (K === 0) throw new RangeError(`${where}: the channels must hold at least one sample`);
  for (let c = 0; c < H; c++) {
    if (T[c].length !== K || R[c].length !== K) {
      throw new TypeError(
        `${where}: every channel must have length ${K}; truth[${c}] has ${T[c].length}, rollout[${c}] has ${R[c].length}`,
      );
    }
  }
  // squared-error weights per channel: 1 / sigma_c^2 ('std') or 1 / mean_k ||truth[k]||^2 for all ('rms')
  const weight = new Float64Array(H);
  if (options.scale !== undefined) {
    const sc = requireFiniteArray(where, 'scale', options.scale);
    if (sc.length !== H) {
      throw new TypeError(`${where}: scale must have one entry per channel (${H}), got ${sc.length}`);
    }
    for (let c = 0; c < H; c++) {
      if (!(sc[c] > 0)) throw new RangeError(`${where}: scale[${c}] must be > 0, got ${sc[c]}`);
      weight[c] = 1 / (H * sc[c] * sc[c]);
    }
  } else if (normalize === 'std') {
    for (let c = 0; c < H; c++) {
      let mean = 0;
      for (let k = 0; k < K; k++) mean += T[c][k];
      mean /= K;
      let v = 0;
      for (let k = 0; k < K; k++) v += (T[c][k] - mean) ** 2;
      v /= K;
      if (!(v > 0))
        throw new RangeError(`${where}: truth[${c}] is constant, so its std is 0 and cannot normalise`);
      weight[c] = 1 / (H * v);
    }
  } else {
    let ms = 0;
    for (let c = 0; c < H; c++) for (let k = 0; k < K; k++) ms += T[c][k] ** 2;
    ms /= K;
    if (!(ms > 0))
      throw new RangeError(`${where}: truth is identically 0, so its rms is 0 and cannot normalise`);
    weight.fill(1 / ms);
  }
  const error = new Float64Array(K);
  let index = K;
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let c = 0; c < H; c++) s += weight[c] * (R[c][k] - T[c][k]) ** 2;
    error[k] = Math.sqrt(s);
    if (index === K && error[k] > threshold) index = k;
  }
  const time = index * dt;
  return {
    index,
    time,
    ...(lyapunov === undefined ? {} : { lyapunovTimes: time * lyapunov }),
    exceeded: index < K,
    error,
  };
}
