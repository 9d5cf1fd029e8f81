import type * as TF from '@tensorflow/tfjs';
import { s4dInit, type S4dInitKind } from '../../s4/s4dInit.ts';
import { requireFinite, requireInteger, requireOneOf } from '../../util/validate.ts';
import { tf } from '../backend.ts';
import { causalConvChannels } from '../causalConvChannels.ts';
import { seededRandom } from '../../fit/random.ts';
import { s4dKernel } from '../s4dKernel.ts';
import {
  channelsOf,
  SequenceLayer,
  sequenceInput,
  singleShape,
  valuedWeight,
  type LayerArgs,
} from './layerArgs.ts';

/** Arguments of {@link S4DLayer}. */
export interface S4DLayerArgs extends LayerArgs {
  /**
   * real state size per channel, an even integer >= 2: N/2 complex modes, their conjugates implied (as s4dInit)
   * @default 64
   */
  N?: number;
  /**
   * initialisation of A (s4dInit): 'lin' A_n = -1/2 + i pi n; 'inv' A_n = -1/2 + i (N/pi)(N/(2n+1) - 1)
   * @default 'lin'
   */
  init?: S4dInitKind;
  /** smallest initial step: log dt_h is drawn uniformly in [log dtMin, log dtMax] @default 1e-3 */
  dtMin?: number;
  /** largest initial step @default 1e-1 */
  dtMax?: number;
  /** whether A (log(-Re A), Im A) is trained, as in S4D; dt, C and D always are @default true */
  trainA?: boolean;
  /** seed of the initial dt, C and D (seededRandom: the same values on every backend) @default 0 */
  seed?: number;
}

/**
 * A Keras S4D layer (arXiv:2206.11893): per input channel h an independent complex diagonal SSM with N/2 modes
 * (conjugates implied), ZOH discretisation and a skip D,
 *
 *   x_k = Abar x_{k-1} + Bbar u_k,   y_k = 2 Re(C x_k) + D u_k,   Abar_n = exp(dt A_n),  Bbar_n = (Abar_n - 1) / A_n,
 *
 * i.e. y = K * u + D u with K[h, l] = 2 Re sum_n C_n Bbar_n Abar_n^l (s4dKernel; B = 1 folded into C), computed as
 * a per-channel causal Toeplitz product (causalConvChannels). Input and output [B, L, H]. Weights per channel:
 * 'logDt' [H] (log-uniform in [dtMin, dtMax]), 'logNegAre' and 'Aim' [H, N/2] (A = -exp(logNegAre) + i Aim, from
 * s4dInit(init, N)), 'Cre' and 'Cim' [H, N/2] (N(0, 1/2) each), 'D' [H] (N(0, 1)). A follows s4dInit, whose S4D-Inv
 * uses the real state size N = 2 (modes) as s4 does; the older diagonalSsm of this package writes its Inv formula
 * with the mode count P = N/2 instead. y_k includes u_k (no shift): for one-step prediction, train the model on the
 * target u[k + 1]. Registered with tf.serialization, so models holding it save and load.
 *
 * @example
 *   import { tf } from '../backend.ts';
 *   const layer = new S4DLayer({ N: 8, init: 'inv', seed: 1 });
 *   const y = layer.apply(tf.ones([2, 16, 3])) as TF.Tensor; // B = 2, L = 16, H = 3
 *   y.shape.join() === '2,16,3' && layer.trainableWeights.length === 6;
 * @see arXiv:2206.11893 (S4D), arXiv:2206.12037
 */
export class S4DLayer extends SequenceLayer {
  /** the class name under which tf.serialization stores the layer */
  static className = 'S4DLayer';
  readonly N: number;
  readonly init: S4dInitKind;
  readonly dtMin: number;
  readonly dtMax: number;
  readonly trainA: boolean;
  readonly seed: number;
  private params: Record<'logDt' | 'logNegAre' | 'Aim' | 'Cre' | 'Cim' | 'D', TF.LayerVariable> | null = null;

