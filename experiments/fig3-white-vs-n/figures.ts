/**
 * Figures of figure 3: one per averaging window ('second-half', 'whole'), one panel per gamma.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNFigures } from '../common/errorVsN/index.ts';
import type { FigureSpec } from '../types.ts';
import type { Fig3Result } from './run.ts';
import { fig3Setup } from './setup.ts';

/**
 * @param result - from runFig3
 * @returns plotly specs keyed by window
 * @see arXiv:2407.09375
 */
export function fig3Figures(result: Fig3Result): Record<string, FigureSpec> {
  return errorVsNFigures(fig3Setup, result);
}
