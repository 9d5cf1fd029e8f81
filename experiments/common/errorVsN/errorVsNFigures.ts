/**
 * Figures of the error-vs-N experiments: one figure per averaging window, one panel per parameter value, LegT and
 * FouT mean +- std over functions, the copy-last baseline and the paper's poster values.
 *
 * @see arXiv:2407.09375
 */
import type { FigureSpec } from '../../types.ts';
import { ERROR_WINDOWS } from './types.ts';
import type { ErrorMeasure, ErrorVsNSetup, ErrorVsNResult, ErrorWindow } from './types.ts';

const COLORS = {
  legt: '#1f77b4',
  fout: '#d62728',
  'fout-authors': '#ff7f0e',
  copy: '#555555',
  paper: '#2ca02c',
} as const;

/** The legend name of each measure's curve. */
export const MEASURE_LABELS: Record<ErrorMeasure, string> = {
  legt: 'LegT',
  fout: 'FouT',
  'fout-authors': "FouT, the authors' predictor",
};

const WINDOW_TEXT: Record<ErrorWindow, string> = {
  'second-half': 'MSE over the second half of the context',
  whole: 'MSE over the whole context',
};

/**
 * One figure of an error-vs-N result for one averaging window.
 *
 * @param setup - the figure's setup (parameter name, paper values)
 * @param result - the measured result
 * @param window - which averaging window
 * @returns the plotly spec
 * @see arXiv:2407.09375
 */
export function errorVsNFigure(
  setup: ErrorVsNSetup,
  result: ErrorVsNResult,
  window: ErrorWindow,
): FigureSpec {
  const data: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = {
    title: {
      text: `${setup.label}: one-step error vs N, ${WINDOW_TEXT[window]} (${result.functions} functions, L = ${result.length})`,
    },
    legend: { orientation: 'h', y: -0.2 },
    height: 480,
    width: 1300,
    annotations: [] as Record<string, unknown>[],
  };
  const P = result.panels.length;
  const gap = 0.05;
  const width = (1 - gap * (P - 1)) / P;
  const Ns = result.Ns;
  result.panels.forEach((panel, j) => {
    const s = j === 0 ? '' : String(j + 1);
    const xa = `x${s}`;
    const ya = `y${s}`;
    const first = j === 0;
    const x0 = j * (width + gap);
    layout[`xaxis${s}`] = { domain: [x0, x0 + width], title: { text: 'N' }, anchor: ya };
    layout[`yaxis${s}`] = {
      type: 'log',
      anchor: xa,
      exponentformat: 'power',
      title: first ? { text: 'one-step MSE' } : undefined,
    };
    (layout.annotations as Record<string, unknown>[]).push({
      text: `${setup.paramName} = ${panel.value}`,
      xref: 'paper',
      yref: 'paper',
      x: x0 + width / 2,
      y: 1.0,
      yanchor: 'bottom',
      showarrow: false,
    });
    for (const measure of result.measures) {
      const c = panel.curves[measure][window];
      data.push({
        type: 'scatter',
        mode: 'lines+markers',
        name: `${MEASURE_LABELS[measure]} (mean +- std)`,
        legendgroup: measure,
        showlegend: first,
        x: Ns,
        y: c.mean,
        error_y: { type: 'data', array: c.std, visible: true, thickness: 1 },
        line: { color: COLORS[measure] },
        marker: { size: 5 },
        xaxis: xa,
        yaxis: ya,
      });
    }
    const cl = panel.copyLast[window].mean;
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: 'copy-last value (mean)',
      legendgroup: 'copy',
      showlegend: first,
      x: [Ns[0], Ns[Ns.length - 1]],
      y: [cl, cl],
      line: { color: COLORS.copy, dash: 'dash' },
      xaxis: xa,
      yaxis: ya,
    });
    const paper = setup.paper[setup.values.indexOf(panel.value)];
    if (paper) {
      data.push({
        type: 'scatter',
        mode: 'lines',
        name: 'paper: LegT plateau (poster)',
        legendgroup: 'paper-legt',
        showlegend: first,
        x: [Ns[0], Ns[Ns.length - 1]],
        y: [paper.plateau, paper.plateau],
        line: { color: COLORS.legt, dash: 'dot' },
        opacity: 0.6,
        xaxis: xa,
        yaxis: ya,
      });
      if (paper.foutPeak !== null)
        data.push({
          type: 'scatter',
          mode: 'markers',
          name: 'paper: FouT peak near N ~ 21 (poster)',
          legendgroup: 'paper-fout',
          showlegend: first,
          x: [21],
          y: [paper.foutPeak],
          marker: { color: COLORS.fout, symbol: 'star-open', size: 11 },
          xaxis: xa,
          yaxis: ya,
        });
    }
  });
  return { data, layout };
}

/**
 * All figures of an error-vs-N result: 'second-half' (the window that gives the paper's plateaus) and 'whole' (the
 * alternative window, which reverses the N trend).
 *
 * @see arXiv:2407.09375
 */
export function errorVsNFigures(setup: ErrorVsNSetup, result: ErrorVsNResult): Record<string, FigureSpec> {
  const out: Record<string, FigureSpec> = {};
  for (const w of ERROR_WINDOWS) out[w] = errorVsNFigure(setup, result, w);
  return out;
}
