import type * as TF from '@tensorflow/tfjs';
import { tf } from './backend.ts';
import { constantVariable, dense, gelu, layerNorm, normalVariable } from './layers.ts';
import { seededRandom } from '../fit/random.ts';
import type { SequenceModel } from './sequenceModel.ts';
import { gatherRows } from './gatherRows.ts';
import type { SequenceSet } from '../fit/sequenceSet.ts';
import { WASM_TOKENS_PER_PASS } from './microBatch.ts';

/** Options of {@link hybridTransformer}. */
export interface HybridTransformerOptions {
  /** model width d @default 32 */
  width?: number;
  /** attention heads (width must be divisible by it) @default 2 */
  heads?: number;
  /** attention kind of each layer; the default interleaves sliding-window layers around one full causal layer
   * @default ['window', 'full', 'window'] */
  pattern?: ('window' | 'full')[];
  /** sliding-window length w: a position attends to itself and the w - 1 before it @default 32 */
  window?: number;
  /** seed of the initialisation @default 0 */
  seed?: number;
}

/** Fixed sinusoidal position encoding, shape [L, d] (arXiv:1706.03762). */
function positions(L: number, d: number): TF.Tensor2D {
  const pe = new Float32Array(L * d);
  for (let p = 0; p < L; p++) {
    for (let i = 0; i < d; i += 2) {
      const f = p / 10000 ** (i / d);
      pe[p * d + i] = Math.sin(f);
      if (i + 1 < d) pe[p * d + i + 1] = Math.cos(f);
    }
  }
  return tf.tensor2d(pe, [L, d]);
}

const NEG = -1e9;

/** Additive causal mask, shape [L, L]. */
function causalMask(L: number): TF.Tensor2D {
  const m = new Float32Array(L * L);
  for (let i = 0; i < L; i++) for (let j = i + 1; j < L; j++) m[i * L + j] = NEG;
  return tf.tensor2d(m, [L, L]);
}

/** Additive sliding-window mask for blocked local attention, shape [nb, w, 2w]: block b's queries see keys of blocks b-1, b. */
function windowMask(nb: number, w: number): TF.Tensor3D {
  const m = new Float32Array(nb * w * 2 * w);
  for (let b = 0; b < nb; b++) {
    for (let i = 0; i < w; i++) {
      for (let j = 0; j < 2 * w; j++) {
        const lag = w + i - j; // query position minus key position
        const ok = lag >= 0 && lag < w && (b > 0 || j >= w);
        if (!ok) m[(b * w + i) * 2 * w + j] = NEG;
      }
    }
  }
  return tf.tensor3d(m, [nb, w, 2 * w]);
}

/**
 * A small decoder-only transformer with hybrid attention, as a one-step-ahead {@link SequenceModel}: sliding-window
 * causal attention layers (each position sees the last `window` positions; computed in blocks of w queries against
 * 2w keys, so cost O(L w)) interleaved with one full causal attention layer (cost O(L^2)). Pre-norm blocks
 * x += Attn(LN(x)); x += MLP(LN(x)) with a GELU MLP of width 2d; linear scalar embedding plus sinusoidal positions;
 * output u[k] + readout(LN(x_k)) (it predicts the increment, like the LegT predictor's Dbar path).
 *
 * @param options - see {@link HybridTransformerOptions}
 * @throws RangeError for non-positive sizes, width not divisible by heads, or an empty pattern
 * @example const model = hybridTransformer({ width: 32, heads: 2, seed: 1 });
 * @see arXiv:1706.03762 (attention), arXiv:2004.05150 (sliding-window attention)
 */
