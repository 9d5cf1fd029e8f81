import type * as TF from '@tensorflow/tfjs';
import type { SequenceSet } from '../fit/sequenceSet.ts';

/**
 * A trainable one-step-ahead sequence model: the interface the training loop, checkpoints and evaluation use for the
 * LegT predictor (settings I-IV), the diagonal SSM and the transformer alike.
 */
export interface SequenceModel {
  /** short label, e.g. 'legt-I', 's4d', 'transformer' */
  readonly name: string;
  /** every parameter, by a stable name (checkpoints store them under these names) */
  readonly params: Readonly<Record<string, TF.Variable>>;
  /** names of the parameters the optimizer updates (may be empty: setting II) */
  readonly trainable: readonly string[];
  /**
   * Predictions out[k] of u[k + 1] for k in [set.from, set.to) of the sequences `idx`.
   *
   * @returns shape [idx.length, set.to - set.from]
   */
  predict(set: SequenceSet, idx: Int32Array): TF.Tensor2D;
  /**
   * most sequence positions (sequences x L) one forward/backward pass may hold on the wasm backend before its 4 GB
   * heap runs out (see autoMicroBatch); absent: the model's passes are small enough at any batch the experiments use
   * (the LegT predictor: one channel), so its batches are never split automatically
   */
  readonly wasmPositionsPerPass?: number;
  /** frees the parameters and any cached tensors */
  dispose(): void;
}
