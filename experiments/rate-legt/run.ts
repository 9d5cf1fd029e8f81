/**
 * run() of the LegT rate experiment: the whole measurement as one checkpoint.
 *
 * @see arXiv:2407.09375
 */
import type { ExperimentContext } from '../types.ts';
import { computeRateLegt } from './compute.ts';
import type { RateLegtResult } from './compute.ts';
import type { RateLegtParams } from './params.ts';

/**
 * LegT derivative-readout errors vs N on every test signal, and the running SSM's steady state (see computeRateLegt).
 *
 * @param ctx - the runner's context (checkpoint, progress)
 * @param params - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runRateLegt(ctx: ExperimentContext, params: RateLegtParams): Promise<RateLegtResult> {
  return ctx.checkpoint('rates', () => computeRateLegt(params, (d, n) => ctx.progress(d, n, 'signals')));
}
