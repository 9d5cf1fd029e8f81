/**
 * Heatmaps of a quantity over a parameter grid, e.g. prediction error over (theta, N).
 *
 * @see arXiv:2407.09375
 */
import type { FigureSpec } from './figureSpec.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { axisLayout, baseLayout } from './axisLayout.ts';
import { plotValues, requireLength } from './plotValues.ts';

/** Options of {@link heatmapFigure}. */
export interface HeatmapFigureOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  /** colour bar title */
  zLabel: string;
  /** column coordinates, length nx */
  x: ArrayLike<number>;
  /** row coordinates, length ny */
  y: ArrayLike<number>;
  /** values: a Matrix of shape [ny, nx] (row i is y[i]) or ny rows of length nx */
  z: Matrix | ArrayLike<ArrayLike<number>>;
  /** logarithmic x axis @default false */
  logX?: boolean;
  /** logarithmic y axis @default false */
  logY?: boolean;
  /** colour by log10(z) (entries <= 0 left blank) @default false */
  logZ?: boolean;
  /** plotly colour scale name @default 'Viridis' */
  colorscale?: string;
}

function isMatrix(z: unknown): z is Matrix {
  return typeof z === 'object' && z !== null && (z as Matrix).data instanceof Float64Array && 'rows' in z;
}

/**
 * A plotly heatmap: cell (i, j) is coloured by z[i][j] (or log10 z[i][j] with `logZ`) at (x[j], y[i]). Non-finite
 * cells, and cells <= 0 with `logZ`, are null (blank); the colour bar title says log10 when `logZ`. The hover
 * text shows the original value.
 *
 * @param options - labels, coordinates x (nx), y (ny), values z [ny, nx], log flags
 * @returns a FigureSpec (plain JSON)
 * @throws TypeError when z does not have shape [y.length, x.length]
 * @example heatmapFigure({ title: 'error', xLabel: 'theta', yLabel: 'N', zLabel: 'MSE', x: [1, 2], y: [4, 8],
 *   z: [[1e-3, 1e-2], [1e-5, 1e-4]], logZ: true })
 * @see arXiv:2407.09375
 */
export function heatmapFigure(options: HeatmapFigureOptions): FigureSpec {
  const { title, xLabel, yLabel, zLabel, x, y, z, logX = false, logY = false, logZ = false } = options;
  const colorscale = options.colorscale ?? 'Viridis';
  const nx = x.length;
  const ny = y.length;
  const rows: ArrayLike<number>[] = [];
  if (isMatrix(z)) {
    if (z.rows !== ny || z.cols !== nx) {
      throw new TypeError(
        `heatmapFigure: z must have shape [${ny}, ${nx}] (y by x), got [${z.rows}, ${z.cols}]`,
      );
    }
    for (let i = 0; i < ny; i++) rows.push(z.data.subarray(i * nx, (i + 1) * nx));
  } else {
    requireLength('heatmapFigure', 'z (rows, one per y)', z, ny);
    for (let i = 0; i < ny; i++) {
      requireLength('heatmapFigure', `z[${i}] (one entry per x)`, z[i], nx);
      rows.push(z[i]);
    }
  }
  const zv = rows.map((r) => {
    const clean = plotValues(r, logZ).values;
    return logZ ? clean.map((v) => (v === null ? null : Math.log10(v))) : clean;
  });
  const text = rows.map((r) => Array.from(r, (v) => (Number.isFinite(v) ? v.toPrecision(4) : String(v))));
  return {
    data: [
      {
        type: 'heatmap',
        x: plotValues(x, logX).values,
        y: plotValues(y, logY).values,
        z: zv,
        text,
        hovertemplate: `${xLabel}=%{x}<br>${yLabel}=%{y}<br>${zLabel}=%{text}<extra></extra>`,
        colorscale,
        colorbar: { title: { text: logZ ? `log10 ${zLabel}` : zLabel } },
        hoverongaps: false,
      },
    ],
    layout: { ...baseLayout(title), xaxis: axisLayout(xLabel, logX), yaxis: axisLayout(yLabel, logY) },
  };
}
