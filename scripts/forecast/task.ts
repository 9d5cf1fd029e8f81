/**
 * Worker task of the forecast measurement (scripts/forecast/table.ts): one trajectory of one system, every method
 * forecasting its continuation from the same context, scored against the truth.
 */
import { channelScales, forecastWith, scoreForecast } from '../../src/forecast/index.ts';
import { rangeBox } from '../../src/forecast/scoreForecast.ts';
import type { ForecastMethod, ForecastMethodOptions } from '../../src/forecast/index.ts';
import { generate, systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';

/** A method of the table: a library method with its settings, under a label. */
export interface MethodSpec {
  label: string;
  method: ForecastMethod;
  options: Omit<ForecastMethodOptions, 'dt'>;
}

/** The methods of the table, in display order. */
export const METHOD_SPECS: MethodSpec[] = [
  { label: 'hippo-ridge', method: 'hippo-ridge', options: {} },
  // N = leading = k - 1: exactly the feature count of NG-RC with k = 3 delays
  { label: 'hippo-ridge N=2', method: 'hippo-ridge', options: { N: 2, leading: 2 } },
  { label: 'ngrc', method: 'ngrc', options: {} },
  { label: 'ar', method: 'ar', options: {} },
  { label: 'legt', method: 'legt', options: {} },
  { label: 'legt-stable', method: 'legt-stable', options: {} },
  { label: 'copy-last', method: 'copy-last', options: {} },
];

/** Input of {@link runTrajectory}. */
export interface TrajectoryInput {
  system: SystemName;
  context: number;
  horizon: number;
  seed: number;
  stream: number;
  transient: number;
  labels: string[];
}

/** Scores of one method on one trajectory. */
export interface MethodResult {
  label: string;
  /** valid time in Lyapunov times (chaotic systems) or time units */
  valid: number;
  /** the threshold was not crossed within the horizon (a lower bound) */
  censored: boolean;
  /** the forecast stopped being finite or left the context's range widened 10-fold */
  diverged: boolean;
  /** features including the constant (ridge methods), else null */
  features: number | null;
  seconds: number;
}

/** Runs every requested method on one trajectory. */
export function runTrajectory(input: TrajectoryInput): MethodResult[] {
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
  const box = rangeBox(context, 10);
  const lyapunov = def.chaotic ? def.lyapunov : null;
  return METHOD_SPECS.filter((s) => input.labels.includes(s.label)).map((spec) => {
    const t0 = performance.now();
    const [r] = forecastWith(spec.method, [context], K, { dt: def.dt, ...spec.options });
    const seconds = (performance.now() - t0) / 1000;
    const s = scoreForecast(truth, r.forecast, { dt: def.dt, scale, lyapunov, horizons: [] });
    const diverged = r.forecast.some((c, i) => c.some((v) => !(v >= box[i][0] && v <= box[i][1])));
    return {
      label: spec.label,
      valid: s.lyapunovTimes ?? s.validTime,
      censored: !s.exceeded,
      diverged,
      features: typeof r.model.features === 'number' ? r.model.features : null,
      seconds,
    };
  });
}
