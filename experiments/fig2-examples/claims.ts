/**
 * Claims of figure 2: the measurements of the rows of its bound table (bounds.ts).
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { Fig2Example, Fig2Result } from './compute.ts';

function example(result: Fig2Result, system: string): Fig2Example {
  const e = result.examples.find((x) => x.system === system);
  if (!e) throw new RangeError(`fig2-examples: no ${system} example in the result`);
  return e;
}

/** LegT's second-half MSE over copy-last's on one example. */
function overCopyLast(e: Fig2Example): { value: number; detail: string } {
  return {
    value: e.legtSecondHalf / e.copyLastSecondHalf,
    detail: `LegT ${e.legtSecondHalf.toExponential(2)}, copy-last ${e.copyLastSecondHalf.toExponential(2)}`,
  };
}

/**
 * The claims of figure 2.
 *
 * @param result - from {@link computeFig2}
 * @returns the claims
 * @example fig2Claims(computeFig2(params, 0))
 */
export function fig2Claims(result: Fig2Result): Claim[] {
  return evaluateRegistered(BOUNDS, {
    whiteAtCopyLast: () => overCopyLast(example(result, 'white-signal')),
    filteredAtCopyLast: () => overCopyLast(example(result, 'filtered-noise')),
  });
}
