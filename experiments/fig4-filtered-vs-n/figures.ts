/**
 * Figures of figure 4: one per averaging window ('second-half', 'whole'), one panel per alpha.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNFigures } from '../common/errorVsN/index.ts';
import type { FigureSpec } from '../types.ts';
import type { Fig4Result } from './run.ts';
import { fig4Setup } from './setup.ts';

/**
 * @param result - from runFig4
 * @returns plotly specs keyed by window
 * @see arXiv:2407.09375
 */
export function fig4Figures(result: Fig4Result): Record<string, FigureSpec> {
  return errorVsNFigures(fig4Setup, result);
}
