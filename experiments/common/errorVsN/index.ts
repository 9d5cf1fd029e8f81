/**
 * The error-vs-N machinery of paper figures 3 and 4 (fig3-white-vs-n, fig4-filtered-vs-n): one setup per figure (or
 * per signal convention), the shared scales, the worker task, run, the claims' measurements and figures.
 *
 * @see arXiv:2407.09375
 */
export { ERROR_VS_N_NS, ERROR_VS_N_SCALES } from './defaultScales.ts';
export { errorVsNChunk, errorVsNKernels, errorVsNSpecs } from './errorVsNChunk.ts';
export {
  copyLastAt,
  extremeOf,
  extremeOverN,
  factorFromCopyLast,
  fmt,
  indexOfN,
  meanAt,
  panelOf,
  wholeGrowth,
} from './errorVsNMeasures.ts';
export type { ErrorVsNMeasured } from './errorVsNMeasures.ts';
export { MEASURE_LABELS, errorVsNFigure, errorVsNFigures } from './errorVsNFigures.ts';
export { plateauRow } from './plateauRow.ts';
export type { PlateauRowSpec } from './plateauRow.ts';
export { ERROR_VS_N_TASK, chunkInputs, pointStats, reducePanel, runErrorVsN } from './runErrorVsN.ts';
export { ERROR_MEASURES, ERROR_WINDOWS } from './types.ts';
export type {
  CurveStats,
  ErrorMeasure,
  ErrorVsNChunkInput,
  ErrorVsNChunkOutput,
  ErrorVsNPaperPanel,
  ErrorVsNPanel,
  ErrorVsNResult,
  ErrorVsNScale,
  ErrorVsNSetup,
  ErrorWindow,
  PointStats,
} from './types.ts';
