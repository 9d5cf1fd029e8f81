import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';

/** Options of {@link causalConv}. */
export interface CausalConvOptions {
  /** first output position returned @default 0 */
  from?: number;
  /** one past the last output position returned @default L */
  to?: number;
  /** output positions computed per Toeplitz block (memory about to * (2 block + to) floats) @default 1024 */
  block?: number;
}

/**
 * The causal convolution y[b, k] = sum_{i <= k} K[k - i] u[b, i] for output positions k in [from, to), computed as a
 * Toeplitz matrix product. The Toeplitz block is built from K with a tile-and-reshape trick (a vector of length m
 * repeated c1 times and read with row stride m - 1 shifts by one per row), so that its gradient needs only Multiply,
 * Sum, Slice, Reshape and Concat kernels, which every tfjs backend (wasm included) registers: gather-based Toeplitz
 * matrices need UnsortedSegmentSum for their gradient, which the wasm backend lacks, and tf.tile's gradient is a
 * loop of one slice and add per repetition. The repetition is a broadcast product with a column of ones.
 *
 * For an output block [c0, c1) the Toeplitz block T[i, j] = K[c0 + j - i] (i < c1, j < c1 - c0, zero when the index
 * is negative) equals v[(j - i) mod m] with v = [K[c0..c1), zeros(c1 - c0), K[0..c0)] and m = |v|.
 *
 * @param u - inputs, shape [B, L]
 * @param K - kernel, shape [>= to] (taps beyond `to` are unused)
 * @param options - see {@link CausalConvOptions}
 * @returns y, shape [B, to - from]
 * @throws RangeError when 0 <= from < to <= L does not hold or K is shorter than `to`
 * @example
 *   import { tf } from './backend.ts';
 *   const u = tf.tensor2d([[1, 2, 3]]);
 *   const K = tf.tensor1d([1, 1, 0]); // y[k] = u[k] + u[k - 1]
 *   JSON.stringify(causalConv(u, K).arraySync()) === '[[1,3,5]]';
 *   JSON.stringify(causalConv(u, K, { from: 1, block: 1 }).arraySync()) === '[[3,5]]';
 * @see arXiv:2407.09375
 */
export function causalConv(u: TF.Tensor2D, K: TF.Tensor1D, options: CausalConvOptions = {}): TF.Tensor2D {
  const [B, L] = u.shape;
  const from = options.from ?? 0;
  const to = options.to ?? L;
  const block = options.block ?? 1024;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to && to <= L)) {
    throw new RangeError(
      `causalConv: need integers 0 <= from < to <= L = ${L}, got from = ${from}, to = ${to}`,
    );
  }
  if (K.shape[0] < to) throw new RangeError(`causalConv: K must have >= ${to} taps, got ${K.shape[0]}`);
  if (!Number.isInteger(block) || block < 1)
    throw new RangeError(`causalConv: block must be an integer >= 1, got ${block}`);
  return tf.tidy(() => {
    const parts: TF.Tensor2D[] = [];
    for (let c0 = from; c0 < to; c0 += block) {
      const c1 = Math.min(to, c0 + block);
      const w = c1 - c0;
      const pieces: TF.Tensor1D[] = [K.slice(c0, w)];
      pieces.push(tf.zeros([w])); // w - 1 zeros suffice; one more keeps m - 1 >= w when c1 = 1
      if (c0 > 0) pieces.push(K.slice(0, c0));
      const v = pieces.length === 1 ? pieces[0] : tf.concat(pieces);
      const m = v.shape[0];
      // row i of the [c1, m - 1] reading of tile(v, c1) is v shifted right by i (mod m)
      // tile by broadcasting (v times a column of ones): tf.tile's gradient is a loop of c1 slices and adds
      const T = v
        .reshape([1, m])
        .mul(tf.ones([c1, 1]))
        .reshape([c1 * m])
        .slice(0, c1 * (m - 1))
        .reshape([c1, m - 1])
        .slice([0, 0], [c1, w]);
      const ub = c1 === L ? u : u.slice([0, 0], [B, c1]);
      parts.push(tf.matMul(ub, T));
    }
    return parts.length === 1 ? parts[0] : tf.concat(parts, 1);
  });
}
