/**
 * run() of figure 1: the whole computation as one checkpoint.
 *
 * @see arXiv:2407.09375
 */
import type { ExperimentContext } from '../types.ts';
import { computeFig1 } from './compute.ts';
import type { Fig1Result } from './compute.ts';
import type { Fig1Params } from './params.ts';

/**
 * Per-step errors of every predictor on vdp-paper for both time-step conventions (see computeFig1).
 *
 * @param ctx - the runner's context (checkpoint, progress)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runFig1(ctx: ExperimentContext, params: Fig1Params): Promise<Fig1Result> {
  return ctx.checkpoint('fig1', () => computeFig1(params, (d, n) => ctx.progress(d, n, 'predictors')));
}
