/**
 * What the trained-model experiments (fig6-trained, icl-families) share: the test sets, the trainer choice, the lazy
 * loader of the TensorFlow.js code, the two trainers behind one interface, and the training plan loop. Nothing here
 * imports TensorFlow.js statically.
 *
 * @see arXiv:2407.09375
 */
export { loadTraining } from './loadTraining.ts';
export type { Training } from './loadTraining.ts';
export { backendChoice, TEST_SET_NAMES, TEST_SETS, trainerChoice } from './testSets.ts';
export type { TestSetName, TrainerChoice } from './testSets.ts';
export { evaluateAny, fitModel, legtPredictor, trainedParameterCount } from './trainers.ts';
export type { AnyModel, LegtModel } from './trainers.ts';
export { prepareTraining, runTrainingPlan, trainingPlan } from './trainingPlan.ts';
export type { PlannedRun, RunIo, TrainingData, TrainingSetup } from './trainingPlan.ts';
export { trainingUnits } from './trainingUnits.ts';
export type { TrainingPartial, TrainingRuns, TrainingUnitsSpec } from './trainingUnits.ts';
