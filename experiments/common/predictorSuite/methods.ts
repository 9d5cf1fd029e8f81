/**
 * The predictors every "beyond the paper" experiment compares: three LegT constructions and the registered
 * baselines of src/baselines, each a causal one-step predictor out[k] ~ u[k + 1].
 */
import { prophecy } from '../../../src/construction/index.ts';
import type { DiscretePredictor } from '../../../src/construction/index.ts';
import { hippo } from '../../../src/hippo/index.ts';
import { baselines } from '../../../src/baselines/index.ts';
import { oneStepError } from '../../../src/metrics/index.ts';
import { predictNext } from '../../../src/ssm/index.ts';

/** Method ids in display order. */
export const METHOD_IDS = [
  'legt-paper',
  'legt-short',
  'legt-select',
  'copyLast',
  'fd1',
  'fd2',
  'fd3',
  'fd4',
  'polyExtrap',
  'ar4',
] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** Legend labels. */
export const METHOD_LABELS: Record<MethodId, string> = {
  'legt-paper': 'LegT N=17, theta = whole context (paper)',
  'legt-short': 'LegT N=9, window 300 samples',
  'legt-select': 'LegT (N, window) chosen in context',
  copyLast: 'copy last',
  fd1: 'finite difference p=1',
  fd2: 'finite difference p=2',
  fd3: 'finite difference p=3',
  fd4: 'finite difference p=4',
  polyExtrap: 'polynomial extrapolation (8 samples, degree 2)',
  ar4: 'AR(4) least squares',
};

/** The construction settings, all in samples: the predictor depends on N and the window W = theta / dt only. */
export interface ConstructionSettings {
  /** N of the paper construction (theta = whole context) */
  paperN: number;
  /** N and window (samples) of the short-window construction */
  shortN: number;
  shortWindow: number;
  /** the bank the in-context choice picks from: every (N, W) with W >= N^2 (D dt / 2 = N^2 / (2 W) <= 1/2) */
  selectN: number[];
  selectWindows: number[];
}

export const DEFAULT_CONSTRUCTION: ConstructionSettings = {
  paperN: 17,
  shortN: 9,
  shortWindow: 300,
  selectN: [3, 5, 9],
  selectWindows: [16, 32, 64, 128, 256, 512, 1024],
};

/**
 * The LegT predictor with N states and a window of W samples (theta = W dt with dt = 1 / L, so W = L is the
 * paper's theta = 1 over the whole context).
 */
export function legtPredictor(N: number, W: number, L: number): DiscretePredictor {
  return prophecy(hippo('legt', N, { theta: W / L }), { dt: 1 / L });
}

/** The (N, W) pairs of the in-context bank. */
export function selectionBank(s: ConstructionSettings): { N: number; W: number }[] {
  const out: { N: number; W: number }[] = [];
  for (const N of s.selectN) for (const W of s.selectWindows) if (W >= N * N) out.push({ N, W });
  return out;
}

/**
 * The in-context choice: the bank entry with the smallest teacher-forced MSE on prediction indices
 * [L/4, L/2) of the (observed) signal, so the choice sees only the first half of the context.
 */
export function selectConstruction(
  u: Float64Array,
  s: ConstructionSettings,
): { N: number; W: number; prediction: Float64Array } {
  const L = u.length;
  const from = Math.floor(L / 4);
  const to = Math.floor(L / 2);
  let best: { N: number; W: number; prediction: Float64Array; err: number } | null = null;
  for (const { N, W } of selectionBank(s)) {
    const prediction = predictNext(legtPredictor(N, W, L), u);
    const err = oneStepError(prediction, u, { from, to });
    if (best === null || err < best.err) best = { N, W, prediction, err };
  }
  if (best === null) throw new RangeError('selectConstruction: the selection bank is empty');
  return best;
}

/** Predictions of every method on one observed sequence u (plus the (N, W) the in-context choice picked). */
export function predictAll(
  u: Float64Array,
  s: ConstructionSettings,
): { predictions: Record<MethodId, Float64Array>; selected: { N: number; W: number } } {
  const L = u.length;
  const sel = selectConstruction(u, s);
  const predictions: Record<MethodId, Float64Array> = {
    'legt-paper': predictNext(legtPredictor(s.paperN, L, L), u),
    'legt-short': predictNext(legtPredictor(s.shortN, s.shortWindow, L), u),
    'legt-select': sel.prediction,
    copyLast: baselines.copyLast.predict(u, baselines.copyLast.defaults),
    fd1: baselines.finiteDifference.predict(u, { order: 1 }),
    fd2: baselines.finiteDifference.predict(u, { order: 2 }),
    fd3: baselines.finiteDifference.predict(u, { order: 3 }),
    fd4: baselines.finiteDifference.predict(u, { order: 4 }),
    polyExtrap: baselines.polynomialExtrapolation.predict(u, baselines.polynomialExtrapolation.defaults),
    ar4: baselines.arLeastSquares.predict(u, baselines.arLeastSquares.defaults),
  };
  return { predictions, selected: { N: sel.N, W: sel.W } };
}
