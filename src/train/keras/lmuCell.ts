import type * as TF from '@tensorflow/tfjs';
import { discretize } from '../../discretize/discretize.ts';
import type { DiscretizationMethod } from '../../discretize/types.ts';
import { resolveMethod } from '../../discretize/resolveMethod.ts';
import { lmu } from '../../hippo/lmu.ts';
import { requireFinite, requireInteger, requireOneOf, requirePositive } from '../../util/validate.ts';
import { tf } from '../backend.ts';
import { seededRandom } from '../../fit/random.ts';
import { singleShape, valuedWeight, type LayerArgs } from './layerArgs.ts';

/** The hidden activations {@link LmuCell} offers. */
export const LMU_ACTIVATIONS = Object.freeze(['tanh', 'linear', 'relu', 'sigmoid'] as const);

/** Arguments of {@link LmuCell} (keras-lmu's LMUCell names, camelCased). */
export interface LmuCellArgs extends LayerArgs {
  /** hidden units (the cell's output size) */
  units: number;
  /** memory order: Legendre coefficients per memory dimension */
  order: number;
  /** window length theta, in time steps (the memory is discretized with dt = 1) */
  theta: number;
  /** memory dimensions: encodings u_t (and memories) per step @default 1 */
  memoryD?: number;
  /** how the LMU's (A, B) is discretized with dt = 1 ('forward' is keras-lmu's 'euler') @default 'zoh' */
  discretization?: DiscretizationMethod;
  /** the encoding reads h_{t-1} (e_h) @default false */
  hiddenToMemory?: boolean;
  /** the encoding reads m_{t-1} (e_m) @default false */
  memoryToMemory?: boolean;
  /** the hidden state reads x_t (W_x) @default false */
  inputToHidden?: boolean;
  /** the hidden nonlinearity f @default 'tanh' */
  hiddenActivation?: (typeof LMU_ACTIVATIONS)[number];
  /** seed of the initial encoders and kernels (seededRandom: the same values on every backend) @default 0 */
  seed?: number;
}

/**
 * A Legendre Memory Unit cell (Voelker, Kajic, Eliasmith 2019) for tf.layers.rnn: a learned encoding of the input
 * feeds a fixed LMU memory, which a hidden state reads,
 *
 *   u_t = e_x^T x_t + e_h^T h_{t-1} + e_m^T m_{t-1}                     (memoryD encodings; e_h, e_m optional)
 *   m_t = Abar m_{t-1} + Bbar u_t                                        (each of the memoryD memories)
 *   h_t = f(W_m m_t + W_x x_t + W_h h_{t-1} + b)                         (W_x optional)
 *
 * with (Abar, Bbar) = discretize(lmu(order, { theta }).A, .B, 1, discretization) from the float64 core (A, B of the
 * LMU paper, theta in steps), held as non-trainable weights 'Abar' [order, order], 'Bbar' [order]. States
 * [h [B, units], m [B, memoryD order]] (stateSize [units, memoryD order], m memory-major); the output is h_t. Trainable
 * weights: 'inputEncoders' [inputDim, memoryD], 'hiddenEncoders' [units, memoryD], 'memoryEncoders'
 * [memoryD order, memoryD] (LeCun uniform), 'memoryKernel' [memoryD order, units], 'inputKernel' [inputDim, units],
 * 'recurrentKernel' [units, units] (Glorot uniform), 'bias' [units] (zeros). The defaults are keras-lmu's (no e_h,
 * e_m, W_x); all three on give the paper's cell. Registered with tf.serialization, so models holding
 * tf.layers.rnn({ cell }) save and load.
 *
 * @example
 *   import { tf } from '../backend.ts';
 *   const rnn = tf.layers.rnn({ cell: new LmuCell({ units: 4, order: 6, theta: 10 }), returnSequences: true });
 *   const h = rnn.apply(tf.ones([2, 12, 1])) as TF.Tensor;
 *   h.shape.join() === '2,12,4';
 * @see arXiv:2008.07669 (HiPPO: the LMU memory is HiPPO-LegT); Voelker, Kajic, Eliasmith, "Legendre Memory Units:
 *   Continuous-Time Representation in Recurrent Neural Networks", NeurIPS 2019
 */
