import type * as TF from '@tensorflow/tfjs';
import type { SequenceSet } from '../fit/sequenceSet.ts';
import { tf } from './backend.ts';
import { gatherRows } from './gatherRows.ts';
import type { SequenceModel } from './sequenceModel.ts';

/**
 * Mean L1 one-step loss |out[k] - u[k + 1]| of the sequences `idx` over the loss window, times `weight`: the mean is
 * over idx.length x (set.to - set.from) positions.
 */
function weightedL1Loss(model: SequenceModel, set: SequenceSet, idx: Int32Array, weight: number): TF.Scalar {
  const target = gatherRows(set.targets, set.to - set.from, idx);
  const loss = tf.tidy(() => {
    const mean = model.predict(set, idx).sub(target).abs().mean() as TF.Scalar;
    return weight === 1 ? mean : (mean.mul(weight) as TF.Scalar);
  });
  target.dispose();
  return loss;
}

/**
 * The mean L1 one-step loss of a batch and its gradients, computed in micro-batches of at most `microBatch`
 * sequences so that no tfjs intermediate holds more than that many sequences. Every sequence contributes
 * R = set.to - set.from loss positions, so with chunks c of n_c sequences out of n
 *
 *   loss = 1 / (n R) sum_{s, k} |out_s[k] - u_s[k + 1]| = sum_c (n_c / n) loss_c,   grad = sum_c (n_c / n) grad_c,
 *
 * where loss_c is the chunk's own mean (each chunk's loss is scaled by n_c / n before differentiation, a last
 * shorter chunk included). Equal to the single pass in exact arithmetic; in float32 up to the rounding of the sums.
 *
 * @param model - the model
 * @param set - the sequences and the loss window
 * @param idx - the batch's sequence indices, length n >= 1
 * @param vars - the variables to differentiate (the model's trainable ones)
 * @param microBatch - sequences per pass, an integer >= 1 (>= n: one pass)
 * @returns the batch's mean loss (a number) and the gradients by variable name (the caller disposes them)
 * @throws RangeError for microBatch not an integer >= 1 or an empty batch
 * @example
 *   import { selectBackend } from './backend.ts';
 *   import { sequenceSet } from '../fit/sequenceSet.ts';
 *   import { trainablePredictor } from './trainablePredictor.ts';
 *   await selectBackend({ backend: 'cpu' });
 *   const init = { Abar: fromRows([[0.5]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(0), Dbar: 0 };
 *   const model = trainablePredictor(init, { setting: 'I' });
 *   const set = sequenceSet([[1, 2, 3, 4], [0, 1, 0, 1], [2, 2, 2, 2]]);
 *   const vars = model.trainable.map((n) => model.params[n]);
 *   const whole = microBatchedGrads(model, set, Int32Array.of(0, 1, 2), vars, 3);
 *   const split = microBatchedGrads(model, set, Int32Array.of(0, 1, 2), vars, 2); // chunks of 2 and 1
 *   Math.abs(whole.loss - split.loss) < 1e-6;
 *   Object.values(whole.grads).forEach((g) => g.dispose());
 *   Object.values(split.grads).forEach((g) => g.dispose());
 *   model.dispose();
 * @see arXiv:2407.09375 (figure 6: the mean L1 loss on the second half of each context)
 */
export function microBatchedGrads(
  model: SequenceModel,
  set: SequenceSet,
  idx: Int32Array,
  vars: TF.Variable[],
  microBatch: number,
): { loss: number; grads: Record<string, TF.Tensor> } {
  if (!(Number.isInteger(microBatch) && microBatch >= 1)) {
    throw new RangeError(`microBatchedGrads: microBatch must be an integer >= 1, got ${microBatch}`);
  }
  const n = idx.length;
  if (n < 1) throw new RangeError('microBatchedGrads: idx must name at least one sequence, got 0');
  let loss = 0;
  let grads: Record<string, TF.Tensor> = {};
  for (let c0 = 0; c0 < n; c0 += microBatch) {
    const part = idx.subarray(c0, Math.min(n, c0 + microBatch));
    const r = tf.variableGrads(() => weightedL1Loss(model, set, part, part.length / n), vars);
    loss += r.value.dataSync()[0];
    r.value.dispose();
    if (c0 === 0) {
      grads = r.grads;
      continue;
    }
    for (const [name, g] of Object.entries(r.grads)) {
      const sum = grads[name].add(g);
      tf.dispose([grads[name], g]);
      grads[name] = sum;
    }
  }
  return { loss, grads };
}

