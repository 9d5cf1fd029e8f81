/**
 * run() of figure 3: the error-vs-N sweep of its setup at one scale.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNExperimentUnits } from '../common/errorVsN/index.ts';
import { runAllUnits } from '../defineExperiment.ts';
import type { ErrorVsNResult } from '../common/errorVsN/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { Fig3Params } from './params.ts';
import { fig3Setup } from './setup.ts';

/** The result of figure 3. */
export type Fig3Result = ErrorVsNResult;

/** The units of figure 3 for sharded runs: (gamma, batch of functions); see errorVsNUnits. */
export const fig3Units = errorVsNExperimentUnits([fig3Setup], ([r]) => r);

/**
 * One-step error vs N of LegT and FouT on White Signal gamma = 1, 2, 5, with copy-last.
 *
 * @param ctx - the runner's context (seed, workers, checkpoints)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runFig3(ctx: ExperimentContext, params: Fig3Params): Promise<Fig3Result> {
  return runAllUnits(fig3Units, ctx, params);
}
