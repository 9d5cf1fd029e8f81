import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';
import { stateKernel } from './stateKernel.ts';

/**
 * The states x_{k+1} of x_{k+1} = Abar x_k + Bbar u_k (x_0 = 0) for every position of a batch of scalar sequences, as
 * a differentiable tfjs computation by a chunked scan: the sequence is cut into C chunks of T steps; inside a chunk
 * the states from a zero start are one product with the Toeplitz matrix of the state kernel V[:, j] = Abar^j Bbar
 * (j < T, stateKernel), the chunks' end states are carried by C steps s_c = Abar^T s_{c-1} + e_c, and the carry
 * enters chunk c as Abar^{t+1} s_{c-1} at its step t:
 *
 *   x[cT + t + 1] = sum_{j <= t} V[:, j] u[cT + t - j] + Abar^{t+1} s_{c-1}.
 *
 * Work O(B L (T + N) N) in a few large products plus C sequential [B, N] x [N, N] steps (against L steps of a plain
 * scan or O(B L^2 N) for one long convolution); T = chunk.
 *
 * @param u - inputs, shape [B, L]
 * @param Abar - state matrix, shape [N, N]
 * @param Bbar - input vector, shape [N]
 * @param chunk - steps per chunk T (integer >= 1; min(T, L) is used)
 * @returns X with X[b, k] = x_{k+1}, shape [B, L, N]
 * @throws RangeError when chunk is not an integer >= 1
 * @example
 *   import { tf } from './backend.ts';
 *   // N = 1, Abar = 1/2, Bbar = 1: x_{k+1} = x_k / 2 + u_k
 *   const X = chunkedStates(tf.tensor2d([[1, 0, 0, 4]]), tf.tensor2d([[0.5]]), tf.tensor1d([1]), 2);
 *   JSON.stringify(X.arraySync()) === '[[[1],[0.5],[0.25],[4.125]]]';
 * @see arXiv:2407.09375 (the predictor's states are one causal convolution)
 */
export function chunkedStates(
  u: TF.Tensor2D,
  Abar: TF.Tensor2D,
  Bbar: TF.Tensor1D,
  chunk: number,
): TF.Tensor3D {
  if (!Number.isInteger(chunk) || chunk < 1) {
    throw new RangeError(`chunkedStates: chunk must be an integer >= 1, got ${chunk}`);
  }
  const [B, L] = u.shape;
  const N = Bbar.shape[0];
  const T = Math.min(chunk, L);
  const C = Math.ceil(L / T);
  return tf.tidy(() => {
    const padded =
      C * T === L
        ? u
        : tf.pad(u, [
            [0, 0],
            [0, C * T - L],
          ]);
    // W[i, t, n] = V[n, t - i] (zero for t < i): row i of [V, 0] repeated T times, read with row stride 2T - 1
    const V = stateKernel(Abar, Bbar, T);
    const W = tf
      .concat([V, tf.zeros([N, T])], 1)
      .reshape([N, 1, 2 * T])
      .mul(tf.ones([1, T, 1]))
      .reshape([N, 2 * T * T])
      .slice([0, 0], [N, T * (2 * T - 1)])
      .reshape([N, T, 2 * T - 1])
      .slice([0, 0, 0], [N, T, T])
      .transpose([1, 2, 0])
      .reshape([T, T * N]);
    const local = tf.matMul(padded.reshape([B * C, T]), W).reshape([B, C, T, N]);
    if (C === 1) return local.reshape([B, T, N]) as TF.Tensor3D; // T = L
    // R: T row blocks, block t = Abar^{t+1}, by doubling (Abar^j Abar^m = Abar^{j+m}); R^T holds the (Abar^{t+1})^T
    let R = Abar;
    let Pm = Abar;
    while (R.shape[0] < T * N) {
      R = tf.concat([R, tf.matMul(R, Pm)], 0) as TF.Tensor2D;
      if (R.shape[0] < T * N) Pm = tf.matMul(Pm, Pm);
    }
    if (R.shape[0] > T * N) R = R.slice([0, 0], [T * N, N]) as TF.Tensor2D;
    const carryStep = R.slice([(T - 1) * N, 0], [N, N]).transpose(); // (Abar^T)^T
    // carried states s_c (row vectors): s_0 = e_0, s_c = s_{c-1} (Abar^T)^T + e_c; chunk c starts from s_{c-1}
    const ends = tf.unstack(local.slice([0, 0, T - 1, 0], [B, C, 1, N]).reshape([B, C, N]), 1);
    const starts: TF.Tensor[] = [tf.zeros([B, N])];
    let s = ends[0];
    for (let c = 1; c < C; c++) {
      starts.push(s);
      if (c < C - 1) s = tf.matMul(s, carryStep).add(ends[c]);
    }
    const S = tf.stack(starts, 1).reshape([B * C, N]);
    const carried = tf.matMul(S, R.transpose()).reshape([B, C, T, N]);
    const X = local.add(carried).reshape([B, C * T, N]) as TF.Tensor3D;
    // (slices copy element by element on the cpu backend: only when padded)
    return C * T === L ? X : X.slice([0, 0, 0], [B, L, N]);
  });
}
