import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';
import { causalConvChannels } from './causalConvChannels.ts';
import { constantVariable, dense, gelu, layerNorm, normalVariable } from './layers.ts';
import { seededRandom } from '../fit/random.ts';
import { s4dKernel } from './s4dKernel.ts';
import type { SequenceModel } from './sequenceModel.ts';
import { gatherRows } from './gatherRows.ts';
import type { SequenceSet } from '../fit/sequenceSet.ts';
import { WASM_TOKENS_PER_PASS } from './microBatch.ts';

/** Options of {@link diagonalSsm}. */
export interface DiagonalSsmOptions {
  /** channels H @default 32 */
  width?: number;
  /** complex state size per channel (conjugate pairs: the real state size is 2 P) @default 16 */
  state?: number;
  /** residual S4D blocks @default 2 */
  layers?: number;
  /** 'lin': A_n = -1/2 + i pi n; 'inv': A_n = -1/2 + i P/pi (P/(2n+1) - 1) (arXiv:2206.11893) @default 'lin' */
  init?: 'lin' | 'inv';
  /** log-uniform range of the initial step dt @default [1e-3, 1e-1] */
  dtRange?: [number, number];
  /** seed of the initialisation @default 0 */
  seed?: number;
}

/**
 * A small S4D-style diagonal SSM (arXiv:2206.11893) as a one-step-ahead {@link SequenceModel}, trained from a random
 * initialisation. Per channel h a complex-diagonal SSM with A_n = -exp(a_n) + i w_n, learned step dt_h = exp(s_h),
 * B folded into C, ZOH discretization, and kernel
 *
 *   K[h, l] = 2 Re sum_n C_n (exp(dt A_n) - 1) / A_n * exp(l dt A_n),
 *
 * applied as a causal convolution plus a D skip. Blocks are pre-norm residual: x += W gelu(K * LN(x) + D LN(x)) + b.
 * The scalar input is embedded linearly; the output is u[k] + readout(LN(x_k)), i.e. the network predicts the
 * increment u[k + 1] - u[k] (the same "copy the last value" path the LegT predictor has through Dbar).
 *
 * @param options - see {@link DiagonalSsmOptions}
 * @throws RangeError for non-positive sizes or an unknown init
 * @example const model = diagonalSsm({ width: 32, layers: 2, seed: 1 });
 * @see arXiv:2206.11893
 */
export function diagonalSsm(options: DiagonalSsmOptions = {}): SequenceModel {
  const H = options.width ?? 32;
  const P = options.state ?? 16;
  const layers = options.layers ?? 2;
  const init = options.init ?? 'lin';
  const [dtMin, dtMax] = options.dtRange ?? [1e-3, 1e-1];
  for (const [name, v] of Object.entries({ width: H, state: P, layers })) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`diagonalSsm: ${name} must be an integer >= 1, got ${v}`);
  }
  if (init !== 'lin' && init !== 'inv')
    throw new RangeError(`diagonalSsm: init must be lin or inv, got ${init}`);
  if (!(dtMin > 0 && dtMax >= dtMin))
    throw new RangeError(`diagonalSsm: dtRange must satisfy 0 < min <= max`);
  const rng = seededRandom(options.seed ?? 0);
  const params: Record<string, TF.Variable> = {
    encW: normalVariable(rng, [H], 1),
    encB: normalVariable(rng, [H], 0.1),
    lnFG: constantVariable([H], 1),
    lnFB: constantVariable([H], 0),
    decW: normalVariable(rng, [H, 1], 0.02),
    decB: constantVariable([1], 0),
  };
  for (let l = 0; l < layers; l++) {
    const logDt = new Float32Array(H).map(
      () => Math.log(dtMin) + rng.uniform() * (Math.log(dtMax) - Math.log(dtMin)),
    );
    const aim = new Float32Array(H * P);
    for (let h = 0; h < H; h++) {
      for (let n = 0; n < P; n++)
        aim[h * P + n] = init === 'lin' ? Math.PI * n : (P / Math.PI) * (P / (2 * n + 1) - 1);
    }
    params[`l${l}.logDt`] = tf.variable(tf.tensor1d(logDt));
    params[`l${l}.logNegAre`] = constantVariable([H, P], Math.log(0.5));
    params[`l${l}.Aim`] = tf.variable(tf.tensor2d(aim, [H, P]));
    params[`l${l}.Cre`] = normalVariable(rng, [H, P], Math.SQRT1_2);
    params[`l${l}.Cim`] = normalVariable(rng, [H, P], Math.SQRT1_2);
    params[`l${l}.D`] = normalVariable(rng, [H], 1);
    params[`l${l}.W`] = normalVariable(rng, [H, H], 1 / Math.sqrt(H));
    params[`l${l}.b`] = constantVariable([H], 0);
    params[`l${l}.lnG`] = constantVariable([H], 1);
    params[`l${l}.lnB`] = constantVariable([H], 0);
  }

  /** K[h, l] for l < L, shape [H, L] */
  function kernel(l: number, L: number): TF.Tensor2D {
    return s4dKernel(
      {
        logDt: params[`l${l}.logDt`],
        logNegAre: params[`l${l}.logNegAre`],
        Aim: params[`l${l}.Aim`],
        Cre: params[`l${l}.Cre`],
        Cim: params[`l${l}.Cim`],
      },
      L,
    );
  }

  function predict(set: SequenceSet, idx: Int32Array): TF.Tensor2D {
    const u = gatherRows(set.inputs, set.length, idx);
    const out = tf.tidy(() => {
      const B = idx.length;
      const L = set.length;
      let x = u.expandDims(2).mul(params.encW).add(params.encB); // [B, L, H]
      for (let l = 0; l < layers; l++) {
        const z = layerNorm(x, params[`l${l}.lnG`], params[`l${l}.lnB`]);
        const zt = z.transpose([2, 0, 1]) as TF.Tensor3D; // [H, B, L]
        const y = causalConvChannels(zt, kernel(l, L))
          .transpose([1, 2, 0])
          .add(z.mul(params[`l${l}.D`]));
        x = x.add(dense(gelu(y), params[`l${l}.W`], params[`l${l}.b`]));
      }
      const h = layerNorm(x, params.lnFG, params.lnFB);
      const inc = dense(h, params.decW, params.decB).reshape([B, L]);
      const R = set.to - set.from;
      return u.add(inc).slice([0, set.from], [B, R]) as TF.Tensor2D;
    });
    u.dispose();
    return out;
  }

  return {
    name: `s4d-${init}`,
    params,
    trainable: Object.keys(params),
    predict,
    // measured at width 64: a wasm pass of 48 x 512 positions exhausts the heap, 32 x 512 runs
    wasmPositionsPerPass: WASM_TOKENS_PER_PASS,
    dispose: () => Object.values(params).forEach((v) => v.dispose()),
  };
}
