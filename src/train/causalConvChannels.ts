import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';

/**
 * Per-channel causal convolution y[h, b, k] = sum_{i <= k} K[h, k - i] x[h, b, i], as one batched Toeplitz product.
 * The Toeplitz matrices T[h, i, j] = K[h, j - i] (zero for j < i) are row i of [K_h, zeros(L)] repeated L times and read
 * with stride 2L - 1 (the repetition a broadcast product with ones), whose gradient needs only Multiply, Sum, Slice
 * and Reshape (available on every tfjs backend).
 *
 * @param x - inputs, shape [H, B, L]
 * @param K - kernels, shape [H, L]
 * @returns y, shape [H, B, L]
 * @throws TypeError when the shapes disagree
 * @example
 *   import { tf } from './backend.ts';
 *   const x = tf.ones([2, 1, 3]) as TF.Tensor3D; // H = 2 channels, B = 1, L = 3
 *   const K = tf.tensor2d([[1, 1, 1], [1, 0, 0]]); // a running sum, the identity
 *   JSON.stringify(causalConvChannels(x, K).arraySync()) === '[[[1,2,3]],[[1,1,1]]]';
 * @see arXiv:2206.11893 (S4D computes the same convolution with an FFT)
 */
export function causalConvChannels(x: TF.Tensor3D, K: TF.Tensor2D): TF.Tensor3D {
  const [H, , L] = x.shape;
  if (K.shape[0] !== H || K.shape[1] !== L) {
    throw new TypeError(`causalConvChannels: K must have shape [${H}, ${L}], got [${K.shape.join(', ')}]`);
  }
  return tf.tidy(() => {
    const v = tf.concat([K, tf.zeros([H, L])], 1); // [H, 2L]
    // repeat v L times by broadcasting (tf.tile's gradient would loop over L slices)
    const T = v
      .reshape([H, 1, 2 * L])
      .mul(tf.ones([1, L, 1]))
      .reshape([H, 2 * L * L])
      .slice([0, 0], [H, L * (2 * L - 1)])
      .reshape([H, L, 2 * L - 1])
      .slice([0, 0, 0], [H, L, L]) as TF.Tensor3D;
    return tf.matMul(x, T);
  });
}