export class LmuCell extends tf.layers.RNNCell {
  /** the class name under which tf.serialization stores the cell */
  static className = 'LmuCell';
  readonly units: number;
  readonly order: number;
  readonly theta: number;
  readonly memoryD: number;
  readonly discretization: DiscretizationMethod;
  readonly hiddenToMemory: boolean;
  readonly memoryToMemory: boolean;
  readonly inputToHidden: boolean;
  readonly hiddenActivation: (typeof LMU_ACTIVATIONS)[number];
  readonly seed: number;
  /** [hidden units, memory size memoryD order] */
  readonly stateSize: number[];
  private w: Record<string, TF.LayerVariable> = {};

  /**
   * @param args - see {@link LmuCellArgs}
   * @throws RangeError for a bad units, order, theta, memoryD, discretization or activation; TypeError for a
   *   non-boolean connection flag
   */
  constructor(args: LmuCellArgs) {
    super(args);
    const where = 'LmuCell';
    if (typeof args !== 'object' || args === null) {
      throw new TypeError(
        `${where}: needs an arguments object with units, order and theta, got ${String(args)}`,
      );
    }
    this.units = requireInteger(where, 'units', args.units, 1);
    this.order = requireInteger(where, 'order', args.order, 1);
    this.theta = requirePositive(where, 'theta', args.theta);
    this.memoryD = requireInteger(where, 'memoryD', args.memoryD ?? 1, 1);
    this.discretization = args.discretization ?? 'zoh';
    resolveMethod(where, this.discretization);
    const flag = (name: string, value: unknown): boolean => {
      if (typeof value !== 'boolean')
        throw new TypeError(`${where}: ${name} must be a boolean, got ${typeof value}`);
      return value;
    };
    this.hiddenToMemory = flag('hiddenToMemory', args.hiddenToMemory ?? false);
    this.memoryToMemory = flag('memoryToMemory', args.memoryToMemory ?? false);
    this.inputToHidden = flag('inputToHidden', args.inputToHidden ?? false);
    this.hiddenActivation = requireOneOf(
      where,
      'hiddenActivation',
      args.hiddenActivation ?? 'tanh',
      LMU_ACTIVATIONS,
    );
    this.seed = requireFinite(where, 'seed', args.seed ?? 0);
    this.stateSize = [this.units, this.memoryD * this.order];
  }

  override build(inputShape: TF.Shape | TF.Shape[]): void {
    // tf.layers.rnn builds its cell again when it is applied after an explicit build
    if (this.built) return;
    const shape = singleShape(inputShape);
    const inputDim = shape[shape.length - 1];
    if (typeof inputDim !== 'number' || !(inputDim >= 1)) {
      throw new TypeError(
        `LmuCell: the input feature count must be known, got shape [${shape.map(String).join(', ')}]`,
      );
    }
    const { units, order, memoryD: d } = this;
    const memory = d * order;
    const op = lmu(order, { theta: this.theta });
    const { Abar, Bbar } = discretize(op.A, op.B, 1, this.discretization);
    const rng = seededRandom(this.seed);
    const uniform = (rows: number, cols: number, limit: number): number[] =>
      Array.from({ length: rows * cols }, () => limit * (2 * rng.uniform() - 1));
    const lecun = (rows: number, cols: number): number[] => uniform(rows, cols, Math.sqrt(3 / rows));
    const glorot = (rows: number, cols: number): number[] =>
      uniform(rows, cols, Math.sqrt(6 / (rows + cols)));
    const add = this.addWeight.bind(this);
    const w: Record<string, TF.LayerVariable> = {};
    w.Abar = valuedWeight(add, 'Abar', [order, order], Abar.data, false);
    w.Bbar = valuedWeight(add, 'Bbar', [order], Bbar, false);
    w.inputEncoders = valuedWeight(add, 'inputEncoders', [inputDim, d], lecun(inputDim, d), true);
    if (this.hiddenToMemory)
      w.hiddenEncoders = valuedWeight(add, 'hiddenEncoders', [units, d], lecun(units, d), true);
    if (this.memoryToMemory) {
      w.memoryEncoders = valuedWeight(add, 'memoryEncoders', [memory, d], lecun(memory, d), true);
    }
    w.memoryKernel = valuedWeight(add, 'memoryKernel', [memory, units], glorot(memory, units), true);
    if (this.inputToHidden) {
      w.inputKernel = valuedWeight(add, 'inputKernel', [inputDim, units], glorot(inputDim, units), true);
    }
    w.recurrentKernel = valuedWeight(add, 'recurrentKernel', [units, units], glorot(units, units), true);
    w.bias = valuedWeight(add, 'bias', [units], new Float64Array(units), true);
    this.w = w;
    this.built = true;
  }