export function hybridTransformer(options: HybridTransformerOptions = {}): SequenceModel {
  const d = options.width ?? 32;
  const heads = options.heads ?? 2;
  const pattern = options.pattern ?? ['window', 'full', 'window'];
  const w = options.window ?? 32;
  for (const [name, v] of Object.entries({ width: d, heads, window: w })) {
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`hybridTransformer: ${name} must be an integer >= 1, got ${v}`);
  }
  if (d % heads !== 0)
    throw new RangeError(`hybridTransformer: width ${d} must be divisible by heads ${heads}`);
  if (pattern.length === 0) throw new RangeError('hybridTransformer: pattern must name at least one layer');
  const dh = d / heads;
  const rng = seededRandom(options.seed ?? 0);
  const params: Record<string, TF.Variable> = {
    embW: normalVariable(rng, [1, d], 1),
    embB: constantVariable([d], 0),
    lnFG: constantVariable([d], 1),
    lnFB: constantVariable([d], 0),
    outW: normalVariable(rng, [d, 1], 0.02),
    outB: constantVariable([1], 0),
  };
  pattern.forEach((_, l) => {
    params[`l${l}.ln1G`] = constantVariable([d], 1);
    params[`l${l}.ln1B`] = constantVariable([d], 0);
    params[`l${l}.Wqkv`] = normalVariable(rng, [d, 3 * d], 1 / Math.sqrt(d));
    params[`l${l}.Wo`] = normalVariable(rng, [d, d], 1 / Math.sqrt(d * pattern.length));
    params[`l${l}.ln2G`] = constantVariable([d], 1);
    params[`l${l}.ln2B`] = constantVariable([d], 0);
    params[`l${l}.W1`] = normalVariable(rng, [d, 2 * d], 1 / Math.sqrt(d));
    params[`l${l}.b1`] = constantVariable([2 * d], 0);
    params[`l${l}.W2`] = normalVariable(rng, [2 * d, d], 1 / Math.sqrt(2 * d * pattern.length));
    params[`l${l}.b2`] = constantVariable([d], 0);
  });
  const constants = new Map<string, TF.Tensor>();
  const constant = <T extends TF.Tensor>(key: string, make: () => T): T => {
    let t = constants.get(key);
    if (t === undefined) {
      t = tf.keep(make());
      constants.set(key, t);
    }
    return t as T;
  };

  /** q, k, v: [B * heads, L, dh] -> [B * heads, L, dh] */
  function fullAttention(q: TF.Tensor3D, k: TF.Tensor3D, v: TF.Tensor3D): TF.Tensor3D {
    const L = q.shape[1];
    const scores = tf
      .matMul(q, k, false, true)
      .mul(1 / Math.sqrt(dh))
      .add(constant(`causal${L}`, () => causalMask(L)));
    return tf.matMul(tf.softmax(scores), v);
  }

  function windowAttention(q: TF.Tensor3D, k: TF.Tensor3D, v: TF.Tensor3D): TF.Tensor3D {
    const [G, L] = q.shape;
    const nb = Math.ceil(L / w);
    const Lp = nb * w;
    const pad = (t: TF.Tensor3D): TF.Tensor4D =>
      (Lp === L ? t : tf.concat([t, tf.zeros([G, Lp - L, dh])], 1)).reshape([G, nb, w, dh]);
    const withPrevious = (t: TF.Tensor4D): TF.Tensor3D => {
      const prev =
        nb === 1
          ? tf.zeros([G, 1, w, dh])
          : tf.concat([tf.zeros([G, 1, w, dh]), t.slice([0, 0, 0, 0], [G, nb - 1, w, dh])], 1);
      return tf.concat([prev, t], 2).reshape([G * nb, 2 * w, dh]);
    };
    const qb = pad(q).reshape([G * nb, w, dh]);
    const kk = withPrevious(pad(k));
    const vv = withPrevious(pad(v));
    const mask = constant(`window${nb}`, () => windowMask(nb, w));
    const scores = tf
      .matMul(qb, kk, false, true)
      .mul(1 / Math.sqrt(dh))
      .reshape([G, nb, w, 2 * w])
      .add(mask)
      .reshape([G * nb, w, 2 * w]);
    const out = tf.matMul(tf.softmax(scores), vv).reshape([G, Lp, dh]) as TF.Tensor3D;
    return Lp === L ? out : (out.slice([0, 0, 0], [G, L, dh]) as TF.Tensor3D);
  }

  function predict(set: SequenceSet, idx: Int32Array): TF.Tensor2D {
    const u = gatherRows(set.inputs, set.length, idx);
    const out = tf.tidy(() => {
      const B = idx.length;
      const L = set.length;
      let x = dense(u.expandDims(2), params.embW, params.embB).add(
        constant(`pos${L}`, () => positions(L, d)),
      );
      pattern.forEach((kind, l) => {
        const z = layerNorm(x, params[`l${l}.ln1G`], params[`l${l}.ln1B`]);
        const qkv = dense(z, params[`l${l}.Wqkv`]); // [B, L, 3d]
        const split = (part: number): TF.Tensor3D =>
          qkv
            .slice([0, 0, part * d], [B, L, d])
            .reshape([B, L, heads, dh])
            .transpose([0, 2, 1, 3])
            .reshape([B * heads, L, dh]);
        const attend = kind === 'full' ? fullAttention : windowAttention;
        const a = attend(split(0), split(1), split(2))
          .reshape([B, heads, L, dh])
          .transpose([0, 2, 1, 3])
          .reshape([B, L, d]);
        x = x.add(dense(a, params[`l${l}.Wo`]));
        const z2 = layerNorm(x, params[`l${l}.ln2G`], params[`l${l}.ln2B`]);
        x = x.add(
          dense(
            gelu(dense(z2, params[`l${l}.W1`], params[`l${l}.b1`])),
            params[`l${l}.W2`],
            params[`l${l}.b2`],
          ),
        );
      });
      const inc = dense(layerNorm(x, params.lnFG, params.lnFB), params.outW, params.outB).reshape([B, L]);
      return u.add(inc).slice([0, set.from], [B, set.to - set.from]) as TF.Tensor2D;
    });
    u.dispose();
    return out;
  }

  return {
    name: 'transformer',
    params,
    trainable: Object.keys(params),
    predict,
    // measured at width 64: a wasm pass of 48 x 512 positions exhausts the heap, 32 x 512 runs
    wasmPositionsPerPass: WASM_TOKENS_PER_PASS,
    dispose: () => {
      Object.values(params).forEach((v) => v.dispose());
      constants.forEach((t) => t.dispose());
    },
  };
}
