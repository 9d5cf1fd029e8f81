/**
 * Figure 2 computation: example White Signal and Filtered Noise traces with the LegT prediction and its error.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { oneStepError, perPositionError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generate } from '../../src/systems/index.ts';
import { downsample } from '../common/index.ts';
import type { Fig2Params } from './params.ts';

/** One example signal with its prediction and summary numbers (full data). */
export interface Fig2Example {
  name: string;
  /** generator and parameters */
  system: string;
  params: Record<string, number>;
  min: number;
  max: number;
  /** fraction of the (mean-removed) energy above the White Signal cutoff gamma, from a direct DFT of the scaled signal */
  outOfBandFraction: number;
  /** one-step MSE over the second half of the context, LegT and copy-last */
  legtSecondHalf: number;
  copyLastSecondHalf: number;
  /** downsampled traces: time, signal, LegT prediction of the same sample, per-step errors (block maxima) */
  t: number[];
  u: number[];
  /** times of the plotted predictions (prediction[k] is plotted at t[k + 1], the time of the sample it forecasts) */
  predictionT: number[];
  prediction: number[];
  errorT: number[];
  legtError: number[];
  copyLastErrorT: number[];
  copyLastError: number[];
}

export interface Fig2Result {
  params: Fig2Params;
  seed: number;
  /** the predictor's step dt = 1 / L */
  dt: number;
  examples: Fig2Example[];
}

/**
 * Fraction of the energy of u - mean(u) above the frequency `cutoff` (Hz), for samples spaced `dt` over one period:
 * 1 - (2 / L) sum_{k=1}^{K} |X_k|^2 / sum_n (u_n - mean)^2 with X_k = sum_n u_n exp(-2 pi i k n / L), K = floor(cutoff L dt)
 * (Parseval; direct DFT of the K in-band bins, O(L K)). Rounding limits it to ~1e-15.
 *
 * @param u - samples, shape [L]
 * @param dt - sample spacing (s)
 * @param cutoff - frequency (Hz)
 * @returns the out-of-band energy fraction in [0, 1] (up to rounding)
 * @example outOfBandFraction(sineOf3Hz, 1e-3, 2) // ~1
 */
export function outOfBandFraction(u: Float64Array, dt: number, cutoff: number): number {
  const L = u.length;
  let mean = 0;
  for (const v of u) mean += v;
  mean /= L;
  let total = 0;
  for (const v of u) total += (v - mean) ** 2;
  const K = Math.min(Math.floor(cutoff * L * dt * (1 + 1e-12)), Math.ceil(L / 2) - 1);
  let inBand = 0;
  for (let k = 1; k <= K; k++) {
    let re = 0;
    let im = 0;
    const w = (2 * Math.PI * k) / L;
    for (let n = 0; n < L; n++) {
      const d = u[n] - mean;
      re += d * Math.cos(w * n);
      im -= d * Math.sin(w * n);
    }
    inBand += (2 * (re * re + im * im)) / L;
  }
  return 1 - inBand / total;
}

/**
 * Generates the two example signals (seeded by `seed`), predicts them with LegT (dt = 1 / L) and summarises.
 *
 * @param params - see {@link Fig2Params}
 * @param seed - generator seed
 * @returns the result with downsampled traces
 * @example computeFig2({ L: 10000, N: 17, theta: 1, gamma: 2, alpha: 0.05, maxPoints: 1000 }, 0)
 */
export function computeFig2(params: Fig2Params, seed: number): Fig2Result {
  const dt = 1 / params.L;
  const p = prophecy(hippo('legt', params.N, { theta: params.theta }), { dt });
  const specs: [string, string, Record<string, number>][] = [
    [`White Signal (gamma = ${params.gamma})`, 'white-signal', { gamma: params.gamma }],
    [`Filtered Noise (alpha = ${params.alpha})`, 'filtered-noise', { alpha: params.alpha }],
  ];
  const examples = specs.map(([name, system, sp]) => {
    const g = generate(system, { length: params.L, seed, ...sp });
    const u = g.values[0];
    const sampleDt = g.t[1] - g.t[0];
    const out = predictNext(p, u);
    const cl = copyLast(u);
    let min = Infinity;
    let max = -Infinity;
    for (const v of u) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    const e = perPositionError(out, u);
    const ec = perPositionError(cl, u);
    // prediction[k] forecasts u[k + 1]: plot it at t[k + 1] next to the signal
    const ts = g.t.subarray(1);
    const su = downsample(u, params.maxPoints, { x: g.t, digits: 6 });
    const sp2 = downsample(out.subarray(0, u.length - 1), params.maxPoints, { x: ts, digits: 6 });
    const de = downsample(e, params.maxPoints, { x: ts, mode: 'max', digits: 4 });
    const dc = downsample(ec, params.maxPoints, { x: ts, mode: 'max', digits: 4 });
    return {
      name,
      system,
      params: sp,
      min,
      max,
      outOfBandFraction: outOfBandFraction(u, sampleDt, params.gamma),
      legtSecondHalf: oneStepError(out, u, { window: 'second-half' }),
      copyLastSecondHalf: oneStepError(cl, u, { window: 'second-half' }),
      t: su.x,
      u: su.y,
      predictionT: sp2.x,
      prediction: sp2.y,
      errorT: de.x,
      legtError: de.y,
      copyLastErrorT: dc.x,
      copyLastError: dc.y,
    };
  });
  return { params, seed, dt, examples };
}
