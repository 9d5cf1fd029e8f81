/**
 * Figures of the noise experiment: error bars at the largest sigma, error vs sigma for a few signals, and the
 * median ratio to copy-last per method and sigma.
 *
 * @see arXiv:2407.09375
 */
import { heatmapFigure, lineFigure } from '../../src/plot/index.ts';
import { errorBars, METHOD_LABELS } from '../common/predictorSuite/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { FigureSpec } from '../types.ts';
import type { NoiseResult } from './run.ts';

/** Signals shown as error-vs-sigma lines. */
const LINE_KEYS = ['white g2', 'filtered a0.1', 'lorenz', 'pendulum'];

/**
 * The figures of the noise experiment.
 *
 * @param result - from runNoise
 * @returns 'sigma-max', 'lines-<signal>' and 'ratio-heatmap'
 * @see arXiv:2407.09375
 */
export function noiseFigures(result: NoiseResult): Record<string, FigureSpec> {
  const last = result.noises.length - 1;
  const figs: Record<string, FigureSpec> = {
    'sigma-max': errorBars(
      `One-step MSE against the clean next value, sigma = ${result.noises[last]}`,
      result.clean[last],
      result.keys,
      result.methods,
      'MSE (clean target)',
    ),
  };
  const sigmas = result.noises.filter((s) => s > 0);
  const idx = result.noises.map((s, i) => (s > 0 ? i : -1)).filter((i) => i >= 0);
  for (const key of LINE_KEYS.filter((k) => result.keys.includes(k))) {
    figs[`lines-${key.replace(/[^a-z0-9]+/gi, '-')}`] = lineFigure({
      title: `${key}: one-step MSE (clean target) against the noise level`,
      xLabel: 'noise sigma',
      yLabel: 'MSE (clean target)',
      logX: true,
      logY: true,
      series: [
        ...result.methods.map((m) => ({
          name: METHOD_LABELS[m],
          x: sigmas,
          y: idx.map((i) => result.clean[i][key][m].median),
          markers: true,
        })),
        { name: 'sigma^2', x: sigmas, y: sigmas.map((s) => s * s), dash: 'dot' as const, color: '#000000' },
      ],
    });
  }
  // log10 of the median over signal families of error / copy-last error, per method and sigma
  figs['ratio-heatmap'] = heatmapFigure({
    title: 'Median over signals of MSE / copy-last MSE (clean target); < 1 beats copy-last',
    xLabel: 'noise sigma (index: 0, 1e-4, 1e-3, 1e-2)',
    yLabel: 'method',
    zLabel: 'MSE / copy-last',
    x: result.noises.map((_, i) => i),
    y: result.methods.map((_, i) => i),
    z: result.methods.map((m) => result.noises.map((_, i) => medianRatioToCopyLast(result, i, m))),
    logZ: true,
  });
  return figs;
}

/** Median over signal families of clean-target error of `m` divided by copy-last's, at noise index i. */
export function medianRatioToCopyLast(result: NoiseResult, i: number, m: MethodId): number {
  const r = result.keys
    .map((k) => result.clean[i][k][m].median / result.clean[i][k].copyLast.median)
    .sort((a, b) => a - b);
  const n = r.length;
  return n % 2 === 1 ? r[(n - 1) / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
}
