/**
 * Claims of figure 3: the error-vs-N claims against the expectations of its setup.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNClaims } from '../common/errorVsN/index.ts';
import type { Claim } from '../types.ts';
import type { Fig3Result } from './run.ts';
import { fig3Setup } from './setup.ts';

/**
 * @param result - from runFig3
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function fig3Claims(result: Fig3Result): Claim[] {
  return errorVsNClaims(fig3Setup, result);
}
