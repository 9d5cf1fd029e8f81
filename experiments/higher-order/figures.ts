/**
 * Figures of the higher-order experiment: RMSE vs dt (log-log) and the paper-setting bars.
 *
 * @see arXiv:2407.09375
 */
import { barFigure, lineFigure } from '../../src/plot/index.ts';
import type { FigureSpec } from '../types.ts';
import { fittedOrder } from './claims.ts';
import type { HigherOrderResult } from './run.ts';

/**
 * @param r - the result
 * @returns 'error-vs-dt' (both sweeps, fitted orders in the legend) and 'paper-setting' (MSE by signal and rule)
 * @see arXiv:2407.09375
 */
export function higherOrderFigures(r: HigherOrderResult): Record<string, FigureSpec> {
  const series = (['smooth', 'white'] as const).flatMap((part) =>
    r.rules.map((rule, i) => {
      const f = fittedOrder(r[part].dts, r[part].rmse[i], r.fitFloor);
      const label =
        part === 'smooth'
          ? `smooth, N=${r.smooth.N}, theta=${r.smooth.theta}`
          : `White gamma ${r.white.gamma}, N=${r.white.N}, theta=${r.white.theta}`;
      return {
        name: `${rule.name} (${label}; slope ${Number.isFinite(f.slope) ? f.slope.toFixed(2) : 'n/a'}, declared ${rule.declared})`,
        x: r[part].dts,
        y: r[part].rmse[i],
        dash: part === 'smooth' ? ('solid' as const) : ('dash' as const),
        markers: true,
      };
    }),
  );
  const p = r.paper;
  return {
    'error-vs-dt': lineFigure({
      title: 'One-step RMSE vs dt: trapezoid (paper) and higher-order rules',
      xLabel: 'dt',
      yLabel: 'RMSE of u_hat[k+1]',
      logX: true,
      logY: true,
      series,
    }),
    'paper-setting': barFigure({
      title: `Paper setting (N = ${p.N}, theta = 1, dt = 1/${p.L}): second-half MSE`,
      yLabel: 'MSE',
      logY: true,
      categories: p.labels,
      groups: [
        ...r.rules.map((rule, i) => ({ name: rule.name, values: p.mse[i] })),
        { name: 'copy-last', values: p.copyLast },
      ],
    }),
  };
}
