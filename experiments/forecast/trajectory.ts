/**
 * The worker task of the forecast experiment: one initial condition of one system, every method forecasting the
 * continuation of the same context, scored against the truth (valid time, NRMSE at fixed horizons, divergence).
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { channelScales, forecastWith, scoreForecast } from '../../src/forecast/index.ts';
import { rangeBox } from '../../src/forecast/scoreForecast.ts';
import { generate, systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import { downsample } from '../common/downsample.ts';
import { METHOD_SPECS } from './methods.ts';
import type { MethodSpec } from './methods.ts';

/** Input of {@link forecastTrajectory}. */
export interface TrajectoryInput {
  system: SystemName;
  /** context length T */
  context: number;
  horizon: number;
  seed: number;
  /** the initial condition's stream */
  stream: number;
  /** time units discarded first (systems that take a transient) */
  transient: number;
  nrmseSteps: number[];
  /** labels of the methods whose forecasts are kept (all three channels, downsampled); empty: none */
  traceLabels: string[];
  tracePoints: number;
}

/** Scores of one method on one trajectory. */
export interface MethodScore {
  label: string;
  /** valid time in Lyapunov times (chaotic systems) or time units */
  valid: number;
  /** the threshold was not crossed within the horizon (valid is a lower bound) */
  censored: boolean;
  /** the forecast stopped being finite or left the context's range widened 10-fold */
  diverged: boolean;
  /** features including the constant (ridge methods), else null */
  features: number | null;
  /** NRMSE over the first nrmseSteps[i] steps; null where the forecast is not finite */
  nrmse: (number | null)[];
  /** the plain closed-loop spectral radius (legt-stable), else null */
  plainRadius: number | null;
}

/** A kept forecast: time in the valid-time unit, and per series (truth first) the channels. */
export interface Trace {
  time: number[];
  series: Record<string, number[][]>;
}

/** What one trajectory gives. */
export interface TrajectoryOutput {
  scores: MethodScore[];
  trace: Trace | null;
}

/** Divergence: outside the context's range widened this many times its width on both sides, or not finite. */
export const DIVERGENCE_WIDEN = 10;

/** A generated trajectory split into context and truth, with what scoring needs. */
export interface TrajectoryData {
  /** the system's sample step */
  dt: number;
  /** H channels of length T */
  context: Float64Array[];
  /** H channels of length horizon */
  truth: Float64Array[];
  /** sigma_c over the context (1 where a channel is constant) */
  scale: Float64Array;
  /** the divergence box: the context's range widened DIVERGENCE_WIDEN-fold */
  box: [number, number][];
  /** lambda_max of a chaotic system, else null */
  lyapunov: number | null;
}

/**
 * T + horizon samples of `system` at its dt from the initial condition of (seed, stream) after the transient
 * (where the system takes one): the first T are the context, the rest the truth.
 *
 * @param input - system, context T, horizon, seed, stream, transient
 * @returns the split trajectory with the context's channel scales and divergence box
 * @throws whatever generate refuses
 * @example trajectoryData({ system: 'lorenz', context: 100, horizon: 10, seed: 0, stream: 0, transient: 5 }).truth[0].length === 10
 * @see arXiv:2407.09375
 */
export function trajectoryData(
  input: Pick<TrajectoryInput, 'system' | 'context' | 'horizon' | 'seed' | 'stream' | 'transient'>,
): TrajectoryData {
  const def = systems[input.system];
  const T = input.context;
  const g = generate(input.system, {
    length: T + input.horizon,
    dt: def.dt,
    seed: input.seed,
    stream: input.stream,
    ...('transient' in def.defaults ? { transient: input.transient } : {}),
  });
  const context = g.values.map((c) => c.slice(0, T));
  return {
    dt: def.dt,
    context,
    truth: g.values.map((c) => c.slice(T)),
    scale: channelScales(context).map((s) => (s > 0 ? s : 1)),
    box: rangeBox(context, DIVERGENCE_WIDEN),
    lyapunov: def.chaotic ? def.lyapunov : null,
  };
}

