import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';
import { stateKernel } from './stateKernel.ts';

/**
 * The convolution kernel of the discrete predictor, K_j = Cbar Abar^j Bbar for j = 0..L-1, as a differentiable tfjs
 * computation: K = Cbar V with the state kernel V[:, j] = Abar^j Bbar of {@link stateKernel} (repeated squaring, so
 * only ceil(log2 L) matrix products are needed instead of L matrix-vector steps).
 *
 * @param Abar - state matrix, shape [N, N]
 * @param Bbar - input vector, shape [N]
 * @param Cbar - readout vector, shape [N]
 * @param length - number of kernel taps L (integer >= 1)
 * @returns K, shape [L]
 * @throws RangeError when length is not an integer >= 1
 * @example
 *   import { tf } from './backend.ts';
 *   // N = 1, Abar = 0.5: K_j = 0.5^j
 *   const K = predictorKernel(tf.tensor2d([[0.5]]), tf.tensor1d([1]), tf.tensor1d([1]), 3);
 *   JSON.stringify(K.arraySync()) === '[1,0.5,0.25]';
 * @see arXiv:2407.09375 (section 4: the predictor is one causal convolution)
 */
export function predictorKernel(
  Abar: TF.Tensor2D,
  Bbar: TF.Tensor1D,
  Cbar: TF.Tensor1D,
  length: number,
): TF.Tensor1D {
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`predictorKernel: length must be an integer >= 1, got ${length}`);
  }
  return tf.tidy(() => {
    const N = Bbar.shape[0];
    return tf.matMul(Cbar.reshape([1, N]), stateKernel(Abar, Bbar, length)).reshape([length]);
  });
}
