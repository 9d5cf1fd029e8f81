/**
 * Figures of figure 2: each signal with its LegT prediction, and the per-step errors with copy-last.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { Fig2Result } from './compute.ts';

/**
 * The figures: each signal with its LegT prediction, and the per-step errors with copy-last (the second-half MSE
 * ratio LegT / copy-last of each signal in the title).
 *
 * @param result - from computeFig2
 * @returns plotly specs keyed by figure name
 * @example Object.keys(fig2Figures(result)) // ['white-signal', 'filtered-noise', 'errors']
 */
export function fig2Figures(result: Fig2Result): Record<string, FigureSpec> {
  const figs: Record<string, FigureSpec> = {};
  for (const e of result.examples) {
    figs[e.system] = lineFigure({
      title: `${e.name}, min-max scaled, with the LegT N = ${result.params.N} prediction (theta = ${result.params.theta}, dt = 1/L)`,
      xLabel: 't (s)',
      yLabel: 'u',
      series: [
        { name: 'signal u(t)', x: e.t, y: e.u },
        { name: 'LegT prediction of u(t)', x: e.predictionT, y: e.prediction, dash: 'dash' },
      ],
    });
  }
  const ratios = result.examples
    .map((e) => `${e.name} ${(e.legtSecondHalf / e.copyLastSecondHalf).toFixed(2)}`)
    .join(', ');
  figs.errors = lineFigure({
    title:
      `Per-step squared error (block maxima), LegT N = ${result.params.N} vs copy-last` +
      `<br>second-half MSE, LegT / copy-last: ${ratios}`,
    xLabel: 't (s)',
    yLabel: '(uhat_{k+1} - u_{k+1})^2',
    logY: true,
    series: result.examples.flatMap((e) => [
      { name: `${e.name}: LegT`, x: e.errorT, y: e.legtError },
      { name: `${e.name}: copy-last`, x: e.copyLastErrorT, y: e.copyLastError, dash: 'dot' as const },
    ]),
  });
  return figs;
}
