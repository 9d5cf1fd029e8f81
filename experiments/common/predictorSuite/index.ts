/**
 * The predictor suite of the "beyond the paper" comparisons (baselines, noise, chaotic): the methods (three LegT
 * constructions and the src/baselines predictors), the test signals, the worker task that scores one function,
 * the suite runner, the table cells and the error-bar figure.
 *
 * @see arXiv:2407.09375
 */
export { errorBars } from './errorBars.ts';
export { evaluateSeries } from './evaluateSeries.ts';
export type { SeriesInput, SeriesOutput } from './evaluateSeries.ts';
export {
  DEFAULT_CONSTRUCTION,
  METHOD_IDS,
  METHOD_LABELS,
  legtPredictor,
  predictAll,
  selectConstruction,
  selectionBank,
} from './methods.ts';
export type { ConstructionSettings, MethodId } from './methods.ts';
export { EVALUATE_TASK, runSuite } from './runSuite.ts';
export type { SuiteSize } from './runSuite.ts';
export { CLASSIC_SYSTEMS, PAPER_SIGNALS, SMOOTH_SIGNAL_KEYS, SYSTEM_TRANSIENT } from './signals.ts';
export type { SignalSpec } from './signals.ts';
export { cellOf, ratio, selectionCounts, summarize } from './summarize.ts';
export type { Cell } from './summarize.ts';
