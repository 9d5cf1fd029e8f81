/**
 * Figure of the LegT rate experiment: error vs N for every signal (log-log), with the running SSM's steady state.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { RateLegtResult } from './compute.ts';

/**
 * The figure: error vs N for every signal (log-log), with the steady-state SSM error on sin(2 pi t).
 *
 * @param result - from {@link computeRateLegt}
 * @returns plotly specs keyed by figure name
 * @example rateLegtFigures(result).rates
 */
export function rateLegtFigures(result: RateLegtResult): Record<string, FigureSpec> {
  const Ns = result.params.Ns;
  return {
    rates: lineFigure({
      title:
        "LegT derivative-readout error |y_N - u'(t)| at the present vs N (theta = 1, exact projection state)",
      xLabel: 'N',
      yLabel: "|y_N - u'|",
      logX: true,
      logY: true,
      series: [
        ...result.signals.map((s) => ({
          name:
            s.kind === 'algebraic'
              ? `${s.name} (slope ${(s.slope ?? NaN).toFixed(2)}, expected ${-((s.a ?? 0) - 0.5)})`
              : s.name,
          x: Ns,
          y: s.errors,
          markers: true,
          dash: s.kind === 'analytic' ? ('solid' as const) : ('dash' as const),
        })),
        {
          name: 'sin(2 pi t): running SSM, steady state (relative)',
          x: Ns,
          y: result.steadyStateSin,
          dash: 'dot' as const,
        },
      ],
    }),
  };
}
