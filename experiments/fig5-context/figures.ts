/**
 * Figure of figure 5: mean error vs context position for each N, copy-last, the floor and the reach markers.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { Fig5Result } from './compute.ts';

/**
 * The figure: mean error vs context position for each N, copy-last, the floor, and reach markers (ours and the
 * paper's); the title gives the measured floor and the reach positions relative to the paper's.
 *
 * @param result - from {@link reduceFig5}
 * @returns plotly specs keyed by figure name
 * @example fig5Figures(result).context
 */
export function fig5Figures(result: Fig5Result): Record<string, FigureSpec> {
  const x = result.positions;
  const n = result.params.K - 1;
  const level = result.params.factor * result.floor;
  return {
    context: lineFigure({
      title:
        `LegT one-step error vs context position, mean over ${result.params.functions} White Signals (gamma = ${result.params.gamma}), theta = ${result.params.theta}, dt = ${result.params.dt}` +
        `<br>floor ${result.floor.toExponential(1)} (poster ~5e-7); reach position ours / paper: ${result.curves
          .map((c) => (c.paperReach ? (c.reach / c.paperReach).toFixed(1) : '-'))
          .join(', ')}`,
      xLabel: 'context position k',
      yLabel: 'mean (uhat_{k+1} - u_{k+1})^2',
      logY: true,
      series: [
        ...result.curves.map((c) => ({ name: `LegT N = ${c.N}`, x, y: c.mean })),
        { name: 'copy-last', x, y: result.copyLastMean, dash: 'dot' as const },
        {
          name: `${result.params.factor}x floor (copy-last mean)`,
          x: [0, n - 1],
          y: [level, level],
          dash: 'dash' as const,
        },
        {
          name: 'reach position (ours)',
          x: result.curves.map((c) => c.reach),
          y: result.curves.map(() => level),
          markers: true,
          dash: 'dot' as const,
        },
        {
          name: 'reach position (paper)',
          x: result.curves.map((c) => c.paperReach ?? NaN),
          y: result.curves.map(() => level),
          markers: true,
          dash: 'dot' as const,
        },
      ],
    }),
  };
}