/**
 * One method forecasting the truth of `data` from its context, scored. Valid time: the first step at which
 * sqrt(mean_c ((forecast_c - truth_c) / sigma_c)^2) > 0.4 (scoreForecast), times dt, in Lyapunov times for chaotic
 * systems; diverged: a forecast value outside data.box or not finite.
 *
 * @param spec - the method and its settings
 * @param data - from trajectoryData
 * @param nrmseSteps - forecast lengths of the NRMSE (null beyond the horizon or where it is not finite)
 * @returns the score and the forecast (H channels of length horizon)
 * @throws whatever forecastWith refuses
 * @example scoreMethod(METHOD_SPECS[6], trajectoryData({ system: 'lorenz', context: 100, horizon: 10, seed: 0, stream: 0, transient: 5 }), [5]).score.label === 'copy-last'
 * @see arXiv:2407.09375
 */
export function scoreMethod(
  spec: MethodSpec,
  data: TrajectoryData,
  nrmseSteps: readonly number[],
): { score: MethodScore; forecast: Float64Array[] } {
  const { truth, box } = data;
  const K = truth[0].length;
  const [r] = forecastWith(spec.method, [data.context], K, { dt: data.dt, ...spec.options });
  const s = scoreForecast(truth, r.forecast, {
    dt: data.dt,
    scale: data.scale,
    lyapunov: data.lyapunov,
    horizons: nrmseSteps.filter((h) => h <= K),
  });
  const score = {
    label: spec.label,
    valid: s.lyapunovTimes ?? s.validTime,
    censored: !s.exceeded,
    diverged: r.forecast.some((c, i) => c.some((v) => !(v >= box[i][0] && v <= box[i][1]))),
    features: typeof r.model.features === 'number' ? r.model.features : null,
    nrmse: nrmseSteps.map((h) => {
      const v = s.nrmse.find((x) => x.steps === h)?.value;
      return v !== undefined && Number.isFinite(v) ? v : null;
    }),
    plainRadius: typeof r.model.plainRadius === 'number' ? r.model.plainRadius : null,
  };
  return { score, forecast: r.forecast };
}

/**
 * Every method of METHOD_SPECS on one trajectory (trajectoryData, scoreMethod), keeping the forecasts of
 * traceLabels (all channels, downsampled to tracePoints, time in the valid-time unit).
 *
 * @param input - system, context, horizon, seed and stream, NRMSE steps, the trace to keep
 * @returns the scores per method and the trace (when traceLabels is non-empty)
 * @throws whatever generate or forecastWith refuse
 * @example forecastTrajectory({ system: 'mass-spring', context: 200, horizon: 20, seed: 0, stream: 0, transient: 0, nrmseSteps: [10], traceLabels: [], tracePoints: 10 }).scores.length === 7
 * @see arXiv:2407.09375
 */
export function forecastTrajectory(input: TrajectoryInput): TrajectoryOutput {
  const data = trajectoryData(input);
  const kept: Record<string, Float64Array[]> = { truth: data.truth };
  const scores = METHOD_SPECS.map((spec) => {
    const { score, forecast } = scoreMethod(spec, data, input.nrmseSteps);
    if (input.traceLabels.includes(spec.label)) kept[spec.label] = forecast;
    return score;
  });
  let trace: Trace | null = null;
  if (input.traceLabels.length > 0) {
    const unit = (data.lyapunov ?? 1) * data.dt;
    const time = Array.from({ length: input.horizon }, (_, j) => (j + 1) * unit);
    const down = (c: Float64Array) => downsample(c, input.tracePoints, { x: time, digits: 6 });
    trace = {
      time: down(data.truth[0]).x,
      series: Object.fromEntries(Object.entries(kept).map(([k, chans]) => [k, chans.map((c) => down(c).y)])),
    };
  }
  return { scores, trace };
}
