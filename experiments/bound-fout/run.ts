/**
 * run() of the FouT bound experiment: the whole measurement as one checkpoint.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import type { ExperimentContext } from '../types.ts';
import { computeBoundFout } from './compute.ts';
import type { BoundFoutResult } from './compute.ts';
import type { BoundFoutParams } from './params.ts';

/**
 * Sup-norm derivative errors vs N of the FouT readout on periodic signals, its bias on non-periodic ones and the
 * fout-code convention (see computeBoundFout).
 *
 * @param ctx - the runner's context (checkpoint, progress)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runBoundFout(ctx: ExperimentContext, params: BoundFoutParams): Promise<BoundFoutResult> {
  return ctx.checkpoint('bound', () => computeBoundFout(params, (d, n) => ctx.progress(d, n, 'N values')));
}
