import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';

/**
 * The state kernel of the discrete system x_{k+1} = Abar x_k + Bbar u_k, V[:, j] = Abar^j Bbar for j = 0..L-1, as a
 * differentiable tfjs computation by repeated squaring: V_1 = [Bbar], V_2m = [V_m, Abar^m V_m], Abar^2m = (Abar^m)^2,
 * so that only ceil(log2 L) matrix products are needed instead of L matrix-vector steps. The states of a zero
 * initial state are then the causal convolution x_{k+1} = sum_{j <= k} V[:, j] u_{k-j}.
 *
 * @param Abar - state matrix, shape [N, N]
 * @param Bbar - input vector, shape [N]
 * @param length - number of kernel taps L (integer >= 1)
 * @returns V, shape [N, L]
 * @throws RangeError when length is not an integer >= 1
 * @example
 *   import { tf } from './backend.ts';
 *   // N = 1, Abar = 0.5: V_j = 0.5^j
 *   const V = stateKernel(tf.tensor2d([[0.5]]), tf.tensor1d([1]), 3);
 *   JSON.stringify(V.arraySync()) === '[[1,0.5,0.25]]';
 * @see arXiv:2407.09375 (section 4: the predictor is one causal convolution)
 */
export function stateKernel(Abar: TF.Tensor2D, Bbar: TF.Tensor1D, length: number): TF.Tensor2D {
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`stateKernel: length must be an integer >= 1, got ${length}`);
  }
  return tf.tidy(() => {
    const N = Bbar.shape[0];
    let V: TF.Tensor2D = Bbar.reshape([N, 1]);
    let P: TF.Tensor2D = Abar;
    while (V.shape[1] < length) {
      V = tf.concat([V, tf.matMul(P, V)], 1) as TF.Tensor2D;
      if (V.shape[1] < length) P = tf.matMul(P, P);
    }
    return V.shape[1] > length ? V.slice([0, 0], [N, length]) : V;
  });
}
