/**
 * What the trained-model experiments (fig6-trained, icl-families) share: the test sets, the lazy loader of the
 * TensorFlow.js code, and the training plan loop. Nothing here imports TensorFlow.js statically.
 *
 * @see arXiv:2407.09375
 */
export { loadTraining } from './loadTraining.ts';
export type { Training } from './loadTraining.ts';
export { backendChoice, TEST_SET_NAMES, TEST_SETS } from './testSets.ts';
export type { TestSetName } from './testSets.ts';
export { prepareTraining, runTrainingPlan, trainingPlan } from './trainingPlan.ts';
export type { PlannedRun, RunIo, TrainingData, TrainingSetup } from './trainingPlan.ts';
export { trainingUnits } from './trainingUnits.ts';
export type { TrainingPartial, TrainingRuns, TrainingUnitsSpec } from './trainingUnits.ts';
