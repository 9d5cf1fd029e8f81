/**
 * The computation of the LegS vs LegT experiment: second-half one-step MSE of the time-varying LegS construction
 * and of the paper's LegT (theta = 1 = the whole context) over N, on the paper's signals, at two context lengths.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNextBatch } from '../../src/ssm/index.ts';
import { generateBatch } from '../../src/systems/index.ts';
import type { GenerateOptions } from '../../src/systems/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { LegsParams, LegsSignal } from './params.ts';

/** Result: mse[l][m][n][s] for length l, measure m (0 LegS, 1 LegT), N index n, signal s. */
export type LegsResult = {
  lengths: number[];
  Ns: number[];
  labels: string[];
  measures: ['legs', 'legt'];
  mse: number[][][][];
  copyLast: number[][];
  /** first valid LegS trapezoid step floor(N^2/2) per N (before it the output is copy-last) */
  legsFirstValid: number[];
};

function signalsOf(sig: LegsSignal, L: number, count: number, seed: number): Float64Array[] {
  const opts: GenerateOptions = { length: L, seed, ...sig.params };
  if (sig.span === 'period10') opts.dt = 10 / L;
  return generateBatch(sig.system, count, opts).map((g) => g.values[0]);
}

/**
 * Runs every (L, N, measure) as one batch over all functions of all signals (LegS recomputes its step matrices once
 * per step for the whole batch).
 *
 * @param ctx - experiment context
 * @param params - the scale's parameters
 * @returns the result (plain JSON)
 * @see arXiv:2407.09375
 */
export async function runLegsVsLegt(ctx: ExperimentContext, params: LegsParams): Promise<LegsResult> {
  const F = params.functions;
  const mse: number[][][][] = [];
  const cl: number[][] = [];
  const total = params.lengths.length * params.Ns.length;
  let done = 0;
  for (const L of params.lengths) {
    const us = params.signals.flatMap((sig) => signalsOf(sig, L, F, ctx.seed));
    cl.push(
      params.signals.map(
        (_, s) =>
          us
            .slice(s * F, (s + 1) * F)
            .reduce((a, u) => a + oneStepError(copyLast(u), u, { window: 'second-half' }), 0) / F,
      ),
    );
    const perMeasure: number[][][] = [[], []];
    for (const N of params.Ns) {
      const row = await ctx.checkpoint(`L${L}-N${N}`, () =>
        (['legs', 'legt'] as const).map((measure) => {
          const op = measure === 'legs' ? hippo('legs', N) : hippo('legt', N, { theta: 1 });
          let outs: Float64Array[];
          try {
            outs = predictNextBatch(prophecy(op, { dt: 1 / L }), us);
          } catch {
            return params.signals.map(() => NaN); // LegT refused: N^2 dt/2 >= 1
          }
          return params.signals.map(
            (_, s) =>
              outs
                .slice(s * F, (s + 1) * F)
                .reduce((a, o, f) => a + oneStepError(o, us[s * F + f], { window: 'second-half' }), 0) / F,
          );
        }),
      );
      perMeasure[0].push(row[0]);
      perMeasure[1].push(row[1]);
      ctx.progress(++done, total, `L = ${L}, N = ${N}`);
    }
    mse.push(perMeasure);
  }
  return {
    lengths: params.lengths,
    Ns: params.Ns,
    labels: params.signals.map((s) => s.label),
    measures: ['legs', 'legt'],
    mse,
    copyLast: cl,
    legsFirstValid: params.Ns.map((N) => Math.floor((N * N) / 2)),
  };
}
