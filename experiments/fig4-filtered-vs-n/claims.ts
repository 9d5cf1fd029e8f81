/**
 * Claims of figure 4: the error-vs-N claims against the expectations of its setup.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNClaims } from '../common/errorVsN/index.ts';
import type { Claim } from '../types.ts';
import type { Fig4Result } from './run.ts';
import { fig4Setup } from './setup.ts';

/**
 * @param result - from runFig4
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function fig4Claims(result: Fig4Result): Claim[] {
  return errorVsNClaims(fig4Setup, result);
}
