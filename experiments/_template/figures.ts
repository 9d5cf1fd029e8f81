/**
 * TEMPLATE figures.ts: plotly specs keyed by figure name, built with src/plot. Put measured numbers that the notes
 * would otherwise repeat into titles or legends, generated from the result.
 *
 * @see arXiv:2407.09375
 */
import { barFigure } from '../../src/plot/index.ts';
import type { FigureSpec } from '../types.ts';
import type { TemplateResult } from './run.ts';

/**
 * @param result - from runTemplate
 * @returns { errors }
 * @see arXiv:2407.09375
 */
export function templateFigures(result: TemplateResult): Record<string, FigureSpec> {
  return {
    errors: barFigure({
      title: `Second-half one-step MSE on a sine, N = ${result.params.N}, L = ${result.params.L}`,
      yLabel: 'MSE',
      logY: true,
      categories: ['sine'],
      groups: [
        { name: 'LegT', values: [result.legt] },
        { name: 'copy-last', values: [result.copyLast] },
      ],
    }),
  };
}
