import type * as TF from '@tensorflow/tfjs';
import { analyticEngine, isAnalyticPredictor, type AnalyticPredictor } from '../fit/analyticPredictor.ts';
import type { SequenceSet } from '../fit/sequenceSet.ts';
import {
  runTrainLoop,
  type TrainCheckpoint,
  type TrainEngine,
  type TrainOptions,
  type TrainResult,
} from '../fit/trainLoop.ts';
import { adamState, adamStep } from './adam.ts';
import { tf } from './backend.ts';
import { autoMicroBatch, microBatchedGrads } from './microBatch.ts';
import type { SequenceModel } from './sequenceModel.ts';

/**
 * Mean L1 and squared one-step error of a model on a set (positions [from, to) of every sequence).
 *
 * @param model - the model
 * @param set - the sequences and the loss window
 * @param batchSize - sequences per forward pass, on the wasm backend at most autoMicroBatch's (the errors are summed
 *   per sequence in float64, so the split does not change them) @default 128
 * @example
 *   import { sequenceSet } from '../fit/sequenceSet.ts';
 *   import { trainablePredictor } from './trainablePredictor.ts';
 *   // Cbar = 0, Dbar = 1: the "hold" predictor uhat_{k+1} = u_k
 *   const hold = { Abar: fromRows([[0]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(0), Dbar: 1 };
 *   const model = trainablePredictor(hold, { setting: 'II' });
 *   // on a ramp it is off by exactly one step: scored k = 3, 4 predict 3, 4 for 4, 5
 *   const e = evaluateModel(model, sequenceSet([[0, 1, 2, 3, 4, 5]]));
 *   e.l1 === 1 && e.mse === 1;
 *   evaluateModel(model, sequenceSet([[2, 2, 2, 2]])).l1 === 0; // exact on a constant
 *   model.dispose();
 */
export function evaluateModel(
  model: SequenceModel | AnalyticPredictor,
  set: SequenceSet,
  batchSize = 128,
): { l1: number; mse: number } {
  if (isAnalyticPredictor(model)) return model.evaluate(set, batchSize);
  const R = set.to - set.from;
  const pass = autoMicroBatch(tf.getBackend(), set.length, batchSize, model.wasmPositionsPerPass);
  let l1 = 0;
  let se = 0;
  for (let b0 = 0; b0 < set.count; b0 += pass) {
    const idx = new Int32Array(Math.min(pass, set.count - b0)).map((_, i) => b0 + i);
    const pred = model.predict(set, idx);
    const p = pred.dataSync();
    pred.dispose();
    for (let r = 0; r < idx.length; r++) {
      const t = set.targets.subarray(idx[r] * R, (idx[r] + 1) * R);
      for (let k = 0; k < R; k++) {
        const e = p[r * R + k] - t[k];
        l1 += Math.abs(e);
        se += e * e;
      }
    }
  }
  const n = set.count * R;
  return { l1: l1 / n, mse: se / n };
}

/** Options of {@link trainModel}: the loop's, and the micro-batch of the tfjs gradient step. */
export interface TrainModelOptions extends TrainOptions {
  /**
   * sequences per forward/backward pass of a tfjs step: a batch is split into passes of this many sequences whose
   * gradients are summed weighted by their share of the batch's loss positions (the same Adam step, see
   * microBatchedGrads); the analytic trainer ignores it
   * @default autoMicroBatch(backend, L, the step's sequences, model.wasmPositionsPerPass): the whole batch, except
   *   on the wasm backend when a model with a pass limit would pass more sequence positions than it at once
   */
  microBatch?: number;
}

