/**
 * The numbers the explorer should show for a set of settings, computed here in Node straight from the library's
 * public API, independently of the page's own code (explorer/src/compute.ts): the model's prediction from prophecy /
 * higherOrderPredictor / windowBank, its second-half and whole-window oneStepError, and copy-last in the same
 * regime as a naive loop (u[k] while teacher-forced, then the last true input held).
 */
import { expect } from 'vitest';
import type { ExplorerSettings } from '../explorer/src/settings.ts';
import {
  bankPredict,
  generate,
  higherOrderPredictor,
  hippo,
  oneStepError,
  predictNext,
  prophecy,
  windowBank,
} from '../src/index.ts';

/** Browser (Chromium's V8) against Node's V8 running the same float64 code: only libm differences may remain. */
export const BROWSER_NODE_REL = 1e-9;

/**
 * Absolute difference allowed between the browser's and Node's predictions: both round at ~1e-16 relative, but the
 * evaluation path 'auto' picks (scan, FFT with or without WebAssembly) may differ between them; the scan and the FFT
 * of a 4-member bank on White Signal (|u| <= 1) differ by 1e-15 at most, and 1e-13 leaves room for signals up to
 * |u| ~ 50 (Lorenz).
 */
export const PREDICTION_ABS = 1e-13;

/**
 * Allowed |shown - expected| for an MSE: the relative part BROWSER_NODE_REL, plus the effect of predictions that
 * differ by at most PREDICTION_ABS, |d(mean e^2)| <= 2 sqrt(mse) PREDICTION_ABS + PREDICTION_ABS^2, which dominates
 * for MSEs near the float64 floor (errors of ~1e-11 per step, where a 1e-16 relative rounding difference of the
 * prediction is a 1e-5 relative difference of the error).
 */
export function mseTolerance(mse: number): number {
  return (
    BROWSER_NODE_REL * Math.abs(mse) + 2 * Math.sqrt(Math.abs(mse)) * PREDICTION_ABS + PREDICTION_ABS ** 2
  );
}

/** Expects a finite MSE the page shows (a data-value, null when it shows none) within mseTolerance of Node's. */
export function expectMse(shown: number | null, expected: number): void {
  expect(shown).not.toBeNull();
  expect(Number.isFinite(shown)).toBe(true);
  expect(Math.abs(shown! - expected)).toBeLessThanOrEqual(mseTolerance(expected));
}

/** Expects the ratio model / copy-last within the tolerance the two MSEs carry. */
export function expectRatio(shown: number | null, secondHalf: number, copyLast: number): void {
  expect(shown).not.toBeNull();
  const tol = (mseTolerance(secondHalf) + (secondHalf / copyLast) * mseTolerance(copyLast)) / copyLast;
  expect(Math.abs(shown! - secondHalf / copyLast)).toBeLessThanOrEqual(tol);
}

export interface LibraryNumbers {
  /** the model's one-step (or rollout) MSE over the prediction indices k >= floor((L - 1) / 2), Infinity if diverged */
  secondHalf: number;
  /** copy-last's MSE over the same window */
  copyLast: number;
  /** the model's MSE over all L - 1 predictions, Infinity if diverged */
  whole: number;
  /** first k whose squared error is not finite, or null */
  divergedAt: number | null;
  /** the prediction itself (prediction[k] forecasts u[k + 1]) */
  prediction: Float64Array;
}

function modelPrediction(s: ExplorerSettings, u: Float64Array): Float64Array {
  if (s.bank) {
    const bank = windowBank(s.dt, {
      thetaMin: s.bankThetaMin,
      thetaMax: s.bankThetaMax,
      count: s.bankCount,
      order: s.output === 'matched' ? s.order : 1,
    });
    return bankPredict(bank, [u], { weighting: s.bankWeighting })[0].prediction;
  }
  const op = hippo(s.measure, s.N, { theta: s.theta });
  const p =
    s.output === 'matched' || s.output === 'taylor'
      ? higherOrderPredictor(op, { dt: s.dt, order: s.order, rule: s.output })
      : prophecy(op, { dt: s.dt, discretization: s.discretization, output: s.output });
  return predictNext(p, u, { teacherRatio: s.teacherRatio });
}

/** What the page should show for `s` (assumes settings the library accepts). */
export function libraryNumbers(s: ExplorerSettings): LibraryNumbers {
  const u = generate(s.system, { length: s.length, dt: s.dt, seed: s.seed, noise: s.noise }).values[
    s.channel
  ];
  const prediction = modelPrediction(s, u);
  const L = u.length;
  const from = Math.floor((L - 1) / 2);
  let divergedAt: number | null = null;
  for (let k = 0; k < L - 1 && divergedAt === null; k++) {
    if (!Number.isFinite((prediction[k] - u[k + 1]) ** 2)) divergedAt = k;
  }
  // rollout: ceil(teacherRatio L) true inputs (at least 1); copy-last then holds the last of them
  const T = Math.max(1, Math.ceil(s.teacherRatio * L - 1e-9));
  let copySum = 0;
  for (let k = from; k < L - 1; k++) copySum += (u[Math.min(k, T - 1)] - u[k + 1]) ** 2;
  return {
    secondHalf: divergedAt === null ? oneStepError(prediction, u, { window: 'second-half' }) : Infinity,
    copyLast: copySum / (L - 1 - from),
    whole: divergedAt === null ? oneStepError(prediction, u) : Infinity,
    divergedAt,
    prediction,
  };
}
