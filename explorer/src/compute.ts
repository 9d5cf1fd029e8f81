/**
 * What the explorer computes for one set of controls, as a pure function of them (no DOM): the signal, the
 * HiPPO-Prophecy one-step prediction and its per-step error, all through the library's public API.
 */
import {
  generate,
  hippo,
  oneStepError,
  predictNext,
  prophecy,
  systems,
  type MeasureName,
  type SystemName,
} from '../../src/index.ts';

/** The explorer's controls. */
export interface ExplorerSettings {
  /** signal or system name from the `systems` registry */
  system: SystemName;
  /** channel of a vector-valued system (0-based) */
  channel: number;
  /** number of samples L */
  length: number;
  /** seed of the generator */
  seed: number;
  /** standard deviation of the Gaussian observation noise added to the signal */
  noise: number;
  measure: MeasureName;
  /** state size */
  N: number;
  /** window length of the measure */
  theta: number;
  /** sample spacing of the signal and step of the predictor */
  dt: number;
  discretization: 'forward' | 'backward' | 'bilinear' | 'zoh';
  output: 'trapezoid' | 'forward-euler';
}

export const DEFAULT_SETTINGS: Readonly<ExplorerSettings> = Object.freeze({
  system: 'white-signal',
  channel: 0,
  length: 4000,
  seed: 0,
  noise: 0,
  measure: 'legt',
  N: 17,
  theta: 1,
  dt: 1e-3,
  discretization: 'bilinear',
  output: 'trapezoid',
});

/** Largest L the page accepts (beyond it a keystroke would freeze the page). */
export const MAX_LENGTH = 200_000;

export interface ExplorerResult {
  /** sample times, shape [L] */
  t: Float64Array;
  /** the observed signal (with noise), shape [L] */
  u: Float64Array;
  /** prediction[k] forecasts u[k + 1], shape [L] */
  prediction: Float64Array;
  /** squared error (prediction[k] - u[k + 1])^2, shape [L - 1] */
  error: Float64Array;
  /** mean of `error`: the library's oneStepError(prediction, u) (metric 'mse', whole window) */
  meanError: number;
  /** the predictor's feedthrough Dbar and the continuous D, for the summary line */
  Dbar: number;
  D: number;
}

/**
 * Generates the signal and runs the predictor; throws the library's errors unchanged (the page shows their
 * message), plus a RangeError for a length the page will not attempt or a channel the system does not have.
 */
export function compute(s: ExplorerSettings): ExplorerResult {
  if (!(s.length <= MAX_LENGTH)) {
    throw new RangeError(
      `explorer: length must be at most ${MAX_LENGTH} to stay interactive, got ${s.length}`,
    );
  }
  const op = hippo(s.measure, s.N, { theta: s.theta });
  const predictor = prophecy(op, { dt: s.dt, discretization: s.discretization, output: s.output });
  const g = generate(s.system, { length: s.length, dt: s.dt, seed: s.seed, noise: s.noise });
  const u = g.values[s.channel];
  if (u === undefined) {
    throw new RangeError(
      `explorer: ${s.system} has ${g.values.length} channel(s) (${g.channels.join(', ')}), got channel ${s.channel}`,
    );
  }
  const prediction = predictNext(predictor, u);
  const error = new Float64Array(u.length - 1);
  for (let k = 0; k + 1 < u.length; k++) error[k] = (prediction[k] - u[k + 1]) ** 2;
  return {
    t: g.t,
    u,
    prediction,
    error,
    meanError: oneStepError(prediction, u),
    Dbar: predictor.Dbar,
    D: predictor.D,
  };
}

/** Channel names of a system (for the channel control). */
export function channelsOf(system: SystemName): readonly string[] {
  return systems[system].channels;
}
