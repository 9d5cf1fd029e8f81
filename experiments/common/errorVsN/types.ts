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

/**
 * The measures compared: LegT and FouT (the construction, FouT with the default 2 pi m frequencies, N odd) and the
 * authors' FouT predictor as read from their code ('fout-authors': its own readout, forward-Euler output).
 */
export const ERROR_MEASURES = ['legt', 'fout', 'fout-authors'] as const satisfies readonly MeasureName[];
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

/** The paper's poster values of one panel, drawn in the figures (the claims take them from the bound tables). */
export interface ErrorVsNPaperPanel {
  /** the LegT plateau (read off the poster's log plot) */
  plateau: number;
  /** the height of FouT's peak near N ~ 21, null where no height was read */
  foutPeak: number | null;
}

/** What one error-vs-N figure sweeps (the experiment's id, title, notes and claims are in its folder). */
export interface ErrorVsNSetup {
  /** the signal's name in figure titles, e.g. 'White Signal' */
  label: string;
  /** src/systems name: 'white-signal' or 'filtered-noise' */
  system: string;
  /** the swept parameter of the signal: 'gamma' or 'alpha' */
  paramName: string;
  values: number[];
  /**
   * further generate() options of every function, e.g. { nengo: 1, scale: 'none' } for the authors' Filtered Noise
   * convention @default {} (the system's defaults)
   */
  generateOptions?: Readonly<Record<string, number | string>>;
  /** names a second convention of the same experiment: prefixes its checkpoint keys @default '' */
  variant?: string;
  /** the poster's values, one per value (same order) */
  paper: readonly ErrorVsNPaperPanel[];
}

/** Input of the worker task errorVsNChunk: functions stream .. stream + count - 1 of one parameter value. */
export interface ErrorVsNChunkInput {
  system: string;
  paramName: string;
  paramValue: number;
  /** further generate() options (ErrorVsNSetup.generateOptions) */
  generateOptions: Record<string, number | string>;
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
  /** the generate() options beyond the swept parameter (empty: the system's defaults) */
  generateOptions: Record<string, number | string>;
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
