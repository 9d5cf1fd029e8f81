/**
 * What the explorer computes for one set of settings, as a pure function of them (no DOM, runs in the Web Worker):
 * the signal, the model's predictions (one construction or a window bank, teacher-forced or rolled out), copy-last
 * in the same regime, and their errors, all through the library's public API. The headline is the second-half
 * MSE (the paper's and the CLI's window: it skips the start-up transient).
 */
import {
  bankPredict,
  copyLast,
  generate,
  higherOrderPredictor,
  hippo,
  oneStepError,
  perPositionError,
  predictNext,
  prophecy,
  windowBank,
  windowBankMembers,
  resolveWindow,
  teacherStepsFor,
  type DiscretePredictor,
  type HigherOrderPredictor,
  type IndexRange,
} from './library.ts';
import { isHigherOrder, type ExplorerSettings } from './settings.ts';

/** Largest L the page accepts (memory and time of one computation in the worker). */
export const MAX_LENGTH = 200_000;

/** Largest N the page accepts (a dense N x N operator; beyond it one computation takes minutes). */
export const MAX_N = 1024;

/** Most windows in a bank (each window has up to 10 members, DEFAULT_NS). */
export const MAX_BANK_COUNT = 100;

/** Largest (bank members) x L: the bank holds every member's predictions, P L float64 numbers (160 MB at 2e7). */
export const MAX_BANK_SAMPLES = 20_000_000;

export interface ExplorerResult {
  /** sample times, shape [L] */
  t: Float64Array;
  /** the observed signal (with noise), shape [L] */
  u: Float64Array;
  /** prediction[k] forecasts u[k + 1], shape [L] (non-finite entries when the recurrence diverged) */
  prediction: Float64Array;
  /** copy-last in the same regime: u[k] while teacher-forced, then the last true value held, shape [L] */
  copyLast: Float64Array;
  /** squared error (prediction[k] - u[k + 1])^2, shape [L - 1] (Infinity from the divergence on) */
  error: Float64Array;
  /** squared error of copyLast, shape [L - 1] */
  copyLastError: Float64Array;
  /** T = teacherStepsFor(teacherRatio, L): u[0..T-1] are fed in; from step T on the model feeds back its output */
  teacherSteps: number;
  /** the prediction indices k the headline averages: resolveWindow('second-half', L - 1) */
  window: IndexRange;
  /** the model's oneStepError over `window` (Infinity when it diverged) */
  secondHalf: number;
  /** copy-last's oneStepError over `window` */
  copyLastSecondHalf: number;
  /** the model's oneStepError over all L - 1 predictions (Infinity when it diverged) */
  whole: number;
  /** first k whose error is not finite (the recurrence or the closed loop diverged), or null */
  divergedAt: number | null;
  /** one line describing the model (D, D dt/2, Dbar or the bank) for the summary */
  description: string;
}

/** The model of the settings: a single predictor, or the bank's members. */
function predict(s: ExplorerSettings, u: Float64Array): { prediction: Float64Array; description: string } {
  if (s.bank) return predictWithBank(s, u);
  if (!(s.N <= MAX_N)) {
    throw new RangeError(`explorer: N must be at most ${MAX_N} to stay interactive, got ${s.N}`);
  }
  const op = hippo(s.measure, s.N, { theta: s.theta });
  let predictor: DiscretePredictor;
  let rule: string;
  if (isHigherOrder(s.output)) {
    requireBilinear(s);
    const p: HigherOrderPredictor = higherOrderPredictor(op, { dt: s.dt, order: s.order, rule: s.output });
    predictor = p;
    rule = `${s.output} rule, M = ${p.readoutOrder} (local order ${p.localOrder})`;
  } else {
    predictor = prophecy(op, { dt: s.dt, discretization: s.discretization, output: s.output });
    rule = `${s.output} output`;
  }
  const prediction = predictNext(predictor, u, { teacherRatio: s.teacherRatio });
  const D = predictor.D;
  return {
    prediction,
    description:
      `${s.measure} N = ${s.N}, ${rule}: D = ${D.toPrecision(6)}, D dt/2 = ${((D * s.dt) / 2).toPrecision(4)}, ` +
      `Dbar = ${predictor.Dbar.toPrecision(6)}`,
  };
}

function requireBilinear(s: ExplorerSettings): void {
  if (s.discretization !== 'bilinear') {
    throw new RangeError(
      `explorer: the ${s.output} output rule runs on the bilinear state (higherOrderPredictor); ` +
        `set discretization to bilinear, got ${s.discretization}`,
    );
  }
}