  /**
   * @param args - see {@link S4DLayerArgs}
   * @throws RangeError for N not an even integer >= 2, an unknown init, or not 0 < dtMin <= dtMax; TypeError for a
   *   non-boolean trainA
   */
  constructor(args: S4DLayerArgs = {}) {
    super(args);
    const where = 'S4DLayer';
    this.N = requireInteger(where, 'N', args.N ?? 64, 2);
    if (this.N % 2 !== 0) {
      throw new RangeError(
        `${where}: N must be even (N/2 complex modes and their conjugates), got ${this.N}`,
      );
    }
    this.init = requireOneOf(where, 'init', args.init ?? 'lin', ['lin', 'inv']);
    this.dtMin = requireFinite(where, 'dtMin', args.dtMin ?? 1e-3);
    this.dtMax = requireFinite(where, 'dtMax', args.dtMax ?? 1e-1);
    if (!(this.dtMin > 0 && this.dtMin <= this.dtMax)) {
      throw new RangeError(
        `${where}: need 0 < dtMin <= dtMax, got dtMin = ${this.dtMin}, dtMax = ${this.dtMax}`,
      );
    }
    this.trainA = args.trainA ?? true;
    if (typeof this.trainA !== 'boolean') {
      throw new TypeError(`${where}: trainA must be a boolean, got ${typeof this.trainA}`);
    }
    this.seed = requireFinite(where, 'seed', args.seed ?? 0);
  }

  override build(inputShape: TF.Shape | TF.Shape[]): void {
    const H = channelsOf('S4DLayer', inputShape);
    const P = this.N / 2;
    const A = s4dInit(this.init, this.N);
    const rng = seededRandom(this.seed);
    const logMin = Math.log(this.dtMin);
    const logMax = Math.log(this.dtMax);
    const logDt = Array.from({ length: H }, () => logMin + rng.uniform() * (logMax - logMin));
    const normal = (count: number, std: number): number[] =>
      Array.from({ length: count }, () => std * rng.normal());
    const perChannel = (v: Float64Array): number[] => Array.from({ length: H * P }, (_, i) => v[i % P]);
    const add = this.addWeight.bind(this);
    this.params = {
      logDt: valuedWeight(add, 'logDt', [H], logDt, true),
      logNegAre: valuedWeight(
        add,
        'logNegAre',
        [H, P],
        perChannel(A.re.map((r) => Math.log(-r))),
        this.trainA,
      ),
      Aim: valuedWeight(add, 'Aim', [H, P], perChannel(A.im), this.trainA),
      Cre: valuedWeight(add, 'Cre', [H, P], normal(H * P, Math.SQRT1_2), true),
      Cim: valuedWeight(add, 'Cim', [H, P], normal(H * P, Math.SQRT1_2), true),
      D: valuedWeight(add, 'D', [H], normal(H, 1), true),
    };
    this.built = true;
  }

  override computeOutputShape(inputShape: TF.Shape | TF.Shape[]): TF.Shape {
    return singleShape(inputShape);
  }

  /**
   * The convolution kernel K [H, L] of the current weights (see s4dKernel).
   *
   * @param length - number of taps L (integer >= 1)
   * @throws Error before the layer is built
   */
  kernel(length: number): TF.Tensor2D {
    if (this.params === null) throw new Error('S4DLayer.kernel: the layer is not built yet');
    const p = this.params;
    return s4dKernel(
      {
        logDt: p.logDt.read(),
        logNegAre: p.logNegAre.read(),
        Aim: p.Aim.read(),
        Cre: p.Cre.read(),
        Cim: p.Cim.read(),
      },
      length,
    );
  }

  override call(inputs: TF.Tensor | TF.Tensor[]): TF.Tensor {
    return tf.tidy(() => {
      const u = sequenceInput('S4DLayer', inputs);
      const L = u.shape[1];
      const y = causalConvChannels(u.transpose([2, 0, 1]) as TF.Tensor3D, this.kernel(L)); // [H, B, L]
      return y.transpose([1, 2, 0]).add(u.mul(this.params!.D.read()));
    });
  }

  override getConfig(): TF.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      N: this.N,
      init: this.init,
      dtMin: this.dtMin,
      dtMax: this.dtMax,
      trainA: this.trainA,
      seed: this.seed,
    };
  }
}
tf.serialization.registerClass(S4DLayer);

/**
 * Creates an {@link S4DLayer}, in the style of tf.layers.dense.
 *
 * @param args - N, init, dtMin, dtMax, trainA, seed and the tf.layers.Layer arguments
 * @returns the layer
 * @throws as the {@link S4DLayer} constructor
 * @example
 *   import { tf } from '../backend.ts';
 *   const model = tf.sequential({ layers: [s4dLayer({ N: 4, inputShape: [null, 2] })] });
 *   model.countParams() === 2 + 4 * 2 * 2 + 2; // logDt, A and C (re, im), D
 * @see arXiv:2206.11893
 */
export function s4dLayer(args: S4DLayerArgs = {}): S4DLayer {
  return new S4DLayer(args);
}
