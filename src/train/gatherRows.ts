import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';

/**
 * Rows `idx` of a row-major [count, width] array as a [idx.length, width] tensor.
 *
 * @example gatherRows(Float32Array.of(1, 2, 3, 4), 2, Int32Array.of(1)) // [[3, 4]]
 */
export function gatherRows(data: Float32Array, width: number, idx: Int32Array): TF.Tensor2D {
  const out = new Float32Array(idx.length * width);
  for (let r = 0; r < idx.length; r++)
    out.set(data.subarray(idx[r] * width, (idx[r] + 1) * width), r * width);
  return tf.tensor2d(out, [idx.length, width]);
}
