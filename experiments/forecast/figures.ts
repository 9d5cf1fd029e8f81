/**
 * Figures of the forecast experiment: the Lorenz forecast against the truth in 3-D (a plotly scatter3d spec built
 * here: src/plot has no 3-D figure) and over time, and the valid time per method with its spread over initial
 * conditions.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { barFigure, lineFigure } from '../../src/plot/index.ts';
import { paletteColor } from '../../src/plot/palette.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { FigureSpec } from '../types.ts';
import { HIPPO, NGRC } from './methods.ts';
import type { ForecastResult } from './run.ts';

/** Colours of the traced series: the truth black, then the palette. */
const TRACE_COLOR: Record<string, string> = {
  truth: '#000000',
  [HIPPO]: paletteColor(0),
  [NGRC]: paletteColor(1),
};

/** A plotly 3-D line trace of three channels. */
function line3d(name: string, chans: number[][], color: string): Record<string, unknown> {
  return {
    type: 'scatter3d',
    mode: 'lines',
    name,
    x: chans[0],
    y: chans[1],
    z: chans[2],
    line: { color, width: name === 'truth' ? 4 : 2 },
  };
}

/** Mean, min and max; the mean clamped into [min, max] (the rounding of a sum of equal values can leave it). */
function spread(v: readonly number[]): { mean: number; min: number; max: number } {
  const s = seedSpread(v);
  return { ...s, mean: Math.min(s.max, Math.max(s.min, s.mean)) };
}

/** Valid-time bars of the cells of one unit: mean with min-max whiskers per method, one category per cell. */
function validBars(r: ForecastResult, unit: 'LT' | 'tu'): FigureSpec | null {
  const cells = r.cells.filter((c) => c.unit === unit);
  if (cells.length === 0) return null;
  const what = unit === 'LT' ? 'Lyapunov times' : 'time units';
  return barFigure({
    title: `Valid time: mean, min-max over ${r.params.ics} initial conditions (cap: ${r.params.horizon} steps)`,
    yLabel: `valid time (${what})`,
    logY: true,
    categories: cells.map((c) => `${c.system} T=${c.context}`),
    groups: r.methods.map((m, i) => ({
      name: m,
      color: paletteColor(i),
      values: cells.map((c) => spread(c.methods[m].valid).mean),
      min: cells.map((c) => spread(c.methods[m].valid).min),
      max: cells.map((c) => spread(c.methods[m].valid).max),
    })),
  });
}

/**
 * @param r - from runForecast
 * @returns { 'lorenz-3d', 'lorenz-time' } when a trace was kept, and 'valid-chaotic' / 'valid-regular' for the
 *   cells of each unit
 * @see arXiv:2407.09375
 */
export function forecastFigures(r: ForecastResult): Record<string, FigureSpec> {
  const figs: Record<string, FigureSpec> = {};
  const t = r.trace;
  if (t !== null) {
    const names = Object.keys(t.series);
    const where = `${t.system}, context ${t.context}, initial condition 0`;
    figs['lorenz-3d'] = {
      data: names.map((n) => line3d(n, t.series[n], TRACE_COLOR[n] ?? paletteColor(2))),
      layout: {
        title: { text: `Free-running forecast against the truth (${where})` },
        scene: {
          xaxis: { title: { text: 'x' } },
          yaxis: { title: { text: 'y' } },
          zaxis: { title: { text: 'z' } },
        },
      },
    };
    figs['lorenz-time'] = lineFigure({
      title: `First channel of the forecast against the truth (${where})`,
      xLabel: `time after the context (${t.unit === 'LT' ? 'Lyapunov times' : 'time units'})`,
      yLabel: 'x',
      series: names.map((n) => ({ name: n, x: t.time, y: t.series[n][0], color: TRACE_COLOR[n] })),
    });
  }
  const chaotic = validBars(r, 'LT');
  if (chaotic) figs['valid-chaotic'] = chaotic;
  const regular = validBars(r, 'tu');
  if (regular) figs['valid-regular'] = regular;
  return figs;
}
