/**
 * Line plots of error curves: one trace per series, an optional filled band (e.g. mean +- std over seeds), linear
 * or log axes.
 *
 * @see arXiv:2407.09375
 */
import type { FigureSpec } from './figureSpec.ts';
import { axisLayout, baseLayout } from './axisLayout.ts';
import { paletteColor, paletteDash, withAlpha } from './palette.ts';
import { plotValues, requireLength } from './plotValues.ts';

/** One curve of a line figure. */
export interface LineSeries {
  /** legend entry */
  name: string;
  /** abscissae, length n */
  x: ArrayLike<number>;
  /** ordinates, length n */
  y: ArrayLike<number>;
  /** a filled area between `lower` and `upper` (each length n), drawn in the series colour */
  band?: { lower: ArrayLike<number>; upper: ArrayLike<number> };
  /** line dash style @default 'solid' for the first 8 series, then dash, dot, ... (see paletteDash) */
  dash?: 'solid' | 'dash' | 'dot' | 'dashdot' | 'longdash';
  /** line colour (`#rrggbb` lets the band use the same hue) @default the palette colour of the series index */
  color?: string;
  /** draw markers on the points too @default false */
  markers?: boolean;
}

/** Options of {@link lineFigure}. */
export interface LineFigureOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** logarithmic x axis @default false */
  logX?: boolean;
  /** logarithmic y axis @default false */
  logY?: boolean;
  series: LineSeries[];
}

/**
 * A plotly line figure. Each series gives trace {x, y} (mode 'lines'); a band gives two extra traces, the lower
 * edge and the upper edge filled down to it ('tonexty'), in the series colour at 20% opacity, grouped with the
 * series in the legend. Non-finite values, and values <= 0 on a log axis, are replaced by null; the series name
 * then says how many points are hidden, so nothing disappears silently.
 *
 * @param options - title, axis labels, log flags and the series (x, y, band edges of equal length n)
 * @returns a FigureSpec (plain JSON: numbers and nulls only)
 * @throws TypeError when a series' x, y, band.lower and band.upper lengths differ, or `series` is not an array
 * @example lineFigure({ title: 'MSE vs N', xLabel: 'N', yLabel: 'MSE', logY: true,
 *   series: [{ name: 'LegT', x: [4, 8, 16], y: [1e-2, 1e-4, 1e-8] }] })
 * @see arXiv:2407.09375
 */
export function lineFigure(options: LineFigureOptions): FigureSpec {
  const { title, xLabel, yLabel, logX = false, logY = false, series } = options;
  if (!Array.isArray(series))
    throw new TypeError(`lineFigure: series must be an array, got ${typeof series}`);
  const data: Record<string, unknown>[] = [];
  series.forEach((s, i) => {
    const where = `lineFigure: series[${i}] (${s.name})`;
    const n = s.x.length;
    requireLength(where, 'y', s.y, n);
    const color = s.color ?? paletteColor(i);
    const group = `series-${i}`;
    const x = plotValues(s.x, logX);
    const y = plotValues(s.y, logY);
    // a point is hidden when either coordinate is; keep both arrays aligned
    let hidden = 0;
    const yv = y.values.slice();
    const xv = x.values.slice();
    for (let k = 0; k < n; k++) {
      if (xv[k] === null || yv[k] === null) {
        hidden++;
        xv[k] = null;
        yv[k] = null;
      }
    }
    let bandHidden = 0;
    if (s.band) {
      requireLength(where, 'band.lower', s.band.lower, n);
      requireLength(where, 'band.upper', s.band.upper, n);
      const lower = plotValues(s.band.lower, logY).values;
      const upper = plotValues(s.band.upper, logY).values;
      for (let k = 0; k < n; k++) if (lower[k] === null || upper[k] === null) bandHidden++;
      const bandX = x.values;
      data.push({
        type: 'scatter',
        mode: 'lines',
        name: `${s.name} band lower`,
        x: bandX,
        y: lower,
        line: { width: 0, color },
        legendgroup: group,
        showlegend: false,
        hoverinfo: 'skip',
      });
      data.push({
        type: 'scatter',
        mode: 'lines',
        name: `${s.name} band`,
        x: bandX,
        y: upper,
        fill: 'tonexty',
        fillcolor: withAlpha(color, 0.2),
        line: { width: 0, color },
        legendgroup: group,
        showlegend: false,
        hoverinfo: 'skip',
      });
    }
    const reasons: string[] = [];
    if (hidden > 0) {
      const logAxes = [logX ? 'x' : '', logY ? 'y' : ''].filter(Boolean).join('/');
      reasons.push(
        `${hidden} point${hidden === 1 ? '' : 's'} hidden: non-finite` +
          (logAxes ? ` or <= 0 on log ${logAxes}` : ''),
      );
    }
    if (bandHidden > 0) {
      const why = logY ? 'non-finite or <= 0 on log y' : 'non-finite';
      reasons.push(`band not drawn at ${bandHidden} point${bandHidden === 1 ? '' : 's'}: ${why}`);
    }
    data.push({
      type: 'scatter',
      mode: s.markers ? 'lines+markers' : 'lines',
      name: reasons.length > 0 ? `${s.name} (${reasons.join('; ')})` : s.name,
      x: xv,
      y: yv,
      line: { color, dash: s.dash ?? paletteDash(i), width: 2 },
      legendgroup: group,
    });
  });
  return {
    data,
    // legend always shown: it carries the notes on hidden points even for a single series
    layout: {
      ...baseLayout(title),
      showlegend: true,
      xaxis: axisLayout(xLabel, logX),
      yaxis: axisLayout(yLabel, logY),
    },
  };
}
