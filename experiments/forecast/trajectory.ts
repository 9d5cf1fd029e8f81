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

/**
 * Every method of METHOD_SPECS on one trajectory of `system`: T + horizon samples at the system's dt, the first T
 * the context (every channel observed), the rest the truth. Valid time: the first step at which
 * sqrt(mean_c ((forecast_c - truth_c) / sigma_c)^2) > 0.4, sigma_c the channel's standard deviation over the
 * context (scoreForecast), times dt, in Lyapunov times for chaotic systems.
 *
 * @param input - system, context, horizon, seed and stream, NRMSE steps, the trace to keep
 * @returns the scores per method and the trace (when traceLabels is non-empty)
 * @throws whatever generate or forecastWith refuse
 * @example forecastTrajectory({ system: 'mass-spring', context: 200, horizon: 20, seed: 0, stream: 0, transient: 0, nrmseSteps: [10], traceLabels: [], tracePoints: 10 }).scores.length === 7
 * @see arXiv:2407.09375
 */
export function forecastTrajectory(input: TrajectoryInput): TrajectoryOutput {
  const def = systems[input.system];
  const T = input.context;
  const K = input.horizon;
  const g = generate(input.system, {
    length: T + K,
    dt: def.dt,
    seed: input.seed,
    stream: input.stream,
    ...('transient' in def.defaults ? { transient: input.transient } : {}),
  });
  const context = g.values.map((c) => c.slice(0, T));
  const truth = g.values.map((c) => c.slice(T));
  const scale = channelScales(context).map((s) => (s > 0 ? s : 1));
  const box = rangeBox(context, DIVERGENCE_WIDEN);
  const lyapunov = def.chaotic ? def.lyapunov : null;
  const steps = input.nrmseSteps.filter((h) => h <= K);
  const kept: Record<string, Float64Array[]> = { truth };
  const scores = METHOD_SPECS.map((spec) => {
    const [r] = forecastWith(spec.method, [context], K, { dt: def.dt, ...spec.options });
    if (input.traceLabels.includes(spec.label)) kept[spec.label] = r.forecast;
    const s = scoreForecast(truth, r.forecast, { dt: def.dt, scale, lyapunov, horizons: steps });
    const diverged = r.forecast.some((c, i) => c.some((v) => !(v >= box[i][0] && v <= box[i][1])));
    return {
      label: spec.label,
      valid: s.lyapunovTimes ?? s.validTime,
      censored: !s.exceeded,
      diverged,
      features: typeof r.model.features === 'number' ? r.model.features : null,
      nrmse: input.nrmseSteps.map((h) => {
        const v = s.nrmse.find((x) => x.steps === h)?.value;
        return v !== undefined && Number.isFinite(v) ? v : null;
      }),
      plainRadius: typeof r.model.plainRadius === 'number' ? r.model.plainRadius : null,
    };
  });
  let trace: Trace | null = null;
  if (input.traceLabels.length > 0) {
    const unit = (lyapunov ?? 1) * def.dt;
    const time = Array.from({ length: K }, (_, j) => (j + 1) * unit);
    const down = (c: Float64Array) => downsample(c, input.tracePoints, { x: time, digits: 6 });
    trace = {
      time: down(truth[0]).x,
      series: Object.fromEntries(Object.entries(kept).map(([k, chans]) => [k, chans.map((c) => down(c).y)])),
    };
  }
  return { scores, trace };
}
