/**
 * The worker task of the chaotic experiment: one function (initial condition) of one classic system. Every method
 * sees the true states u_0..u_{T-1} (the context); it is scored by its teacher-forced one-step MSE over the second
 * half of the context and by the valid prediction time of its free-running forecast of u_T..u_{T+horizon-1}.
 */
import { baselines } from '../../src/baselines/index.ts';
import { validPredictionTime } from '../../src/metrics/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { forecastChannels, predictChannels, predictorBank } from '../../src/multichannel/index.ts';
import type { ChannelOptions } from '../../src/multichannel/index.ts';
import { generate } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import {
  DEFAULT_CONSTRUCTION,
  METHOD_IDS,
  SYSTEM_TRANSIENT,
  selectConstruction,
} from '../common/predictorSuite/index.ts';
import type { ConstructionSettings, MethodId } from '../common/predictorSuite/index.ts';
import { causalRollout } from './causalRollout.ts';

/** Input of {@link evaluateSystem}. */
export interface SystemInput {
  system: SystemName;
  seed: number;
  stream: number;
  /** context length T (true states seen) */
  context: number;
  /** forecast length */
  horizon: number;
  /** samples the AR(4) baseline refits on during its rollout (its forecast cost grows with it) */
  arMemory: number;
  settings?: ConstructionSettings;
  /** keep the forecasts of channel 0 (for the example figure) */
  keepTrace?: boolean;
}

/** Scores of one function. */
export interface SystemOutput {
  system: SystemName;
  stream: number;
  /** [method] one-step MSE per channel (second half of the context) */
  oneStep: Record<MethodId, number[]>;
  /** [method] valid prediction time in the system's time units (all channels jointly, std-normalised, 0.4) */
  vptTime: Record<MethodId, number>;
  /** [method] whether the error crossed the threshold within the horizon (false: VPT is a lower bound) */
  exceeded: Record<MethodId, boolean>;
  /** in-context (N, W) per channel */
  selected: { N: number; W: number }[];
  /** channel 0: truth and forecasts over the horizon, when keepTrace */
  trace?: { truth: number[]; forecasts: Record<MethodId, number[]> };
}

/** Memory (samples passed per rollout step) of the finite-memory baselines: their forecast is unchanged by it. */
const FINITE_MEMORY: Partial<Record<MethodId, number>> = {
  copyLast: 1,
  fd1: 2,
  fd2: 3,
  fd3: 4,
  fd4: 5,
  polyExtrap: 8,
};

const BASELINE_OF: Record<string, (u: Float64Array) => Float64Array> = {
  copyLast: (u) => baselines.copyLast.predict(u, baselines.copyLast.defaults),
  fd1: (u) => baselines.finiteDifference.predict(u, { order: 1 }),
  fd2: (u) => baselines.finiteDifference.predict(u, { order: 2 }),
  fd3: (u) => baselines.finiteDifference.predict(u, { order: 3 }),
  fd4: (u) => baselines.finiteDifference.predict(u, { order: 4 }),
  polyExtrap: (u) => baselines.polynomialExtrapolation.predict(u, baselines.polynomialExtrapolation.defaults),
  ar4: (u) => baselines.arLeastSquares.predict(u, baselines.arLeastSquares.defaults),
};

/** Runs every method on one function of a system. */
export function evaluateSystem(input: SystemInput): SystemOutput {
  const s = input.settings ?? DEFAULT_CONSTRUCTION;
  const T = input.context;
  const K = input.horizon;
  const g = generate(input.system, {
    length: T + K,
    seed: input.seed,
    stream: input.stream,
    transient: SYSTEM_TRANSIENT,
    scale: 'minmax',
  });
  const H = g.values.length;
  const prefix = g.values.map((c) => c.slice(0, T));
  const truth = g.values.map((c) => c.slice(T, T + K));
  // the construction, as a multichannel bank (dt = 1 / T, window W = theta / dt samples)
  const selected = prefix.map((u) => {
    const { N, W } = selectConstruction(u, s);
    return { N, W };
  });
  const banks: Record<string, ReturnType<typeof predictorBank>> = {
    'legt-paper': predictorBank(H, { N: s.paperN, theta: 1, dt: 1 / T }),
    'legt-short': predictorBank(H, { N: s.shortN, theta: s.shortWindow / T, dt: 1 / T }),
    'legt-select': predictorBank(
      H,
      selected.map((c): ChannelOptions => ({ N: c.N, theta: c.W / T, dt: 1 / T })),
    ),
  };
  const oneStep = {} as Record<MethodId, number[]>;
  const vptTime = {} as Record<MethodId, number>;
  const exceeded = {} as Record<MethodId, boolean>;
  const traces = {} as Record<MethodId, number[]>;
  for (const m of METHOD_IDS) {
    let preds: Float64Array[];
    let forecast: Float64Array[];
    if (m in banks) {
      preds = predictChannels(banks[m], prefix);
      forecast = forecastChannels(banks[m], prefix, K);
    } else {
      const f = BASELINE_OF[m];
      preds = prefix.map((u) => f(u));
      const memory = FINITE_MEMORY[m] ?? input.arMemory;
      forecast = prefix.map((u) => causalRollout(f, u, K, { memory }));
    }
    oneStep[m] = preds.map((p, c) => oneStepError(p, prefix[c], { window: 'second-half' }));
    // a diverged forecast (non-finite) is invalid from its first non-finite sample on: clamp it far off
    const safe = forecast.map((f) => f.map((x) => (Number.isFinite(x) ? x : 1e300)));
    const vpt = validPredictionTime(truth, safe, { dt: g.t[1] - g.t[0] });
    vptTime[m] = vpt.time;
    exceeded[m] = vpt.exceeded;
    if (input.keepTrace) traces[m] = Array.from(forecast[0]);
  }
  return {
    system: input.system,
    stream: input.stream,
    oneStep,
    vptTime,
    exceeded,
    selected,
    ...(input.keepTrace ? { trace: { truth: Array.from(truth[0]), forecasts: traces } } : {}),
  };
}
