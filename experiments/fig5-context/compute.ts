/**
 * Figure 5 computation: LegT per-position one-step error vs context position, mean over White Signals, for several
 * N, with the copy-last floor.
 *
 * @see arXiv:2407.09375
 */
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { firstReach, loglogSlope } from '../../src/metrics/index.ts';
import { predictNextBatch } from '../../src/ssm/index.ts';
import { generate } from '../../src/systems/index.ts';
import type { Fig5Params } from './params.ts';

/** Parameters of one chunk of functions (a worker task): the signal and predictor parameters of the scale. */
export interface Fig5ChunkInput extends Pick<Fig5Params, 'gamma' | 'L' | 'K' | 'Ns' | 'theta' | 'dt'> {
  seed: number;
  /** streams [from, to) of the generator: function i is generate(..., { seed, stream: i }) */
  from: number;
  to: number;
}

/** Per-position error sums of a chunk (plain arrays: structured-cloneable). */
export interface Fig5ChunkOutput {
  count: number;
  /** sums[i][k]: sum over the chunk's functions of (out[k] - u[k + 1])^2 for Ns[i], k < K - 1 */
  sums: number[][];
  /** the same for copy-last */
  copyLast: number[];
}

/**
 * Per-position squared-error sums of LegT (each N) and copy-last over functions [from, to) (a worker task).
 *
 * @param input - see {@link Fig5ChunkInput}
 * @returns the sums
 * @example fig5Chunk({ seed: 0, from: 0, to: 4, gamma: 1, L: 10000, K: 500, Ns: [16], theta: 1, dt: 1e-4 })
 */
export function fig5Chunk(input: Fig5ChunkInput): Fig5ChunkOutput {
  const { K } = input;
  const us: Float64Array[] = [];
  for (let i = input.from; i < input.to; i++) {
    us.push(
      generate('white-signal', {
        gamma: input.gamma,
        length: input.L,
        seed: input.seed,
        stream: i,
      }).values[0].slice(0, K),
    );
  }
  const copyLast = new Array<number>(K - 1).fill(0);
  for (const u of us) for (let k = 0; k < K - 1; k++) copyLast[k] += (u[k + 1] - u[k]) ** 2;
  const sums = input.Ns.map((N) => {
    const p = prophecy(hippo('legt', N, { theta: input.theta }), { dt: input.dt });
    const outs = predictNextBatch(p, us);
    const s = new Array<number>(K - 1).fill(0);
    outs.forEach((o, j) => {
      const u = us[j];
      for (let k = 0; k < K - 1; k++) s[k] += (o[k] - u[k + 1]) ** 2;
    });
    return s;
  });
  return { count: us.length, sums, copyLast };
}

const round6 = (v: number) => Number(v.toPrecision(6));

/** The paper's reach positions (poster, read off the plot), per N = 16, 31, 46, 61, 76. */
export const PAPER_REACH: Readonly<Record<number, number>> = { 16: 50, 31: 85, 46: 130, 61: 190, 76: 270 };

export interface Fig5Result {
  params: Fig5Params;
  seed: number;
  /**
   * positions stored for the figure: every position below 300 (the paper's range), then every 5th up to K - 2
   * (claims use the reach positions, computed on every position)
   */
  positions: number[];
  /** mean per-position error of copy-last at `positions`; floor: its mean over all positions and functions */
  copyLastMean: number[];
  floor: number;
  /** mean: per-position mean error at `positions` (6 significant digits); reach computed on every position */
  curves: { N: number; mean: number[]; reach: number; paperReach: number | null }[];
}

/**
 * Log-log slopes of the reach position vs N, ours and the paper's (NaN when a reach is missing or <= 0).
 *
 * @param curves - the result's curves
 * @returns { ours, paper }
 * @example reachSlopes(result.curves) // { ours: 1.26, paper: 1.07 }
 */
export function reachSlopes(curves: Fig5Result['curves']): { ours: number; paper: number } {
  const slope = (pairs: [number, number][]) =>
    pairs.length >= 2 && pairs.every(([, r]) => r > 0)
      ? loglogSlope(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1]),
        ).slope
      : NaN;
  return {
    ours: slope(curves.map((c) => [c.N, c.reach])),
    paper: slope(curves.filter((c) => c.paperReach !== null).map((c) => [c.N, c.paperReach as number])),
  };
}

/**
 * Reduces chunk outputs to the figure-5 result: per-position means, the common floor (copy-last's mean error over
 * all positions and functions) and the reach positions (first position after which the mean error stays within
 * `factor` x floor, metrics/firstReach).
 *
 * @param params - see {@link Fig5Params}
 * @param seed - the generator seed
 * @param chunks - outputs of {@link fig5Chunk} covering the functions
 * @returns the result
 * @example reduceFig5(params, 0, [fig5Chunk(input)])
 */
export function reduceFig5(params: Fig5Params, seed: number, chunks: Fig5ChunkOutput[]): Fig5Result {
  const n = chunks.reduce((a, c) => a + c.count, 0);
  const P = params.K - 1;
  const copyLastMean = new Array<number>(P).fill(0);
  for (const c of chunks) for (let k = 0; k < P; k++) copyLastMean[k] += c.copyLast[k] / n;
  const floor = copyLastMean.reduce((a, b) => a + b, 0) / P;
  const positions: number[] = [];
  for (let k = 0; k < P; k += k < 300 ? 1 : 5) positions.push(k);
  const curves = params.Ns.map((N, i) => {
    const mean = new Array<number>(P).fill(0);
    for (const c of chunks) for (let k = 0; k < P; k++) mean[k] += c.sums[i][k] / n;
    return {
      N,
      mean: positions.map((k) => round6(mean[k])),
      reach: firstReach(Float64Array.from(mean), floor, params.factor),
      paperReach: PAPER_REACH[N] ?? null,
    };
  });
  return {
    params,
    seed,
    positions,
    copyLastMean: positions.map((k) => round6(copyLastMean[k])),
    floor,
    curves,
  };
}
