/**
 * The two trainers behind one interface for the training experiments: the LegT predictor of a paper setting on the
 * analytic trainer (src/fit, no TensorFlow.js) or on tfjs autodiff (src/train), and the training loop, evaluation and
 * parameter count of any model, whichever trainer it belongs to. Both trainers share the loop, the batches and the
 * checkpoint format (src/fit/trainLoop.ts), so a training checkpoint of one resumes in the other.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import {
  analyticPredictor,
  isAnalyticPredictor,
  trainAnalytic,
  type AnalyticPredictor,
} from '../../../src/fit/analyticPredictor.ts';
import type { PaperSetting } from '../../../src/fit/paperSettings.ts';
import type { PredictorParams } from '../../../src/fit/predictorParams.ts';
import type { SequenceSet } from '../../../src/fit/sequenceSet.ts';
import type { TrainResult } from '../../../src/fit/trainLoop.ts';
import type { SequenceModel } from '../../../src/train/sequenceModel.ts';
import type { TrainModelOptions } from '../../../src/train/trainModel.ts';
import type { TrainablePredictor } from '../../../src/train/trainablePredictor.ts';
import type { TrainingSetup } from './trainingPlan.ts';

/** A LegT predictor on either trainer (both have read() and dispose()). */
export type LegtModel = AnalyticPredictor | TrainablePredictor;

/** Any model the experiments train. */
export type AnyModel = AnalyticPredictor | SequenceModel;

function tfjsOf(setup: TrainingSetup, what: string) {
  if (setup.tfjs === null)
    throw new TypeError(`${what}: a TensorFlow.js model in a setup without TensorFlow.js`);
  return setup.tfjs;
}

/**
 * The LegT predictor of a paper setting on the setup's trainer (analyticPredictor in float32, or trainablePredictor).
 *
 * @param setup - from prepareTraining
 * @param construction - Abar, Bbar, Cbar, Dbar of the construction
 * @param options - the setting and the seed of setting III's draw
 * @returns the model
 * @throws TypeError for the tfjs trainer in a setup without TensorFlow.js
 * @see arXiv:2407.09375 (figure 6)
 */
export function legtPredictor(
  setup: TrainingSetup,
  construction: PredictorParams,
  options: { setting: PaperSetting; seed?: number },
): LegtModel {
  if (setup.trainer === 'analytic') return analyticPredictor(construction, options);
  return tfjsOf(setup, 'legtPredictor').trainablePredictor(construction, options);
}

/**
 * Trains any model with the shared loop: an analytic predictor by trainAnalytic, a tfjs model by trainModel.
 *
 * @param setup - from prepareTraining
 * @param model - the model (updated in place)
 * @param train - the training set
 * @param options - the loop's options, and for a tfjs model the micro-batch (sequences per forward/backward pass;
 *   the analytic trainer ignores it) @default trainModel's: the whole batch, split on the wasm backend
 * @returns the run's record
 * @see arXiv:2407.09375 (figure 6)
 */
export function fitModel(
  setup: TrainingSetup,
  model: AnyModel,
  train: SequenceSet,
  options: TrainModelOptions,
): Promise<TrainResult> {
  if (isAnalyticPredictor(model)) return trainAnalytic(model, train, options);
  return tfjsOf(setup, 'fitModel').trainModel(model, train, options);
}

/**
 * Mean L1 and squared one-step error of any model on a set.
 *
 * @param setup - from prepareTraining
 * @param model - the model
 * @param set - the sequences and the loss window
 * @param batchSize - sequences per forward pass
 * @returns l1 and mse
 * @see arXiv:2407.09375
 */
export function evaluateAny(
  setup: TrainingSetup,
  model: AnyModel,
  set: SequenceSet,
  batchSize: number,
): { l1: number; mse: number } {
  if (isAnalyticPredictor(model)) return model.evaluate(set, batchSize);
  return tfjsOf(setup, 'evaluateAny').evaluateModel(model, set, batchSize);
}

/**
 * The number of trained parameter entries of any model.
 *
 * @param model - the model
 * @returns the count
 * @example trainedParameterCount(analyticPredictor(prophecy(hippo('legt', 4), { dt: 0.1 }), { setting: 'I' })) // 5
 */
export function trainedParameterCount(model: AnyModel): number {
  if (isAnalyticPredictor(model))
    return model.trainable.reduce((n, k) => n + model.params[k as keyof typeof model.params].length, 0);
  return model.trainable.reduce((n, k) => n + model.params[k].size, 0);
}
