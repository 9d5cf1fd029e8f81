/**
 * Figures of the chaotic experiment: one-step error bars, valid prediction times, the closed-loop radius heatmap
 * and the Lorenz rollout.
 *
 * @see arXiv:2407.09375
 */
import { barFigure, heatmapFigure, lineFigure } from '../../src/plot/index.ts';
import { errorBars, METHOD_LABELS } from '../common/predictorSuite/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { FigureSpec } from '../types.ts';
import type { ChaoticResult } from './run.ts';

/**
 * The figures of the chaotic experiment.
 *
 * @param result - from runChaotic
 * @returns 'one-step', 'vpt-chaotic', 'vpt-regular', 'closed-loop' and 'lorenz-rollout'
 * @see arXiv:2407.09375
 */
export function chaoticFigures(result: ChaoticResult): Record<string, FigureSpec> {
  const chaotic = result.systems.filter((s) => result.lyapunov[s] !== null);
  const regular = result.systems.filter((s) => result.lyapunov[s] === null);
  const vptBars = (keys: string[], scale: (s: string) => number, unit: string, title: string): FigureSpec =>
    barFigure({
      title,
      xLabel: 'system',
      yLabel: `valid prediction time (${unit})`,
      logY: true,
      categories: keys,
      groups: result.methods.map((m) => ({
        name: METHOD_LABELS[m],
        values: keys.map((k) => result.vpt[k][m].median * scale(k)),
        min: keys.map((k) => result.vpt[k][m].min * scale(k)),
        max: keys.map((k) => result.vpt[k][m].max * scale(k)),
      })),
    });
  const figs: Record<string, FigureSpec> = {
    'one-step': errorBars(
      'One-step MSE (second half of the context), all channels, min-max scaled',
      result.oneStep,
      result.systems,
      result.methods,
      'MSE',
    ),
    'vpt-chaotic': vptBars(
      chaotic,
      (s) => result.lyapunov[s] ?? NaN,
      'Lyapunov times',
      'Rollout valid prediction time, chaotic systems (median, min-max over functions)',
    ),
    'vpt-regular': vptBars(
      regular,
      () => 1,
      'time units',
      'Rollout valid prediction time, periodic systems (median, min-max; the horizon caps it)',
    ),
    'closed-loop': heatmapFigure({
      title: 'Closed-loop spectral radius of the LegT predictor fed its own output: rho - 1',
      xLabel: 'window W (samples)',
      yLabel: 'N',
      zLabel: 'rho - 1',
      x: result.radiusW,
      y: result.radiusN,
      z: result.radius.map((row) => row.map((r) => r - 1)),
      logX: true,
      logY: true,
      logZ: true,
    }),
  };
  const lorenz = result.traces['lorenz'];
  if (lorenz) {
    const n = Math.min(300, lorenz.truth.length);
    const x = Array.from({ length: n }, (_, k) => k);
    const shown: MethodId[] = ['legt-select', 'legt-short', 'fd4', 'ar4', 'copyLast'];
    figs['lorenz-rollout'] = lineFigure({
      title: 'Lorenz x (min-max scaled): free-running forecasts after the context (function 0)',
      xLabel: 'steps after the context',
      yLabel: 'x',
      series: [
        { name: 'truth', x, y: lorenz.truth.slice(0, n), color: '#000000' },
        // a diverged forecast is clipped to [-1, 2] so the truth stays readable
        ...shown.map((m) => ({
          name: METHOD_LABELS[m],
          x,
          y: lorenz.forecasts[m].slice(0, n).map((v) => Math.max(-1, Math.min(2, v))),
          dash: 'dash' as const,
        })),
      ],
    });
  }
  return figs;
}
