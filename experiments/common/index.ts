/**
 * Small generic helpers shared by experiments: trace downsampling for figures, a dense transfer function for
 * steady-state analyses, rate fits, seed spreads and their bar figure, per-key records, the factors that claims
 * compare in (claimFactors.ts) and the recurring reasons of the bound tables (posterReasons.ts), and an in-process
 * ExperimentContext for tests and scripts. The larger shared pieces have their own folders: errorVsN (figures 3 and
 * 4), predictorSuite (baselines, noise, chaotic) and training (fig6-trained, icl-families).
 *
 * @see arXiv:2407.09375
 */
export { downsample } from './downsample.ts';
export type { DownsampleMode, DownsampleOptions } from './downsample.ts';
export { transferFunction } from './transferFunction.ts';
export { inlineContext } from './inlineContext.ts';
export type { InlineContextOptions } from './inlineContext.ts';
export { fitRate, RATE_TOLERANCE } from './fitRate.ts';
export type { FitRange } from './fitRate.ts';
export { seedSpread } from './seedSpread.ts';
export type { SeedSpread } from './seedSpread.ts';
export { seedSpreadBars } from './seedSpreadBars.ts';
export type { SeedSpreadGroup } from './seedSpreadBars.ts';
export { recordOf } from './recordOf.ts';
export { extreme, ORDER_OF_MAGNITUDE, SAME_LEVEL } from './claimFactors.ts';
export {
  CLEARLY_BETTER,
  CLEARLY_BETTER_REASON,
  POSTER_READING_REASON,
  SAME_ON_LOG_PLOT,
  VISIBLE_ON_LOG_PLOT,
} from './posterReasons.ts';
