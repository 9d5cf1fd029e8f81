/**
 * The explorer's two plotly figures of a view: the signal with the model's prediction (a line where the loop
 * closes), and the squared one-step errors of the model and of copy-last with the second half (the headline's
 * window) shaded. Trace 0 of the error figure is the model's squared error (the tests read it).
 */
import Plotly from 'plotly.js-basic-dist-min';
import type { ExplorerView } from './view.ts';

const layoutBase = { margin: { l: 60, r: 20, t: 40, b: 45 }, legend: { orientation: 'h', y: -0.2 } };
const config = { responsive: true, displaylogo: false };

/** A vertical line across the plot at x, with a label. */
function vline(x: number, text: string) {
  return {
    shape: {
      type: 'line',
      xref: 'x',
      yref: 'paper',
      x0: x,
      x1: x,
      y0: 0,
      y1: 1,
      line: { color: '#888', dash: 'dash', width: 1 },
    },
    annotation: {
      x,
      xref: 'x',
      y: 1,
      yref: 'paper',
      text,
      showarrow: false,
      xanchor: 'left',
      yanchor: 'bottom',
    },
  };
}

function finiteRange(x: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * The y axis of the signal figure: automatic, unless the prediction leaves the signal's range by more than its
 * span (a growing rollout), then the signal's range with half a span of margin, so the signal stays readable.
 */
function signalAxis(v: ExplorerView): {
  range?: [number, number];
  clipped: boolean;
  keep?: (p: number) => boolean;
} {
  const [lo, hi] = finiteRange(v.u);
  const [plo, phi] = finiteRange(v.prediction);
  const span = Math.max(hi - lo, Number.MIN_VALUE);
  const outside = v.prediction.some((p) => Number.isNaN(p)) || plo < lo - span || phi > hi + span;
  if (!outside) return { clipped: false };
  // far outside the range a point only adds an off-plot segment whose pixel coordinates overflow
  const keep = (p: number) => p > lo - 1e3 * span && p < hi + 1e3 * span;
  return { range: [lo - span / 2, hi + span / 2], clipped: true, keep };
}

/**
 * A series as plotly reads it: null (a gap) where a value cannot be drawn (non-finite, outside `keep`, or <= 0 on a
 * log axis); plotly would otherwise emit SVG paths with NaN coordinates.
 */
function drawable(x: Float64Array, keep: (v: number) => boolean = Number.isFinite): (number | null)[] {
  return Array.from(x, (v) => (keep(v) ? v : null));
}

/** Values a log axis can draw. */
const positive = (v: number) => v > 0 && v < Infinity;

/** Draws (or redraws in place) both figures. */
export async function drawPlots(
  signalEl: HTMLElement,
  errorEl: HTMLElement,
  v: ExplorerView,
  title: string,
): Promise<void> {
  const loop = v.loopCloses === null ? null : vline(v.loopCloses, `loop closes (k = ${v.teacherSteps})`);
  const axis = signalAxis(v);
  await Plotly.react(
    signalEl,
    [
      { x: v.t, y: drawable(v.u), name: 'signal u', mode: 'lines' },
      {
        x: v.tNext,
        y: drawable(v.prediction, axis.keep),
        name: 'prediction of u[k+1]',
        mode: 'lines',
        line: { dash: 'dot' },
      },
    ],
    {
      ...layoutBase,
      title: { text: axis.clipped ? `${title} (y clipped to the signal's range)` : title },
      xaxis: { title: { text: 't' } },
      yaxis: axis.range ? { range: axis.range } : {},
      shapes: loop ? [loop.shape] : [],
      annotations: loop ? [loop.annotation] : [],
    },
    config,
  );
  await Plotly.react(
    errorEl,
    [
      { x: v.tNext, y: drawable(v.error, positive), name: 'model (prediction[k] - u[k+1])^2', mode: 'lines' },
      {
        x: v.tNext,
        y: drawable(v.copyLastError, positive),
        name: 'copy-last',
        mode: 'lines',
        line: { color: '#999', width: 1 },
      },
    ],
    {
      ...layoutBase,
      title: {
        text:
          loop === null
            ? 'squared one-step error (shaded: the second half, the headline window)'
            : 'squared error, free-running after the dashed line (shaded: the second half, the headline window)',
      },
      xaxis: { title: { text: 't' } },
      yaxis: { type: 'log', exponentformat: 'power' },
      shapes: [
        {
          type: 'rect',
          xref: 'x',
          yref: 'paper',
          x0: v.windowStart,
          x1: v.windowEnd,
          y0: 0,
          y1: 1,
          fillcolor: '#1f77b4',
          opacity: 0.08,
          line: { width: 0 },
        },
        ...(loop ? [loop.shape] : []),
      ],
    },
    config,
  );
}
