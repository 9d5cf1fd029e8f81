/**
 * Small neural-network building blocks for the trained in-context learners (diagonal SSM, transformer), written
 * with plain tfjs ops so that every backend (wasm included) has their gradient kernels.
 */
import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';
import type { SeededRandom } from '../fit/random.ts';

/**
 * A trainable variable with N(0, std^2) entries from a seeded stream (backend-independent initial values).
 *
 * @param rng - seeded stream
 * @param shape - tensor shape
 * @param std - standard deviation (0 gives zeros)
 * @example
 *   import { seededRandom } from '../fit/random.ts';
 *   const W = normalVariable(seededRandom(1), [4, 4], 0.5);
 *   W.shape.join() === '4,4' && W.trainable;
 *   // the same seed gives the same values on every backend
 *   normalVariable(seededRandom(1), [4, 4], 0.5).sub(W).abs().max().arraySync() === 0;
 *   normalVariable(seededRandom(1), [3], 0).abs().sum().arraySync() === 0;
 */
export function normalVariable(rng: SeededRandom, shape: number[], std: number): TF.Variable {
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) data[i] = std * rng.normal();
  return tf.variable(tf.tensor(data, shape));
}

/** A trainable variable filled with a constant. */
export function constantVariable(shape: number[], value: number): TF.Variable {
  return tf.variable(tf.fill(shape, value));
}

/**
 * Layer normalisation over the last axis: (x - mean) / sqrt(var + 1e-5) * gamma + beta.
 *
 * @param x - shape [..., d]
 * @param gamma - shape [d]
 * @param beta - shape [d]
 * @see arXiv:1607.06450
 */
export function layerNorm<T extends TF.Tensor>(x: T, gamma: TF.Tensor, beta: TF.Tensor): T {
  return tf.tidy(() => {
    const axis = x.rank - 1;
    const mean = x.mean(axis, true);
    const centred = x.sub(mean);
    const variance = centred.square().mean(axis, true);
    return centred.mul(variance.add(1e-5).rsqrt()).mul(gamma).add(beta) as T;
  });
}

/**
 * GELU, tanh form: x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
 *
 * @see arXiv:1606.08415
 */
export function gelu<T extends TF.Tensor>(x: T): T {
  return tf.tidy(
    () => x.mul(0.5).mul(tf.tanh(x.add(x.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI))).add(1)) as T,
  );
}

/**
 * A dense layer on the last axis: x W + b.
 *
 * @param x - shape [..., din]
 * @param W - shape [din, dout]
 * @param b - shape [dout]
 * @returns shape [..., dout]
 */
export function dense(x: TF.Tensor, W: TF.Tensor2D | TF.Variable, b?: TF.Tensor | TF.Variable): TF.Tensor {
  return tf.tidy(() => {
    const shape = x.shape;
    const din = shape[shape.length - 1];
    const dout = W.shape[1] as number;
    let y = tf.matMul(x.reshape([-1, din]), W as TF.Tensor2D);
    if (b !== undefined) y = y.add(b);
    return y.reshape([...shape.slice(0, -1), dout]);
  });
}
