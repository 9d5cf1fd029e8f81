/**
 * The shared layout pieces of every figure: titled axes (linear or log) and a common look.
 *
 * @see arXiv:2407.09375
 */

/** A plotly axis layout with a title and a linear or log type; log axes label ticks as powers of ten. */
export function axisLayout(title: string, log: boolean): Record<string, unknown> {
  return {
    title: { text: title },
    type: log ? 'log' : 'linear',
    exponentformat: log ? 'power' : 'e',
    showexponent: 'all',
    zeroline: !log,
    gridcolor: '#e5e5e5',
    linecolor: '#444',
    automargin: true,
  };
}

/** The base layout of a figure: title, white background, legend, margins. */
export function baseLayout(title: string): Record<string, unknown> {
  return {
    title: { text: title },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hovermode: 'closest',
    legend: { orientation: 'v' },
    margin: { l: 70, r: 30, t: 60, b: 60 },
  };
}
