/**
 * The grouped-bar figure of the predictor-suite experiments (baselines, noise, chaotic): one group per method, the
 * median error with min-max whiskers per signal.
 *
 * @see arXiv:2407.09375
 */
import { barFigure } from '../../../src/plot/index.ts';
import type { FigureSpec } from '../../types.ts';
import { METHOD_LABELS } from './methods.ts';
import type { MethodId } from './methods.ts';
import type { Cell } from './summarize.ts';

/**
 * Grouped bars (log y) of the median error with min-max whiskers, one group per method.
 *
 * @param title - figure title
 * @param table - table[key][method]: the cell of one signal and method
 * @param keys - the signals shown (categories), in order
 * @param methods - the methods shown (groups), in order
 * @param yLabel - y-axis label
 * @returns the plotly spec
 * @throws as barFigure
 * @example errorBars('MSE', result.table, result.signals, result.methods, 'MSE')
 * @see arXiv:2407.09375
 */
export function errorBars(
  title: string,
  table: Record<string, Record<MethodId, Cell>>,
  keys: string[],
  methods: readonly MethodId[],
  yLabel: string,
): FigureSpec {
  return barFigure({
    title,
    xLabel: 'signal',
    yLabel,
    logY: true,
    categories: keys,
    groups: methods.map((m) => ({
      name: METHOD_LABELS[m],
      values: keys.map((k) => table[k][m].median),
      min: keys.map((k) => table[k][m].min),
      max: keys.map((k) => table[k][m].max),
    })),
  });
}
