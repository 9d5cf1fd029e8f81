import type * as TF from '@tensorflow/tfjs';
import { adamState, adamStep, type AdamState } from './adam.ts';
import { tf } from './backend.ts';
import type { CheckpointStore } from './checkpointStore.ts';
import { mixSeed, permutation } from './random.ts';
import type { SequenceModel } from './sequenceModel.ts';
import type { SequenceSet } from './sequenceSet.ts';

/** One evaluation during training. */
export interface EvalRecord {
  /** epochs completed when it was taken (0: before training) */
  epoch: number;
  /** mean L1 loss over the whole training set */
  trainLoss: number;
  /** mean L1 error per evaluation set */
  errors: Record<string, number>;
  /** mean squared error per evaluation set */
  mse: Record<string, number>;
  /** whatever the caller's `diagnostics` returned (e.g. distances to the construction) */
  diagnostics: Record<string, number>;
}

/** Everything needed to resume a run: parameters, Adam state, epoch, history (plain JSON). */
export interface TrainCheckpoint {
  version: 1;
  model: string;
  seed: number;
  epoch: number;
  step: number;
  params: Record<string, number[]>;
  adam: { m: Record<string, number[]>; v: Record<string, number[]> };
  epochLoss: number[];
  evals: EvalRecord[];
}

/** Progress reported after every optimizer step. */
export interface TrainProgress {
  epoch: number;
  epochs: number;
  step: number;
  stepsPerEpoch: number;
  /** L1 loss of the batch just used */
  loss: number;
}

/** Options of {@link trainModel}. */
export interface TrainOptions {
  /** @default 100 */
  epochs?: number;
  /** @default 128 */
  batchSize?: number;
  /** Adam learning rate @default 2e-3 */
  learningRate?: number;
  /** seed of the batch order (per epoch: mixSeed(seed, epoch)) @default 0 */
  seed?: number;
  /** evaluate (and checkpoint) every this many epochs, and always after the last @default epochs */
  evalEvery?: number;
  /** evaluation sets by name @default {} */
  evalSets?: Record<string, SequenceSet>;
  /** extra numbers logged with each evaluation @default none */
  diagnostics?: () => Record<string, number>;
  /** resumable state, saved at each evaluation @default none */
  checkpoint?: CheckpointStore<TrainCheckpoint>;
  /** called after every optimizer step @default none */
  onProgress?: (p: TrainProgress) => void;
  /** stops after the current step; the run then returns with completed = false @default none */
  signal?: AbortSignal;
}

/** What {@link trainModel} returns. */
export interface TrainResult {
  model: string;
  epochs: number;
  steps: number;
  /** mean batch loss of each epoch */
  epochLoss: number[];
  evals: EvalRecord[];
  /** false when the signal stopped the run early */
  completed: boolean;
  /** wall time of this call (not counting resumed work) */
  seconds: number;
}

