/**
 * Figures of the window experiment: error heatmaps over (theta, N) per class, and the bank against fixed windows.
 *
 * @see arXiv:2407.09375
 */
import { barFigure, heatmapFigure } from '../../src/plot/index.ts';
import type { FigureSpec } from '../types.ts';
import { bestFixed } from './claims.ts';
import type { WindowResult } from './run.ts';

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * @param r - the result
 * @returns one heatmap per (order, class) ('heatmap-<order>-<class>') and 'bank' (bars per class: copy-last, the
 *   paper's theta = 1, best fixed and bank for each order)
 * @see arXiv:2407.09375
 */
export function windowFigures(r: WindowResult): Record<string, FigureSpec> {
  const figs: Record<string, FigureSpec> = {};
  for (const c of r.cells) {
    const rule = c.order === 1 ? 'trapezoid' : `matched-${c.order}`;
    figs[`heatmap-${rule}-${slug(c.label)}`] = heatmapFigure({
      title: `${c.label}: second-half MSE over (theta, N), ${rule}, L = ${r.L}, dt = 1/L (blank: N^2 dt/(2 theta) >= 1)`,
      xLabel: 'theta',
      yLabel: 'N',
      zLabel: 'MSE',
      x: r.thetas,
      y: r.Ns,
      z: c.mse,
      logX: true,
      logZ: true,
    });
  }
  const labels = [...new Set(r.cells.map((c) => c.label))];
  const orders = [...new Set(r.cells.map((c) => c.order))];
  const pick = (order: number, label: string) => r.cells.find((c) => c.order === order && c.label === label);
  const i17 = r.Ns.indexOf(r.paperN);
  const groups = [
    { name: 'copy-last', values: labels.map((l) => pick(orders[0], l)?.copyLast ?? NaN) },
    {
      name: `paper: theta = 1, N = ${r.paperN}, trapezoid`,
      values: labels.map((l) => pick(1, l)?.mse[i17]?.[r.thetas.length - 1] ?? NaN),
    },
    ...orders.flatMap((o) => {
      const rule = o === 1 ? 'trapezoid' : `matched-${o}`;
      return [
        {
          name: `best fixed (theta, N) in hindsight, ${rule}`,
          values: labels.map((l) => {
            const c = pick(o, l);
            return c ? bestFixed(r, c).mse : NaN;
          }),
        },
        { name: `window bank, ${rule}`, values: labels.map((l) => pick(o, l)?.bank ?? NaN) },
      ];
    }),
  ];
  figs.bank = barFigure({
    title: `Window bank vs fixed windows (second-half MSE, L = ${r.L}, dt = 1/L)`,
    yLabel: 'MSE',
    logY: true,
    categories: labels,
    groups,
  });
  return figs;
}
