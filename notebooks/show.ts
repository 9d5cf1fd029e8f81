/**
 * Display helpers for the notebooks (Deno kernel): a value returned last in a cell is rendered through its
 * Symbol.for('Jupyter.display') method. Figures use the plotly MIME type (rendered by VS Code's notebooks, nteract
 * and JupyterLab with the plotly renderer), with a one-line text fallback; tables are Markdown.
 * Only presentation lives here: every number comes from the hippo-prophecy package.
 */
import type { FigureSpec } from '../experiments/types.ts';

const DISPLAY = Symbol.for('Jupyter.display');

export interface Displayable {
  [DISPLAY](): Record<string, unknown>;
}

/** A plotly figure (from the package's lineFigure, heatmapFigure, barFigure or an experiment's figures()). */
export function plot(figure: FigureSpec, height = 380): Displayable {
  const layout = { height, ...figure.layout };
  const title = (layout as { title?: { text?: string } | string }).title;
  const text = typeof title === 'string' ? title : (title?.text ?? 'figure');
  return {
    [DISPLAY]: () => ({
      'application/vnd.plotly.v1+json': { data: figure.data, layout },
      'text/plain': `[plotly figure: ${text}; ${figure.data.length} trace(s)]`,
    }),
  };
}

function cell(v: unknown, digits: number): string {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
    return v === 0 ? '0' : Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4 ? v.toPrecision(digits) : v.toExponential(digits - 1);
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table of plain rows (numbers shown with `digits` significant digits). */
export function table(rows: readonly Record<string, unknown>[], digits = 4): Displayable {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [
    `| ${keys.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${keys.map((k) => cell(r[k], digits)).join(' | ')} |`),
  ];
  const md = lines.join('\n');
  return { [DISPLAY]: () => ({ 'text/markdown': md, 'text/plain': md }) };
}

/** A small matrix (rows x cols, row-major data) as a Markdown table. */
export function matrix(M: { rows: number; cols: number; data: ArrayLike<number> }, digits = 4): Displayable {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < M.rows; i++) {
    const r: Record<string, unknown> = { row: i };
    for (let j = 0; j < M.cols; j++) r[`${j}`] = M.data[i * M.cols + j];
    rows.push(r);
  }
  return table(rows, digits);
}

/** Markdown text (for computed prose). */
export function markdown(md: string): Displayable {
  return { [DISPLAY]: () => ({ 'text/markdown': md, 'text/plain': md }) };
}

/** Evenly spaced numbers, like numpy's linspace. */
export function linspace(a: number, b: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? a : a + ((b - a) * i) / (n - 1)));
}

/** Every `stride`-th element (keeps committed outputs small). */
export function every<T extends ArrayLike<number>>(x: T, stride: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i += stride) out.push(x[i]);
  return out;
}
