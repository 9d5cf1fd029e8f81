import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';

/** The parameters of {@link s4dKernel}: H channels of P complex modes (their conjugates implied). */
export interface S4dKernelParams {
  /** log of the step dt_h, shape [H] */
  readonly logDt: TF.Tensor;
  /** log(-Re A_hn), shape [H, P] (so Re A < 0 stays stable while training) */
  readonly logNegAre: TF.Tensor;
  /** Im A_hn, shape [H, P] */
  readonly Aim: TF.Tensor;
  /** Re C_hn, shape [H, P] (B = 1 folded into C) */
  readonly Cre: TF.Tensor;
  /** Im C_hn, shape [H, P] */
  readonly Cim: TF.Tensor;
}

/**
 * The S4D convolution kernel of a complex diagonal SSM per channel with ZOH discretisation (B = 1 folded into C):
 * A_n = -exp(logNegAre_n) + i Aim_n, dt = exp(logDt), Abar_n = exp(dt A_n), Bbar_n = (exp(dt A_n) - 1) / A_n, and
 *
 *   K[h, l] = 2 Re sum_n C_n Bbar_n Abar_n^l,   l = 0..L-1,
 *
 * the factor 2 counting each mode's conjugate, so that y = K * u is the output y_k = 2 Re C x_k of the recurrence
 * x_k = Abar x_{k-1} + Bbar u_k. Differentiable in every parameter (plain tfjs ops).
 *
 * @param params - logDt [H], logNegAre, Aim, Cre, Cim [H, P] (see {@link S4dKernelParams})
 * @param length - number of taps L (integer >= 1)
 * @returns K, shape [H, L]
 * @throws RangeError when length is not an integer >= 1
 * @example
 *   import { tf } from './backend.ts';
 *   // one real mode A = -1 (Im 0), dt = 1, C = 1/2: K_l = (1 - e^-1) e^-l
 *   const z = tf.zeros([1, 1]);
 *   const K = s4dKernel({ logDt: tf.zeros([1]), logNegAre: z, Aim: z, Cre: tf.fill([1, 1], 0.5), Cim: z }, 2);
 *   const k = K.dataSync();
 *   Math.abs(k[1] - (1 - Math.exp(-1)) * Math.exp(-1)) < 1e-6;
 * @see arXiv:2206.11893 (S4D, the Vandermonde kernel with ZOH)
 */
export function s4dKernel(params: S4dKernelParams, length: number): TF.Tensor2D {
  if (!Number.isInteger(length) || length < 1) {
    throw new RangeError(`s4dKernel: length must be an integer >= 1, got ${length}`);
  }
  return tf.tidy(() => {
    const H = params.logDt.shape[0];
    const dt = params.logDt.exp().reshape([H, 1]);
    const ar = params.logNegAre.exp().neg();
    const ai = params.Aim;
    const dar = ar.mul(dt);
    const dai = ai.mul(dt);
    const e = dar.exp();
    const xr = e.mul(dai.cos()).sub(1);
    const xi = e.mul(dai.sin());
    const den = ar.square().add(ai.square());
    const qr = xr.mul(ar).add(xi.mul(ai)).div(den);
    const qi = xi.mul(ar).sub(xr.mul(ai)).div(den);
    const cr = params.Cre;
    const ci = params.Cim;
    const Cr = cr.mul(qr).sub(ci.mul(qi)).expandDims(2); // [H, P, 1]
    const Ci = cr.mul(qi).add(ci.mul(qr)).expandDims(2);
    const pos = tf.range(0, length).reshape([1, 1, length]);
    const mag = dar.expandDims(2).mul(pos).exp(); // [H, P, L]
    const phase = dai.expandDims(2).mul(pos);
    return Cr.mul(mag.mul(phase.cos()))
      .sub(Ci.mul(mag.mul(phase.sin())))
      .sum(1)
      .mul(2) as TF.Tensor2D;
  });
}
