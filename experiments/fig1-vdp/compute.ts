/**
 * Figure 1 computation: one-step errors of LegT, FouT (the construction and the authors' predictor) and copy-last on
 * the authors' "Van der Pol" signal x' = mu (1 - x^2) sin t.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import type { OutputRule } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import type { MeasureName } from '../../src/hippo/index.ts';
import { perPositionError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generate } from '../../src/systems/index.ts';
import { downsample } from '../common/index.ts';
import type { Fig1Params } from './params.ts';

/** Summary numbers of one predictor's per-step squared error e[k] = (out[k] - u[k+1])^2, on the full trace. */
export interface PredictorStats {
  name: string;
  /** max e[k] over the first 50 steps: the start-up spike */
  startupMax: number;
  /**
   * max and mean of e[k] for k >= min(2 theta / dt, L / 2): after two windows the start-up transient is over (with
   * dt = 1 / L the window is the whole context, so the second half is used instead)
   */
  afterMax: number;
  afterMean: number;
  /** for each switching event after the transient: max e[k] within one time unit of the signal (500 samples) of it */
  eventPeaks: number[];
  /** median e[k] over positions after the transient farther than two time units from every event (NaN if none) */
  quietMedian: number;
}

/** One time step convention: its dt and the stats of every predictor. */
export interface Fig1Run {
  /** 'sample': dt = the signal's sample spacing 20 / (L - 1); 'inverse-length': dt = 1 / L */
  dtRule: 'sample' | 'inverse-length';
  dt: number;
  stats: PredictorStats[];
  /** downsampled error traces (block maxima, so spikes stay visible), x = time t */
  traces: { name: string; x: number[]; y: number[] }[];
}

/** The JSON result of figure 1. */
export interface Fig1Result {
  params: Fig1Params;
  /** downsampled solution x(t) */
  solution: { t: number[]; x: number[] };
  /** times of the switching events: the dips of x towards 0.5 (local minima below the midpoint), t > 0 */
  eventTimes: number[];
  runs: Fig1Run[];
}

/** The labels of figure 1's predictors, by role (the stats and traces carry these names). */
export const FIG1_LABELS = {
  legt: 'LegT',
  fout: 'FouT',
  authors: "FouT, the authors' predictor",
  copy: 'copy-last',
} as const;

/**
 * The predictors of figure 1: [label, measure, output rule]. LegT and FouT are the construction (trapezoid output);
 * fout-authors is the authors' FouT predictor read from their code (its own readout, forward-Euler output,
 * docs/theory.md eq. 11).
 */
export const FIG1_PREDICTORS: readonly [string, MeasureName, OutputRule][] = [
  [FIG1_LABELS.legt, 'legt', 'trapezoid'],
  [FIG1_LABELS.fout, 'fout', 'trapezoid'],
  [FIG1_LABELS.authors, 'fout-authors', 'forward-euler'],
];

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Indices of the switching events: local minima of x that lie below the midpoint of its range (k > 0). For
 * vdp-paper, x = tanh(atanh(x0) + mu (cos t0 - cos t)) dips to x0 = 0.5 at t = 2 pi j and sits near 1 between, so the
 * events are the fast fall to 0.5 and rise back around each dip.
 *
 * @param x - the solution, shape [L]
 * @returns the indices of the dips
 * @example findEvents(generate('vdp-paper').values[0]) // [3141, 6283, 9424]
 */
export function findEvents(x: Float64Array): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const mid = (lo + hi) / 2;
  const out: number[] = [];
  for (let k = 1; k + 1 < x.length; k++) if (x[k] < mid && x[k] < x[k - 1] && x[k] <= x[k + 1]) out.push(k);
  return out;
}

/**
 * Stats of one per-step error trace (see {@link PredictorStats}).
 *
 * @param name - predictor label
 * @param e - per-step squared errors, shape [L - 1]
 * @param events - indices of the switching events
 * @param start - first index after the start-up transient
 * @param halfWidth - half width (in samples) of an event's neighbourhood
 * @returns the stats
 * @example errorStats('LegT', e, [3141, 6283], 1000, 500)
 */
export function errorStats(
  name: string,
  e: Float64Array,
  events: number[],
  start: number,
  halfWidth: number,
): PredictorStats {
  let startupMax = 0;
  for (let k = 0; k < Math.min(50, e.length); k++) startupMax = Math.max(startupMax, e[k]);
  let afterMax = 0;
  let afterSum = 0;
  for (let k = start; k < e.length; k++) {
    afterMax = Math.max(afterMax, e[k]);
    afterSum += e[k];
  }
  const eventPeaks = events
    .filter((k) => k >= start)
    .map((k) => {
      let m = 0;
      for (let j = Math.max(0, k - halfWidth); j <= Math.min(e.length - 1, k + halfWidth); j++)
        m = Math.max(m, e[j]);
      return m;
    });
  const quiet: number[] = [];
  for (let k = start; k < e.length; k++)
    if (events.every((j) => Math.abs(k - j) > 2 * halfWidth)) quiet.push(e[k]);
  return {
    name,
    startupMax,
    afterMax,
    afterMean: afterSum / Math.max(1, e.length - start),
    eventPeaks,
    quietMedian: median(quiet),
  };
}

/**
 * Runs figure 1 for both time-step conventions: per-step squared errors of every predictor of
 * {@link FIG1_PREDICTORS} and of copy-last on vdp-paper (mu = 7, x0 = 0.5, t in [0, 20], L samples).
 *
 * @param params - see {@link Fig1Params}
 * @returns the result (small: traces downsampled to params.maxPoints, stats from the full traces)
 * @example computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 2000 })
 */
export function computeFig1(
  params: Fig1Params,
  onStep: (done: number, total: number) => void = () => {},
): Fig1Result {
  const g = generate('vdp-paper', { length: params.L });
  const u = g.values[0];
  const t = g.t;
  const events = findEvents(u);
  const sol = downsample(u, params.maxPoints, { x: t, digits: 6 });
  const rules: Fig1Run['dtRule'][] = ['sample', 'inverse-length'];
  const runs: Fig1Run[] = [];
  let done = 0;
  const total = rules.length * (FIG1_PREDICTORS.length + 1);
  for (const dtRule of rules) {
    const dt = dtRule === 'sample' ? t[1] - t[0] : 1 / params.L;
    const start = Math.min(2 * Math.round(params.theta / dt), Math.floor((params.L - 1) / 2));
    const halfWidth = Math.round(1 / (t[1] - t[0]));
    const stats: PredictorStats[] = [];
    const traces: Fig1Run['traces'] = [];
    const add = (name: string, out: Float64Array) => {
      const e = perPositionError(out, u);
      stats.push(errorStats(name, e, events, start, halfWidth));
      const d = downsample(e, params.maxPoints, { x: t.subarray(1), mode: 'max', digits: 4 });
      traces.push({ name, x: d.x, y: d.y });
      onStep(++done, total);
    };
    for (const [name, measure, output] of FIG1_PREDICTORS) {
      const p = prophecy(hippo(measure, params.N, { theta: params.theta }), { dt, output });
      add(name, predictNext(p, u));
    }
    add(FIG1_LABELS.copy, copyLast(u));
    runs.push({ dtRule, dt, stats, traces });
  }
  return {
    params,
    solution: { t: sol.x, x: sol.y },
    eventTimes: events.map((k) => t[k]),
    runs,
  };
}