/**
 * Sequence positions (sequences x length) one forward/backward pass may hold on the tfjs wasm backend. The wasm
 * backend has one 4 GB heap addressed with 32-bit offsets, and a step's tape keeps every activation of the batch
 * (S4D: per layer [B, L, H] tensors and the Toeplitz product of [H, B, L] by [H, L, L]; the transformer: full
 * attention's [B heads, L, L] scores); past the heap the kernels trap with varying messages. Measured at
 * icl-families' paper sizes (L = 512, width 64; S4D state 32, 3 layers; transformer 4 heads, window 32), one step in
 * one pass: S4D runs at 32 sequences (2^14 positions) and traps at 48 ("memory access out of bounds") and 64 ("null
 * function or function signature mismatch"; icl-families reported "table index is out of bounds" at 64 and
 * "remainder by zero" at 128); the transformer runs at 32 and traps at 48 and 64. The limit keeps a factor 2 below
 * the last size that ran (2^13: 16 sequences of 512), since the crash point lies between 1 and 1.5 times it; see
 * scripts/investigations/wasmMicroBatch.ts. The criterion counts positions only: it is calibrated at width 64, and a
 * much wider model or a longer full-attention context needs an explicit microBatch.
 */
export const WASM_TOKENS_PER_PASS = 2 ** 13;

/**
 * The micro-batch trainModel uses when none is given: the whole batch, except on the wasm backend for a model that
 * declares a pass limit P (SequenceModel.wasmPositionsPerPass: the S4D and transformer models, P =
 * WASM_TOKENS_PER_PASS), where a pass holds at most P sequence positions; the batch is then split into
 * k = ceil(batch / max) passes of equal size ceil(batch / k) (max = max(1, floor(P / length))). A model without a
 * limit (the LegT predictor: one channel, it trains batches of 128 x 10^4 positions on wasm) is never split.
 *
 * @param backend - the active tfjs backend (tf.getBackend())
 * @param length - sequence length L
 * @param batchSize - sequences per optimizer step
 * @param positionsPerPass - the model's wasm pass limit P @default undefined (no limit)
 * @returns sequences per pass, in [1, batchSize]
 * @throws RangeError for length or batchSize not an integer >= 1, or P given and not an integer >= 1
 * @example
 *   autoMicroBatch('wasm', 512, 128, WASM_TOKENS_PER_PASS) === 16; // 8 passes
 *   autoMicroBatch('wasm', 100, 200, WASM_TOKENS_PER_PASS) === 67; // 81 fit: 3 passes of 67, 67, 66
 *   autoMicroBatch('cpu', 512, 128, WASM_TOKENS_PER_PASS) === 128;
 *   autoMicroBatch('wasm', 10000, 128) === 128; // no limit declared
 * @see arXiv:2407.09375 (figure 6: batch 128)
 */
export function autoMicroBatch(
  backend: string,
  length: number,
  batchSize: number,
  positionsPerPass?: number,
): number {
  for (const [name, v] of Object.entries({ length, batchSize, positionsPerPass: positionsPerPass ?? 1 })) {
    if (!(Number.isInteger(v) && v >= 1))
      throw new RangeError(`autoMicroBatch: ${name} must be an integer >= 1, got ${v}`);
  }
  if (backend !== 'wasm' || positionsPerPass === undefined) return batchSize;
  const max = Math.max(1, Math.floor(positionsPerPass / length));
  const passes = Math.ceil(batchSize / max);
  return Math.ceil(batchSize / passes);
}
