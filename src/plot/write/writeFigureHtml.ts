/**
 * One plotly figure as an HTML page. The spec is embedded as JSON (so the page is also a data file); plotly.js is
 * loaded from a shared `plotly.min.js` by relative path, or inlined on request for a fully standalone file.
 *
 * @see arXiv:2407.09375
 */
import { readFile } from 'node:fs/promises';
import type { FigureSpec } from '../figureSpec.ts';
import { escapeHtml, jsonForScript } from './htmlText.ts';
import { plotlyBundlePath } from './plotlyAsset.ts';
import { writeFileAtomic } from '../../util/writeFileAtomic.ts';

/** Options of {@link writeFigureHtml}. */
export interface FigureHtmlOptions {
  /** URL of plotly.min.js relative to the page (runner layout: figures in out/<id>/) @default '../plotly.min.js' */
  plotlyPath?: string;
  /** inline the whole plotly bundle (~4.8 MB) instead of referencing `plotlyPath` @default false */
  inlinePlotly?: boolean;
  /** page title @default the figure's layout title, else 'figure' */
  title?: string;
}

const SPEC_ELEMENT_ID = 'figure-spec';

function figureTitle(spec: FigureSpec): string | undefined {
  const t = spec.layout.title;
  if (typeof t === 'string') return t;
  if (typeof t === 'object' && t !== null && typeof (t as { text?: unknown }).text === 'string') {
    return (t as { text: string }).text;
  }
  return undefined;
}

/**
 * The HTML text of a figure page: a full-window div, the spec in `<script type="application/json"
 * id="figure-spec">`, and `Plotly.newPlot(div, spec.data, spec.layout, { responsive: true })`.
 *
 * @param spec - the figure (plain JSON; NaN would not survive JSON, use null)
 * @param options - see {@link FigureHtmlOptions}; `inlinePlotly` needs the bundle text in `plotlySource`
 * @param plotlySource - the bundle text when inlining
 * @returns the page text
 * @example
 *   const spec = lineFigure({ title: 'MSE vs N', xLabel: 'N', yLabel: 'MSE', logY: true,
 *     series: [{ name: 'LegT', x: [4, 8, 16], y: [1e-2, 1e-4, 1e-8] }] });
 *   const html = figureHtml(spec);
 *   html.includes('<title>MSE vs N</title>') && html.includes('<script src="../plotly.min.js">');
 *   extractFigureSpec(html)?.data.length === spec.data.length; // the spec travels with the page
 * @see arXiv:2407.09375
 */
export function figureHtml(spec: FigureSpec, options: FigureHtmlOptions = {}, plotlySource?: string): string {
  const title = options.title ?? figureTitle(spec) ?? 'figure';
  const plotlyTag =
    options.inlinePlotly && plotlySource !== undefined
      ? `<script>${plotlySource.replace(/<\/script/gi, '<\\/script')}</script>`
      : `<script src="${escapeHtml(options.plotlyPath ?? '../plotly.min.js')}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${plotlyTag}
<style>html, body { margin: 0; height: 100%; } #figure { width: 100%; height: 100vh; }</style>
</head>
<body>
<div id="figure"></div>
<script type="application/json" id="${SPEC_ELEMENT_ID}">${jsonForScript(spec)}</script>
<script>
  const spec = JSON.parse(document.getElementById('${SPEC_ELEMENT_ID}').textContent);
  if (typeof Plotly === 'undefined') {
    document.getElementById('figure').textContent = 'plotly.min.js was not found next to this page.';
  } else {
    Plotly.newPlot('figure', spec.data, spec.layout, { responsive: true });
  }
</script>
</body>
</html>
`;
}

/**
 * Writes a figure page atomically (see {@link figureHtml}).
 *
 * @param spec - the figure
 * @param path - target .html file
 * @param options - see {@link FigureHtmlOptions}
 * @throws the fs error when the file cannot be written
 * @example
 *   import { readFile } from 'node:fs/promises';
 *   const spec = lineFigure({ title: 'MSE vs N', xLabel: 'N', yLabel: 'MSE', logY: true,
 *     series: [{ name: 'LegT', x: [4, 8, 16], y: [1e-2, 1e-4, 1e-8] }] });
 *   await writeFigureHtml(spec, 'x/figure-mse.html', { plotlyPath: '../plotly.min.js' });
 *   const back = extractFigureSpec(await readFile('x/figure-mse.html', 'utf8'));
 *   JSON.stringify(back) === JSON.stringify(spec); // the page is also the figure's data file
 * @see arXiv:2407.09375
 */
export async function writeFigureHtml(
  spec: FigureSpec,
  path: string,
  options: FigureHtmlOptions = {},
): Promise<void> {
  const source = options.inlinePlotly ? await readFile(plotlyBundlePath(), 'utf8') : undefined;
  await writeFileAtomic(path, figureHtml(spec, options, source));
}

/**
 * The spec embedded in a page written by {@link writeFigureHtml}, or undefined when there is none (used to rebuild
 * the index from figures of an earlier run without re-running the experiment).
 *
 * @param html - the page text
 * @example
 *   extractFigureSpec('<html></html>') === undefined;
 *   extractFigureSpec(figureHtml(barFigure({ title: 'MSE', yLabel: 'MSE', categories: ['LegT'],
 *     groups: [{ name: 'ours', values: [1] }] })))?.data.length === 1;
 * @see arXiv:2407.09375
 */
export function extractFigureSpec(html: string): FigureSpec | undefined {
  const m = new RegExp(`<script type="application/json" id="${SPEC_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(
    html,
  );
  if (!m) return undefined;
  try {
    const spec = JSON.parse(m[1]) as FigureSpec;
    return Array.isArray(spec.data) && typeof spec.layout === 'object' ? spec : undefined;
  } catch {
    return undefined;
  }
}
