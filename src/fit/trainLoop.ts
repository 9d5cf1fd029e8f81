/**
 * The training loop shared by the tfjs trainer (trainModel) and the analytic one (analyticPredictor): shuffled
 * mini-batches, evaluations, resumable checkpoints. No tfjs here: the model side is a {@link TrainEngine}.
 */
import type { CheckpointStore } from './checkpointStore.ts';
import { mixSeed, permutation } from './random.ts';
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

/** Options of the training loop (trainAnalytic, and trainModel of hippo-prophecy/train). */
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

/** What the training loop returns (trainAnalytic, trainModel). */
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

/** What the loop needs from a model and its optimizer (one Adam state per run). */
export interface TrainEngine {
  /** model name, stored in and checked against checkpoints */
  readonly name: string;
  /** false when nothing is trained (the loop then only evaluates) */
  readonly hasTrainable: boolean;
  /** one optimizer step on the sequences `idx` of the training set; returns the batch's mean L1 loss */
  step(idx: Int32Array, learningRate: number): number;
  /** mean L1 and squared one-step error over a set */
  evaluate(set: SequenceSet, batchSize: number): { l1: number; mse: number };
  /** every parameter and the Adam moments as plain arrays */
  save(): Pick<TrainCheckpoint, 'params' | 'adam'>;
  /** restores parameters, moments and the Adam step count from a checkpoint of this model */
  load(saved: TrainCheckpoint): void;
  /** frees the optimizer state */
  release(): void;
}

/**
 * Runs `options.epochs` epochs of mini-batch training through an engine: per epoch a permutation seeded by
 * mixSeed(seed, epoch), batches of `batchSize` in that order; an evaluation (and checkpoint) before training and
 * every `evalEvery` epochs and after the last; resumes from a checkpoint when the store holds one.
 *
 * @param engine - the model and optimizer
 * @param train - the training set
 * @param options - see {@link TrainOptions}
 * @param where - caller name for messages
 * @returns the run's record
 * @throws RangeError for non-positive batchSize, learningRate or evalEvery or a non-integer epochs; TypeError for a
 *   checkpoint of another model or seed
 * @internal
 */
export async function runTrainLoop(
  engine: TrainEngine,
  train: SequenceSet,
  options: TrainOptions,
  where: string,
): Promise<TrainResult> {
  const started = performance.now();
  const epochs = options.epochs ?? 100;
  const batchSize = options.batchSize ?? 128;
  const learningRate = options.learningRate ?? 2e-3;
  const seed = options.seed ?? 0;
  const evalEvery = options.evalEvery ?? epochs;
  for (const [name, value] of Object.entries({ batchSize, learningRate, evalEvery })) {
    if (!(value > 0)) throw new RangeError(`${where}: ${name} must be > 0, got ${value}`);
  }
  if (!(Number.isInteger(epochs) && epochs >= 0))
    throw new RangeError(`${where}: epochs must be an integer >= 0, got ${epochs}`);
  const evalSets = options.evalSets ?? {};
  const stepsPerEpoch = Math.ceil(train.count / batchSize);

  let epoch = 0;
  let step = 0;
  let epochLoss: number[] = [];
  let evals: EvalRecord[] = [];
  const saved = await options.checkpoint?.load();
  if (saved !== undefined) {
    if (saved.model !== engine.name || saved.seed !== seed) {
      throw new TypeError(
        `${where}: checkpoint is for ${saved.model} seed ${saved.seed}, not ${engine.name} seed ${seed}`,
      );
    }
    engine.load(saved);
    ({ epoch, step, epochLoss, evals } = saved);
  }

  const evaluate = (): EvalRecord => {
    const errors: Record<string, number> = {};
    const mse: Record<string, number> = {};
    for (const [name, set] of Object.entries(evalSets)) {
      const e = engine.evaluate(set, batchSize);
      errors[name] = e.l1;
      mse[name] = e.mse;
    }
    return {
      epoch,
      trainLoss: engine.evaluate(train, batchSize).l1,
      errors,
      mse,
      diagnostics: options.diagnostics?.() ?? {},
    };
  };
  const save = async (): Promise<void> => {
    await options.checkpoint?.save({
      version: 1,
      model: engine.name,
      seed,
      epoch,
      step,
      ...engine.save(),
      epochLoss,
      evals,
    });
  };

  if (evals.length === 0) {
    evals.push(evaluate());
    await save();
  }
  const lastEpoch = engine.hasTrainable ? epochs : 0;
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
      const loss = engine.step(idx, learningRate);
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
  engine.release();
  return {
    model: engine.name,
    epochs: epoch,
    steps: step,
    epochLoss,
    evals,
    completed,
    seconds: (performance.now() - started) / 1000,
  };
}
