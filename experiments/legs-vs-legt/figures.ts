/**
 * Figures of the LegS vs LegT experiment: second-half MSE vs N, one figure per context length.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/index.ts';
import type { FigureSpec } from '../types.ts';
import type { LegsResult } from './run.ts';

/** One hue per signal (LegS, LegT and copy-last of a signal share it). */
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

function paletteColor(i: number): string {
  return COLORS[i % COLORS.length];
}

/**
 * @param r - the result
 * @returns 'error-vs-n-L<L>' per context length: LegS (solid), LegT theta = 1 (dash), copy-last (dot), per signal
 * @see arXiv:2407.09375
 */
export function legsVsLegtFigures(r: LegsResult): Record<string, FigureSpec> {
  const figs: Record<string, FigureSpec> = {};
  r.lengths.forEach((L, l) => {
    figs[`error-vs-n-L${L}`] = lineFigure({
      title: `LegS vs LegT (theta = 1 = the whole context), L = ${L}, dt = 1/L: second-half MSE`,
      xLabel: 'N',
      yLabel: 'MSE',
      logY: true,
      series: r.labels.flatMap((label, s) => [
        {
          name: `LegS, ${label}`,
          x: r.Ns,
          y: r.Ns.map((_, n) => r.mse[l][0][n][s]),
          color: paletteColor(s),
          markers: true,
        },
        {
          name: `LegT, ${label}`,
          x: r.Ns,
          y: r.Ns.map((_, n) => r.mse[l][1][n][s]),
          color: paletteColor(s),
          dash: 'dash' as const,
          markers: true,
        },
        {
          name: `copy-last, ${label}`,
          x: r.Ns,
          y: r.Ns.map(() => r.copyLast[l][s]),
          color: paletteColor(s),
          dash: 'dot' as const,
        },
      ]),
    });
  });
  return figs;
}
