/**
 * run() of the order-in-dt experiment: the whole measurement as one checkpoint.
 *
 * @see arXiv:2407.09375
 */
import type { ExperimentContext } from '../types.ts';
import { computeOrderDt } from './compute.ts';
import type { OrderDtResult } from './compute.ts';
import type { OrderDtParams } from './params.ts';

/**
 * RMS one-step errors of every discretization at every dt and their fitted orders (see computeOrderDt).
 *
 * @param ctx - the runner's context (checkpoint, progress)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runOrderDt(ctx: ExperimentContext, params: OrderDtParams): Promise<OrderDtResult> {
  return ctx.checkpoint('order', () =>
    computeOrderDt(params, (d, n) => ctx.progress(d, n, 'discretizations')),
  );
}
