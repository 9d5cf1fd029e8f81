/**
 * run() of figure 5: the functions in chunks through ctx.map (worker threads), one checkpoint per group of chunks,
 * reduced to per-position means, the floor and the reach positions.
 *
 * @see arXiv:2407.09375
 */
import { taskRef } from '../runner/workerPool.ts';
import type { ExperimentContext } from '../types.ts';
import { reduceFig5 } from './compute.ts';
import type { Fig5ChunkInput, Fig5ChunkOutput, Fig5Result } from './compute.ts';
import type { Fig5Params } from './params.ts';

/** The worker task: fig5Chunk of ./compute.ts. */
const FIG5_TASK = taskRef(import.meta.url, './compute.ts', 'fig5Chunk');

/**
 * LegT error vs context position, mean over White Signals, for every N of `params`.
 *
 * @param ctx - the runner's context (seed, workers, map, checkpoints, progress)
 * @param p - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runFig5(ctx: ExperimentContext, p: Fig5Params): Promise<Fig5Result> {
  const inputs: Fig5ChunkInput[] = [];
  for (let from = 0; from < p.functions; from += p.chunk) {
    inputs.push({
      seed: ctx.seed,
      from,
      to: Math.min(p.functions, from + p.chunk),
      gamma: p.gamma,
      L: p.L,
      K: p.K,
      Ns: p.Ns,
      theta: p.theta,
      dt: p.dt,
    });
  }
  const group = Math.max(2, 2 * ctx.workers);
  const outputs: Fig5ChunkOutput[] = [];
  for (let g = 0; g < inputs.length; g += group) {
    const part = inputs.slice(g, g + group);
    const out = await ctx.checkpoint(`chunks-${g}`, () =>
      ctx.map<Fig5ChunkInput, Fig5ChunkOutput>(FIG5_TASK, part),
    );
    outputs.push(...out);
    ctx.progress(Math.min(inputs.length, g + group), inputs.length, 'function chunks');
  }
  return reduceFig5(p, ctx.seed, outputs);
}
