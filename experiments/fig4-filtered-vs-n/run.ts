/**
 * run() of figure 4: the error-vs-N sweep of its setup at one scale.
 *
 * @see arXiv:2407.09375
 */
import { runErrorVsN } from '../common/errorVsN/index.ts';
import type { ErrorVsNResult } from '../common/errorVsN/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { Fig4Params } from './params.ts';
import { fig4Setup } from './setup.ts';

/** The result of figure 4. */
export type Fig4Result = ErrorVsNResult;

/**
 * One-step error vs N of LegT and FouT on Filtered Noise alpha = 0.05, 0.1, 0.3, with copy-last.
 *
 * @param ctx - the runner's context (seed, workers, checkpoints)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runFig4(ctx: ExperimentContext, params: Fig4Params): Promise<Fig4Result> {
  return runErrorVsN(ctx, fig4Setup, params);
}