/**
 * Trains a {@link SequenceModel} with Adam on the mean L1 one-step loss |out[k] - u[k + 1]| over the loss window,
 * in shuffled mini-batches; evaluates and checkpoints every `evalEvery` epochs; resumes from the checkpoint when one
 * exists (same seed: the final parameters equal those of an uninterrupted run on the same backend). tfjs computes
 * the gradients; an {@link AnalyticPredictor} is trained by its analytic gradients instead (same loop, batches,
 * checkpoint format; see trainAnalytic).
 *
 * @param model - the model (its trainable parameters are updated in place)
 * @param train - the training set
 * @param options - see {@link TrainModelOptions}
 * @throws RangeError for non-positive epochs, batchSize, learningRate or evalEvery, or microBatch not an integer
 *   >= 1; TypeError for a checkpoint of another model
 * @example
 *   import { selectBackend } from './backend.ts';
 *   import { sequenceSet } from '../fit/sequenceSet.ts';
 *   import { trainablePredictor } from './trainablePredictor.ts';
 *   await selectBackend({ backend: 'cpu' });
 *   // x_{k+1} = x_k / 2 + u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k, starting from the zero predictor
 *   const init = { Abar: fromRows([[0.5]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(0), Dbar: 0 };
 *   const model = trainablePredictor(init, { setting: 'I' }); // trains Cbar, Dbar
 *   const data = sequenceSet([[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2]]);
 *   const r = await trainModel(model, data, { epochs: 1, batchSize: 2, learningRate: 0.1 });
 *   r.completed && r.steps === 1 && r.epochLoss.length === 1;
 *   r.evals.map((e) => e.epoch).join() === '0,1'; // before training and after the last epoch
 *   r.evals[1].trainLoss < r.evals[0].trainLoss;
 *   model.dispose();
 * @see arXiv:2407.09375 (figure 6: Adam, lr 2e-3, batch 128, L1 loss on the second half of each context)
 */
export async function trainModel(
  model: SequenceModel | AnalyticPredictor,
  train: SequenceSet,
  options: TrainModelOptions = {},
): Promise<TrainResult> {
  const { microBatch } = options;
  if (microBatch !== undefined && !(Number.isInteger(microBatch) && microBatch >= 1)) {
    throw new RangeError(`trainModel: microBatch must be an integer >= 1, got ${microBatch}`);
  }
  const engine = isAnalyticPredictor(model)
    ? analyticEngine(model, train)
    : tfjsEngine(model, train, microBatch);
  return runTrainLoop(engine, train, options, 'trainModel');
}

function toJson(vars: Record<string, TF.Variable>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(vars)) out[k] = Array.from(v.dataSync());
  return out;
}

function restore(vars: Record<string, TF.Variable>, values: Record<string, number[]>, what: string): void {
  for (const [k, v] of Object.entries(vars)) {
    const data = values[k];
    if (data === undefined || data.length !== v.size) {
      throw new TypeError(`trainModel: checkpoint ${what}.${k} missing or of wrong size`);
    }
    v.assign(tf.tensor(Float32Array.from(data), v.shape));
  }
}

/** The tfjs side of the loop: gradients by tf.variableGrads (in micro-batches), Adam on tfjs variables. */
function tfjsEngine(model: SequenceModel, train: SequenceSet, microBatch: number | undefined): TrainEngine {
  const trainable: Record<string, TF.Variable> = {};
  for (const n of model.trainable) trainable[n] = model.params[n];
  const adam = adamState(model.params, model.trainable);
  const varList = Object.values(trainable);
  const params = model.params as Record<string, TF.Variable>;
  return {
    name: model.name,
    hasTrainable: varList.length > 0,
    step(idx, learningRate) {
      const chunk =
        microBatch ?? autoMicroBatch(tf.getBackend(), train.length, idx.length, model.wasmPositionsPerPass);
      const { loss, grads } = microBatchedGrads(model, train, idx, varList, chunk);
      const named: Record<string, TF.Tensor> = {};
      for (const [n, v] of Object.entries(trainable)) named[n] = grads[v.name];
      adamStep(model.params, named, adam, { learningRate });
      tf.dispose(Object.values(grads));
      return loss;
    },
    evaluate: (set, batchSize) => evaluateModel(model, set, batchSize),
    save: () => ({ params: toJson(params), adam: { m: toJson(adam.m), v: toJson(adam.v) } }),
    load(saved: TrainCheckpoint) {
      restore(params, saved.params, 'params');
      restore(adam.m, saved.adam.m, 'adam.m');
      restore(adam.v, saved.adam.v, 'adam.v');
      adam.step = saved.step;
    },
    release() {
      for (const v of [...Object.values(adam.m), ...Object.values(adam.v)]) v.dispose();
    },
  };
}
