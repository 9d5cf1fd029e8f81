/**
 * What the worker sends back to the page: the metrics of a computation and its series thinned to at most
 * MAX_POINTS points each (the page only plots; a 2e5-sample result never crosses to the main thread whole), and the
 * messages between the page and the worker.
 */
import type { ExplorerResult } from './compute.ts';
import type { IndexRange } from './library.ts';
import type { ExplorerSettings } from './settings.ts';

/** Most points per plotted series (plotly stays responsive; every point is kept when L <= MAX_POINTS). */
export const MAX_POINTS = 5000;

export interface ExplorerView {
  /** number of samples L */
  L: number;
  /** every stride-th sample is plotted */
  stride: number;
  /** thinned sample times t[0], t[stride], ... and the signal there */
  t: Float64Array;
  u: Float64Array;
  /** thinned target times t[k + 1] and, at the same k, the prediction, its squared error and copy-last's */
  tNext: Float64Array;
  prediction: Float64Array;
  error: Float64Array;
  copyLastError: Float64Array;
  /** the prediction indices k the headline averages (resolveWindow('second-half', L - 1)) */
  window: IndexRange;
  /** the same window as target times [t[from + 1], t[L - 1]] */
  windowStart: number;
  windowEnd: number;
  /** t[T], where the loop closes (teacher ratio < 1), or null when every input is true */
  loopCloses: number | null;
  teacherSteps: number;
  secondHalf: number;
  copyLastSecondHalf: number;
  whole: number;
  divergedAt: number | null;
  description: string;
  /** time spent in compute, ms */
  ms: number;
}

/** Request of the page: compute these settings (id increases with every request). */
export interface WorkerRequest {
  id: number;
  settings: ExplorerSettings;
}

/** Reply of the worker to the request with the same id. */
export type WorkerReply =
  { id: number; ok: true; view: ExplorerView } | { id: number; ok: false; message: string };

/** Every stride-th entry from `offset` on; non-finite values become NaN (a gap in the plot). */
function thin(x: Float64Array, stride: number, count: number, offset = 0): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = x[offset + i * stride];
    out[i] = Number.isFinite(v) ? v : NaN;
  }
  return out;
}

/** The view of a result: series thinned with one stride so that no series exceeds MAX_POINTS points. */
export function viewOf(r: ExplorerResult, ms: number): ExplorerView {
  const L = r.u.length;
  const stride = Math.max(1, Math.ceil(L / MAX_POINTS));
  const nAll = Math.ceil(L / stride);
  const nNext = Math.ceil((L - 1) / stride);
  return {
    L,
    stride,
    t: thin(r.t, stride, nAll),
    u: thin(r.u, stride, nAll),
    tNext: thin(r.t, stride, nNext, 1),
    prediction: thin(r.prediction, stride, nNext),
    error: thin(r.error, stride, nNext),
    copyLastError: thin(r.copyLastError, stride, nNext),
    window: r.window,
    windowStart: r.t[r.window.from + 1],
    windowEnd: r.t[L - 1],
    loopCloses: r.teacherSteps < L ? r.t[r.teacherSteps] : null,
    teacherSteps: r.teacherSteps,
    secondHalf: r.secondHalf,
    copyLastSecondHalf: r.copyLastSecondHalf,
    whole: r.whole,
    divergedAt: r.divergedAt,
    description: r.description,
    ms,
  };
}

/** The buffers of a view, to transfer instead of copy. */
export function transferablesOf(v: ExplorerView): ArrayBuffer[] {
  return [v.t, v.u, v.tNext, v.prediction, v.error, v.copyLastError].map((a) => a.buffer as ArrayBuffer);
}
