/**
 * Figures of figure 4: per signal convention, one per averaging window ('second-half', 'whole'), one panel per
 * alpha; the authors' convention's keys are prefixed 'nengo-'.
 *
 * @see arXiv:2407.09375
 */
import { errorVsNFigures } from '../common/errorVsN/index.ts';
import type { FigureSpec } from '../types.ts';
import { CONVENTIONS } from './bounds.ts';
import type { Fig4Result } from './run.ts';
import { fig4Setups } from './setup.ts';

/**
 * @param result - from runFig4
 * @returns plotly specs keyed by window (ours) and 'nengo-' + window (the authors' convention)
 * @see arXiv:2407.09375
 */
export function fig4Figures(result: Fig4Result): Record<string, FigureSpec> {
  const out: Record<string, FigureSpec> = {};
  for (const c of CONVENTIONS) {
    for (const [w, fig] of Object.entries(errorVsNFigures(fig4Setups[c], result[c])))
      out[c === 'ours' ? w : `${c}-${w}`] = fig;
  }
  return out;
}