/**
 * Mean L1 and squared one-step error of a model on a set (positions [from, to) of every sequence).
 *
 * @param model - the model
 * @param set - the sequences and the loss window
 * @param batchSize - sequences per forward pass @default 128
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
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
  model: SequenceModel,
  set: SequenceSet,
  batchSize = 128,
): { l1: number; mse: number } {
  const R = set.to - set.from;
  let l1 = 0;
  let se = 0;
  for (let b0 = 0; b0 < set.count; b0 += batchSize) {
    const idx = new Int32Array(Math.min(batchSize, set.count - b0)).map((_, i) => b0 + i);
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

function l1Loss(model: SequenceModel, set: SequenceSet, idx: Int32Array): TF.Scalar {
  const R = set.to - set.from;
  const t = new Float32Array(idx.length * R);
  for (let r = 0; r < idx.length; r++) t.set(set.targets.subarray(idx[r] * R, (idx[r] + 1) * R), r * R);
  const target = tf.tensor2d(t, [idx.length, R]);
  const loss = tf.tidy(() => model.predict(set, idx).sub(target).abs().mean() as TF.Scalar);
  target.dispose();
  return loss;
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

/**
 * Trains a {@link SequenceModel} with Adam on the mean L1 one-step loss |out[k] - u[k + 1]| over the loss window,
 * in shuffled mini-batches; evaluates and checkpoints every `evalEvery` epochs; resumes from the checkpoint when one
 * exists (same seed: the final parameters equal those of an uninterrupted run on the same backend).
 *
 * @param model - the model (its trainable parameters are updated in place)
 * @param train - the training set
 * @param options - see {@link TrainOptions}
 * @throws RangeError for non-positive epochs, batchSize, learningRate or evalEvery; TypeError for a checkpoint of
 *   another model
 * @example
 *   import { selectBackend } from './backend.ts';
 *   import { sequenceSet } from './sequenceSet.ts';
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
  model: SequenceModel,
  train: SequenceSet,
  options: TrainOptions = {},
): Promise<TrainResult> {
  const started = performance.now();
  const epochs = options.epochs ?? 100;
  const batchSize = options.batchSize ?? 128;
  const learningRate = options.learningRate ?? 2e-3;
  const seed = options.seed ?? 0;
  const evalEvery = options.evalEvery ?? epochs;
  for (const [name, value] of Object.entries({ batchSize, learningRate, evalEvery })) {
    if (!(value > 0)) throw new RangeError(`trainModel: ${name} must be > 0, got ${value}`);
  }
  if (!(Number.isInteger(epochs) && epochs >= 0))
    throw new RangeError(`trainModel: epochs must be an integer >= 0, got ${epochs}`);
  const evalSets = options.evalSets ?? {};
  const trainable: Record<string, TF.Variable> = {};
  for (const n of model.trainable) trainable[n] = model.params[n];
  const adam: AdamState = adamState(model.params, model.trainable);
  const varList = Object.values(trainable);
  const stepsPerEpoch = Math.ceil(train.count / batchSize);

  let epoch = 0;
  let step = 0;
  let epochLoss: number[] = [];
  let evals: EvalRecord[] = [];
  const saved = await options.checkpoint?.load();
  if (saved !== undefined) {
    if (saved.model !== model.name || saved.seed !== seed) {
      throw new TypeError(
        `trainModel: checkpoint is for ${saved.model} seed ${saved.seed}, not ${model.name} seed ${seed}`,
      );
    }
    restore(model.params as Record<string, TF.Variable>, saved.params, 'params');
    restore(adam.m, saved.adam.m, 'adam.m');
    restore(adam.v, saved.adam.v, 'adam.v');
    adam.step = saved.step;
    ({ epoch, step, epochLoss, evals } = saved);
  }

  const evaluate = (): EvalRecord => {
    const errors: Record<string, number> = {};
    const mse: Record<string, number> = {};
    for (const [name, set] of Object.entries(evalSets)) {
      const e = evaluateModel(model, set, batchSize);
      errors[name] = e.l1;
      mse[name] = e.mse;
    }
    return {
      epoch,
      trainLoss: evaluateModel(model, train, batchSize).l1,
      errors,
      mse,
      diagnostics: options.diagnostics?.() ?? {},
    };
  };
  const save = async (): Promise<void> => {
    await options.checkpoint?.save({
      version: 1,
      model: model.name,
      seed,
      epoch,
      step,
      params: toJson(model.params as Record<string, TF.Variable>),
      adam: { m: toJson(adam.m), v: toJson(adam.v) },
      epochLoss,
      evals,
    });
  };

  if (evals.length === 0) {
    evals.push(evaluate());
    await save();
  }
  const lastEpoch = varList.length === 0 ? 0 : epochs;
  let completed = true;
  while (epoch < lastEpoch) {
    const order = permutation(train.count, mixSeed(seed, epoch));
    let sum = 0;
    for (let s = 0; s < stepsPerEpoch; s++) {
      if (options.signal?.aborted) {
        completed = false;
        break;
      }
      const idx = order.subarray(s * batchSize, Math.min(train.count, (s + 1) * batchSize));
      const { value, grads } = tf.variableGrads(() => l1Loss(model, train, idx), varList);
      const named: Record<string, TF.Tensor> = {};
      for (const [n, v] of Object.entries(trainable)) named[n] = grads[v.name];
      adamStep(model.params, named, adam, { learningRate });
      const loss = value.dataSync()[0];
      tf.dispose([value, ...Object.values(grads)]);
      sum += loss * idx.length;
      step += 1;
      options.onProgress?.({ epoch, epochs, step, stepsPerEpoch, loss });
    }
    if (!completed) break;
    epochLoss.push(sum / train.count);
    epoch += 1;
    if (epoch % evalEvery === 0 || epoch === lastEpoch) {
      evals.push(evaluate());
      await save();
    }
  }
  for (const v of [...Object.values(adam.m), ...Object.values(adam.v)]) v.dispose();
  return {
    model: model.name,
    epochs: epoch,
    steps: step,
    epochLoss,
    evals,
    completed,
    seconds: (performance.now() - started) / 1000,
  };
}
