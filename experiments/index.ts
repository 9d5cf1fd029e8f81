/**
 * `hippo-prophecy/experiments`: the registered reproductions of the paper's experiments (and the ones beyond it),
 * the runner behind `hippo-prophecy reproduce`, and the contract to write a new one (defineExperiment and the
 * pre-registered claims). Importing this entry does not load TensorFlow.js; the two training experiments load it when they run.
 *
 * @see arXiv:2407.09375
 */
export { experiments } from './registry.ts';
export {
  runExperiments,
  type RunExperimentsOptions,
  type RunReport,
  type ExperimentOutcome,
  type ExperimentStatus,
} from './runner/runExperiments.ts';
export { defineExperiment } from './defineExperiment.ts';
export {
  CLAIM_KINDS,
  POSTER_TOLERANCE,
  evaluateRegistered,
  nonEmpty,
  paperBand,
  registerClaims,
} from './claims/index.ts';
export type {
  BoundTable,
  ClaimKind,
  ClaimStatus,
  ClaimTest,
  Deviation,
  Judged,
  Measured,
  Measurement,
  Registration,
} from './claims/index.ts';
export { inlineContext } from './common/inlineContext.ts';
export type { InlineContextOptions } from './common/inlineContext.ts';
export { SCALE_NAMES } from './types.ts';
export type { Claim, Experiment, ExperimentContext, FigureSpec, Scale, TaskRef } from './types.ts';