function predictWithBank(
  s: ExplorerSettings,
  u: Float64Array,
): { prediction: Float64Array; description: string } {
  if (s.teacherRatio !== 1) {
    throw new RangeError(
      `explorer: the window bank is teacher-forced only (bankPredict); set teacher ratio to 1, got ${s.teacherRatio}`,
    );
  }
  if (s.output !== 'trapezoid' && s.output !== 'matched') {
    throw new RangeError(
      `explorer: the window bank's members use the trapezoid or the matched output rule (windowBank order); ` +
        `got output ${s.output}`,
    );
  }
  requireBilinear(s);
  if (!(s.bankCount <= MAX_BANK_COUNT)) {
    throw new RangeError(
      `explorer: the bank count must be at most ${MAX_BANK_COUNT} windows, got ${s.bankCount}`,
    );
  }
  const members = windowBankMembers(s.dt, {
    thetaMin: s.bankThetaMin,
    thetaMax: s.bankThetaMax,
    count: s.bankCount,
  });
  const P = members.length;
  if (P * u.length > MAX_BANK_SAMPLES) {
    throw new RangeError(
      `explorer: a window bank of ${P} members over L = ${u.length} samples holds ${P * u.length} predictions, ` +
        `above the page's limit ${MAX_BANK_SAMPLES} (memory); lower the bank count or L`,
    );
  }
  const bank = windowBank(s.dt, { members, order: s.output === 'matched' ? s.order : 1 });
  const [r] = bankPredict(bank, [u], { weighting: s.bankWeighting });
  const last = bank.members[r.leader[u.length - 2]];
  return {
    prediction: r.prediction,
    description:
      `window bank of ${P} LegT members (theta ${s.bankThetaMin} to ${s.bankThetaMax}, ${s.bankWeighting}, ` +
      `order ${bank.order}); at the end it follows theta = ${last.theta.toPrecision(3)}, N = ${last.N}`,
  };
}

/**
 * The squared errors of a prediction that may hold non-finite entries: perPositionError up to the first
 * non-finite prediction, Infinity from there on.
 */
function errorsUpToDivergence(prediction: Float64Array, u: Float64Array): Float64Array {
  const n = u.length - 1;
  let bad = 0;
  while (bad < n && Number.isFinite(prediction[bad])) bad++;
  if (bad === n) return perPositionError(prediction, u);
  const e = new Float64Array(n).fill(Infinity);
  if (bad > 0) e.set(perPositionError(prediction.subarray(0, bad), u.subarray(0, bad + 1)));
  return e;
}

/**
 * Generates the signal and runs the model and copy-last; throws the library's errors unchanged (the page shows
 * their message), plus a RangeError for a length, N or bank the page will not attempt, a channel the system does not
 * have, or an option combination the library has no model for.
 */
export function compute(s: ExplorerSettings): ExplorerResult {
  if (!(s.length >= 2 && s.length <= MAX_LENGTH)) {
    throw new RangeError(
      `explorer: length must be at least 2 (a prediction and its target) and at most ${MAX_LENGTH} to stay ` +
        `interactive, got ${s.length}`,
    );
  }
  const g = generate(s.system, { length: s.length, dt: s.dt, seed: s.seed, noise: s.noise });
  const u = g.values[s.channel];
  if (u === undefined) {
    throw new RangeError(
      `explorer: ${s.system} has ${g.values.length} channel(s) (${g.channels.join(', ')}), got channel ${s.channel}`,
    );
  }
  const { prediction, description } = predict(s, u);
  const L = u.length;
  const teacherSteps = teacherStepsFor(s.teacherRatio, L);
  // copy-last fed back its own forecasts after T true inputs holds u[T - 1]
  const held = Float64Array.from(u);
  held.fill(u[teacherSteps - 1], teacherSteps);
  const copy = copyLast(held);
  const window = resolveWindow('second-half', L - 1);
  const error = errorsUpToDivergence(prediction, u);
  const firstBad = error.findIndex((e) => !Number.isFinite(e));
  const divergedAt = firstBad < 0 ? null : firstBad;
  return {
    t: g.t,
    u,
    prediction,
    copyLast: copy,
    error,
    copyLastError: perPositionError(copy, u),
    teacherSteps,
    window,
    secondHalf: divergedAt === null ? oneStepError(prediction, u, { window: 'second-half' }) : Infinity,
    copyLastSecondHalf: oneStepError(copy, u, { window: 'second-half' }),
    whole: divergedAt === null ? oneStepError(prediction, u) : Infinity,
    divergedAt,
    description,
  };
}
