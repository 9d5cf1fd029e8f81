/**
 * run() of figure 4: the error-vs-N sweep of each signal convention at one scale.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNExperimentUnits } from '../common/errorVsN/index.ts';
import { recordOf } from '../common/recordOf.ts';
import { runAllUnits } from '../defineExperiment.ts';
import type { ErrorVsNResult } from '../common/errorVsN/index.ts';
import type { ExperimentContext } from '../types.ts';
import { CONVENTIONS } from './bounds.ts';
import type { Convention } from './bounds.ts';
import type { Fig4Params } from './params.ts';
import { fig4Setups } from './setup.ts';

/** The result of figure 4: one error-vs-N result per signal convention. */
export type Fig4Result = Record<Convention, ErrorVsNResult>;

/**
 * The units of figure 4 for sharded runs: (convention, alpha, batch of functions), the conventions in CONVENTIONS
 * order; see errorVsNUnits.
 */
export const fig4Units = errorVsNExperimentUnits(
  CONVENTIONS.map((c) => fig4Setups[c]),
  (results) => recordOf(CONVENTIONS, (c) => results[CONVENTIONS.indexOf(c)]),
);

/**
 * One-step error vs N of LegT, FouT and the authors' FouT on Filtered Noise alpha = 0.05, 0.1, 0.3, with copy-last,
 * under both signal conventions (the same seed and streams).
 *
 * @param ctx - the runner's context (seed, workers, checkpoints)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runFig4(ctx: ExperimentContext, params: Fig4Params): Promise<Fig4Result> {
  return runAllUnits(fig4Units, ctx, params);
}
