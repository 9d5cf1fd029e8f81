import type * as TF from '@tensorflow/tfjs';
import { adamCoefficients, type AdamOptions } from '../fit/adamArrays.ts';
import { tf } from './backend.ts';

/** Adam's state: step count and first/second moments per parameter name. */
export interface AdamState {
  step: number;
  m: Record<string, TF.Variable>;
  v: Record<string, TF.Variable>;
}

/**
 * A fresh Adam state (zero moments) for the parameters named in `names`.
 *
 * @param params - parameters by name
 * @param names - the names to optimise (a moment pair of the same shape is created for each)
 * @example
 *   import { selectBackend, tf } from './backend.ts';
 *   await selectBackend({ backend: 'cpu' });
 *   const params = { w: tf.variable(tf.ones([2])) };
 *   const s = adamState(params, ['w']);
 *   s.step === 0 && s.m.w.shape[0] === 2 && s.v.w.sum().arraySync() === 0;
 *   // Adam's first step moves every entry by the learning rate against the sign of its gradient
 *   adamStep(params, { w: tf.tensor1d([3, -5]) }, s, { learningRate: 0.1 });
 *   const [w0, w1] = params.w.dataSync();
 *   s.step === 1 && Math.abs(w0 - 0.9) < 1e-6 && Math.abs(w1 - 1.1) < 1e-6;
 */
export function adamState(
  params: Readonly<Record<string, TF.Variable>>,
  names: readonly string[],
): AdamState {
  const m: Record<string, TF.Variable> = {};
  const v: Record<string, TF.Variable> = {};
  for (const n of names) {
    m[n] = tf.variable(tf.zerosLike(params[n]), false);
    v[n] = tf.variable(tf.zerosLike(params[n]), false);
  }
  return { step: 0, m, v };
}

/**
 * One Adam step (Kingma and Ba, arXiv:1412.6980, in PyTorch's form):
 *
 *   m <- b1 m + (1 - b1) g,   v <- b2 v + (1 - b2) g^2,
 *   p <- p - lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps).
 *
 * Written out here (not tf.train.adam) so that the whole optimizer state is ours to checkpoint and restore exactly.
 *
 * @param params - parameters by name (updated in place)
 * @param grads - gradients by name, same shapes
 * @param state - Adam state (updated in place)
 * @param options - see {@link AdamOptions}
 * @example
 * ```ts
 * import { selectBackend, tf } from './backend.ts';
 * await selectBackend({ backend: 'cpu' });
 * const p = { w: tf.variable(tf.tensor1d([1, -2])) };
 * const state = adamState(p, ['w']);
 * adamStep(p, { w: tf.tensor1d([0.5, -0.5]) }, state, { learningRate: 0.1 });
 * // the first Adam step moves every coordinate by ~lr against the sign of its gradient
 * Math.abs(p.w.dataSync()[0] - 0.9) < 1e-6 && Math.abs(p.w.dataSync()[1] + 1.9) < 1e-6;
 * ```
 * @see arXiv:1412.6980
 */
export function adamStep(
  params: Readonly<Record<string, TF.Variable>>,
  grads: Readonly<Record<string, TF.Tensor>>,
  state: AdamState,
  options: AdamOptions = {},
): void {
  state.step += 1;
  const { lr, b1, b2, eps, bc1, bc2 } = adamCoefficients(options, state.step);
  tf.tidy(() => {
    for (const name of Object.keys(state.m)) {
      const g = grads[name];
      const m = state.m[name];
      const v = state.v[name];
      m.assign(m.mul(b1).add(g.mul(1 - b1)));
      v.assign(v.mul(b2).add(g.square().mul(1 - b2)));
      const denom = v.sqrt().div(Math.sqrt(bc2)).add(eps);
      params[name].assign(params[name].sub(m.div(denom).mul(lr / bc1)));
    }
  });
}
