/**
 * run() of figure 4: the error-vs-N sweep of each signal convention at one scale.
 *
 * @see arXiv:2407.09375
 */
import { runErrorVsN } from '../common/errorVsN/index.ts';
import type { ErrorVsNResult } from '../common/errorVsN/index.ts';
import type { ExperimentContext } from '../types.ts';
import { CONVENTIONS } from './bounds.ts';
import type { Convention } from './bounds.ts';
import type { Fig4Params } from './params.ts';
import { fig4Setups } from './setup.ts';

/** The result of figure 4: one error-vs-N result per signal convention. */
export type Fig4Result = Record<Convention, ErrorVsNResult>;

/**
 * One-step error vs N of LegT, FouT and the authors' FouT on Filtered Noise alpha = 0.05, 0.1, 0.3, with copy-last,
 * under both signal conventions (the same seed and streams).
 *
 * @param ctx - the runner's context (seed, workers, checkpoints)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runFig4(ctx: ExperimentContext, params: Fig4Params): Promise<Fig4Result> {
  const out: Partial<Fig4Result> = {};
  for (const c of CONVENTIONS) out[c] = await runErrorVsN(ctx, fig4Setups[c], params);
  return out as Fig4Result; // every convention filled above
}
