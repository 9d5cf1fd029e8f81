/**
 * Display helpers for the notebooks (Deno kernel). Each helper sends its output with Deno.jupyter.display and
 * resolves once it is sent, so cells end with `await plot(...)`: a cell's trailing expression would be sent as an
 * execute_result, which the Deno kernel (2.9) sometimes publishes after its "idle" status, and headless nbconvert
 * then drops it. Figures use the plotly MIME type (rendered by VS Code's notebooks, nteract and JupyterLab with the
 * plotly renderer) with a one-line text fallback; tables are Markdown. Outside Jupyter (`deno run`) the text
 * fallback is printed. Only presentation lives here: every number comes from the hippo-prophecy package.
 */
import type { FigureSpec } from 'hippo-prophecy/experiments';

type Bundle = Record<string, unknown>;
const jupyter = (globalThis as { Deno?: { jupyter?: { display(b: Bundle, o: { raw: boolean }): Promise<void> } } })
  .Deno?.jupyter;

async function show(bundle: Bundle): Promise<void> {
  if (jupyter) {
    await jupyter.display(bundle, { raw: true });
    // let the kernel flush the message before the cell reports idle (see above)
    await new Promise((resolve) => setTimeout(resolve, 50));
  } else {
    console.log(bundle['text/plain']);
  }
}

/** A plotly figure (from the package's lineFigure, heatmapFigure, barFigure or an experiment's figures()). */
export function plot(figure: FigureSpec, height = 380): Promise<void> {
  const layout = { height, ...figure.layout };
  const title = (layout as { title?: { text?: string } | string }).title;
  const text = typeof title === 'string' ? title : (title?.text ?? 'figure');
  return show({
    'application/vnd.plotly.v1+json': { data: figure.data, layout },
    'text/plain': `[plotly figure: ${text}; ${figure.data.length} trace(s)]`,
  });
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
export function table(rows: readonly Record<string, unknown>[], digits = 4): Promise<void> {
  if (rows.length === 0) return show({ 'text/markdown': '*(no rows)*', 'text/plain': '(no rows)' });
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [
    `| ${keys.join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${keys.map((k) => cell(r[k], digits)).join(' | ')} |`),
  ];
  const md = lines.join('\n');
  return show({ 'text/markdown': md, 'text/plain': md });
}

/** A small matrix (rows x cols, row-major data) as a Markdown table. */
export function matrix(M: { rows: number; cols: number; data: ArrayLike<number> }, digits = 4): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < M.rows; i++) {
    const r: Record<string, unknown> = { '': `n = ${i}` };
    for (let j = 0; j < M.cols; j++) r[`k = ${j}`] = M.data[i * M.cols + j];
    rows.push(r);
  }
  return table(rows, digits);
}

/** Markdown text (for computed prose). */
export function markdown(md: string): Promise<void> {
  return show({ 'text/markdown': md, 'text/plain': md });
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
