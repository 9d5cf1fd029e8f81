/**
 * run() of figure 2: both examples as one checkpoint, seeded by the run seed.
 *
 * @see arXiv:2407.09375
 */
import type { ExperimentContext } from '../types.ts';
import { computeFig2 } from './compute.ts';
import type { Fig2Result } from './compute.ts';
import type { Fig2Params } from './params.ts';

/**
 * The two example signals with the LegT prediction (see computeFig2).
 *
 * @param ctx - the runner's context (seed, checkpoint, progress)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runFig2(ctx: ExperimentContext, params: Fig2Params): Promise<Fig2Result> {
  return ctx.checkpoint('fig2', () => {
    ctx.progress(0, 1, 'examples');
    const r = computeFig2(params, ctx.seed);
    ctx.progress(1, 1, 'examples');
    return r;
  });
}