  override call(inputs: TF.Tensor | TF.Tensor[]): TF.Tensor[] {
    return tf.tidy(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      if (list.length !== 3) {
        throw new TypeError(`LmuCell: call expects [input, h, m], got ${list.length} tensor(s)`);
      }
      const [x, h, m] = list as TF.Tensor2D[];
      const B = x.shape[0];
      const { w, order, memoryD: d } = this;
      let u = tf.matMul(x, w.inputEncoders.read() as TF.Tensor2D);
      if (w.hiddenEncoders) u = u.add(tf.matMul(h, w.hiddenEncoders.read() as TF.Tensor2D));
      if (w.memoryEncoders) u = u.add(tf.matMul(m, w.memoryEncoders.read() as TF.Tensor2D));
      const mNext = tf
        .matMul(m.reshape([B * d, order]), w.Abar.read() as TF.Tensor2D, false, true)
        .add(u.reshape([B * d, 1]).mul(w.Bbar.read()))
        .reshape([B, d * order]);
      let pre = tf
        .matMul(mNext, w.memoryKernel.read() as TF.Tensor2D)
        .add(tf.matMul(h, w.recurrentKernel.read() as TF.Tensor2D))
        .add(w.bias.read());
      if (w.inputKernel) pre = pre.add(tf.matMul(x, w.inputKernel.read() as TF.Tensor2D));
      const hNext = activate(pre, this.hiddenActivation);
      return [hNext, hNext, mNext];
    });
  }

  override getConfig(): TF.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      order: this.order,
      theta: this.theta,
      memoryD: this.memoryD,
      discretization: this.discretization as TF.serialization.ConfigDictValue,
      hiddenToMemory: this.hiddenToMemory,
      memoryToMemory: this.memoryToMemory,
      inputToHidden: this.inputToHidden,
      hiddenActivation: this.hiddenActivation,
      seed: this.seed,
    };
  }
}
tf.serialization.registerClass(LmuCell);

function activate(x: TF.Tensor, name: (typeof LMU_ACTIVATIONS)[number]): TF.Tensor {
  if (name === 'tanh') return x.tanh();
  if (name === 'relu') return x.relu();
  if (name === 'sigmoid') return x.sigmoid();
  return x;
}

/**
 * Creates an {@link LmuCell}, to wrap in tf.layers.rnn({ cell }).
 *
 * @param args - units, order, theta, memoryD, discretization, hiddenToMemory, memoryToMemory, inputToHidden,
 *   hiddenActivation, seed and the tf.layers.Layer arguments
 * @returns the cell
 * @throws as the {@link LmuCell} constructor
 * @example
 *   import { tf } from '../backend.ts';
 *   const model = tf.sequential({
 *     layers: [
 *       tf.layers.rnn({ cell: lmuCell({ units: 8, order: 4, theta: 20 }), inputShape: [null, 1] }),
 *       tf.layers.dense({ units: 1 }),
 *     ],
 *   });
 *   JSON.stringify(model.outputs[0].shape) === '[null,1]';
 * @see Voelker, Kajic, Eliasmith, NeurIPS 2019 (Legendre Memory Units); arXiv:2008.07669
 */
export function lmuCell(args: LmuCellArgs): LmuCell {
  return new LmuCell(args);
}
