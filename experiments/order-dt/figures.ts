/**
 * Figure of the order-in-dt experiment: RMS one-step error vs dt per method, with reference slopes dt^2 and dt^3.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { OrderDtResult } from './compute.ts';

/**
 * The figure: RMS one-step error vs dt per method, with reference slopes dt^2 and dt^3.
 *
 * @param result - from {@link computeOrderDt}
 * @returns plotly specs keyed by figure name
 * @example orderDtFigures(result).order
 */
export function orderDtFigures(result: OrderDtResult): Record<string, FigureSpec> {
  const dts = result.params.dts;
  const bil = result.methods.find((m) => m.method === 'bilinear') ?? result.methods[0];
  const last = dts.length - 1;
  const ref = (p: number, anchor: number) => dts.map((d) => anchor * (d / dts[last]) ** p);
  return {
    order: lineFigure({
      title: `LegT N = ${result.params.N}, theta = ${result.params.theta}: RMS one-step error vs dt on sin(2 pi t) + 0.5 (last window of [0, ${result.params.T}])`,
      xLabel: 'dt',
      yLabel: 'RMS (uhat_{k+1} - u_{k+1})',
      logX: true,
      logY: true,
      series: [
        ...result.methods.map((m) => ({
          name: `${m.method} + trapezoid (slope ${m.slope.toFixed(2)})`,
          x: dts,
          y: m.rms,
          markers: true,
        })),
        { name: 'dt^3', x: dts, y: ref(3, bil.rms[last]), dash: 'dash' as const },
        {
          name: 'dt^2',
          x: dts,
          y: ref(2, result.methods.find((m) => m.method === 'forward')?.rms[last] ?? bil.rms[last]),
          dash: 'dot' as const,
        },
      ],
    }),
  };
}
