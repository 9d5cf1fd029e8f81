/**
 * `hippo-prophecy/experiments`: the registered reproductions of the paper's experiments (and the ones beyond it)
 * and the runner behind `hippo-prophecy reproduce`. Importing this entry does not load TensorFlow.js; the two
 * training experiments load it when they run.
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
export type { Claim, Experiment, ExperimentContext, FigureSpec, Scale, TaskRef } from './types.ts';
