/**
 * Shapes shared by the error-vs-N experiments (paper figures 3 and 4): the figure configuration, the worker task's
 * input and output, and the result JSON.
 *
 * @see arXiv:2407.09375
 */
import type { MeasureName } from '../../../src/hippo/types.ts';

/** The two averaging windows every error-vs-N run measures: the second half of the context and all of it. */
export const ERROR_WINDOWS = ['second-half', 'whole'] as const;
export type ErrorWindow = (typeof ERROR_WINDOWS)[number];

/** The measures compared (FouT with the default 2 pi m frequencies, N odd). */
export const ERROR_MEASURES = ['legt', 'fout'] as const satisfies readonly MeasureName[];
export type ErrorMeasure = (typeof ERROR_MEASURES)[number];

/** Parameters of one scale (stored in the run stamp). */
export interface ErrorVsNScale {
  /** functions per parameter value */
  functions: number;
  /** context length L (the predictor uses dt = 1 / L, theta = 1) */
  length: number;
  /** functions per worker task (even, so that FFT pairs never straddle two tasks) */
  taskSize: number;
  /** state sizes */
  Ns: number[];
}

/**
 * What one parameter value of a figure expects, measured first and then written down (see the experiment notes);
 * every number is a bound a claim checks.
 */
export interface ErrorVsNExpectation {
  /** the paper's LegT plateau at this value (read off the poster's log plot, +-10%) */
  paperPlateau: number;
  /** the paper's FouT peak height (near N ~ 21), null when our notes give no height */
  paperFoutPeak: number | null;
  /** whether our LegT second-half error at N = 17 reproduces paperPlateau within a factor 2 */
  plateauReproduced: boolean;
  /** when not reproduced: the band [lo, hi] that paperPlateau / ours measured in (an honest, checked offset) */
  plateauOffsetBand?: [number, number];
  /** LegT equals copy-last within 10% for every N <= this */
  copyLastUpToN: number;
  /**
   * the ordering that holds at every N >= from (second half): 'legt' means LegT's mean error is below FouT's;
   * null when it changes sign within the range
   */
  ordering: { from: number; winner: ErrorMeasure } | null;
  /** optionally: LegT's second-half error at this N is at most maxRatio times copy-last's */
  dropAt?: { N: number; maxRatio: number };
  /** optionally: the copy-last second-half MSE of an independent NumPy implementation of the same generator */
  notesCopyLast?: number;
  /** optionally: that implementation's LegT whole-context MSE at the largest N (97) */
  notesWholeAtMaxN?: number;
}

/** What one error-vs-N figure sweeps and expects (the experiment's id, title and notes are in its index.ts). */
export interface ErrorVsNSetup {
  /** the signal's name in figure titles, e.g. 'White Signal' */
  label: string;
  /** src/systems name: 'white-signal' or 'filtered-noise' */
  system: string;
  /** the swept parameter of the signal: 'gamma' or 'alpha' */
  paramName: string;
  /** one expectation per value */
  values: number[];
  expectations: ErrorVsNExpectation[];
}

/** Input of the worker task errorVsNChunk: functions stream .. stream + count - 1 of one parameter value. */
export interface ErrorVsNChunkInput {
  system: string;
  paramName: string;
  paramValue: number;
  seed: number;
  /** first stream (function index), even */
  stream: number;
  count: number;
  length: number;
  Ns: number[];
}

/** Output of errorVsNChunk: per-function errors, layout [measure][N][window][function] flattened. */
export interface ErrorVsNChunkOutput {
  count: number;
  /** errors[((a * Ns.length + i) * W + w) * count + m] for measure a, N index i, window w, function m */
  errors: Float64Array;
  /** copyLast[w * count + m] */
  copyLast: Float64Array;
}

/** Statistics over functions of one curve point. */
export interface PointStats {
  mean: number;
  /** population std (ddof 0) over functions */
  std: number;
  median: number;
}

/** One curve: statistics per N. */
export interface CurveStats {
  mean: number[];
  std: number[];
  median: number[];
}

/** Results of one parameter value. */
export interface ErrorVsNPanel {
  value: number;
  /** curves[measure][window] */
  curves: Record<ErrorMeasure, Record<ErrorWindow, CurveStats>>;
  copyLast: Record<ErrorWindow, PointStats>;
}

/** The result JSON of an error-vs-N experiment. */
export interface ErrorVsNResult {
  system: string;
  paramName: string;
  length: number;
  functions: number;
  seed: number;
  Ns: number[];
  measures: ErrorMeasure[];
  windows: ErrorWindow[];
  /** the resolved windows [from, to) over prediction indices k (prediction[k] vs u[k + 1]) */
  windowRanges: Record<ErrorWindow, { from: number; to: number }>;
  predictor: string;
  panels: ErrorVsNPanel[];
  /** wall time of the run in seconds */
  seconds: number;
}
