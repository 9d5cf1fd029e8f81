import type * as TF from '@tensorflow/tfjs';
import { discretize } from '../../discretize/discretize.ts';
import type { DiscretizationMethod } from '../../discretize/types.ts';
import type { MeasureName } from '../../hippo/types.ts';
import { requireInteger } from '../../util/validate.ts';
import { tf } from '../backend.ts';
import { chunkedStates } from '../chunkedStates.ts';
import {
  channelRows,
  channelsOf,
  rowsToChannels,
  SequenceLayer,
  sequenceInput,
  singleShape,
  valuedWeight,
  type LayerArgs,
} from './layerArgs.ts';
import { resolveOperatorArgs, type OperatorArgs } from './operatorArgs.ts';

/** Arguments of {@link HippoMemory}: the operator (measure, N, theta, dt, discretization) and the output layout. */
export interface HippoMemoryArgs extends LayerArgs, OperatorArgs {
  /**
   * true: output [B, L, H N] with channel h's state in columns h N .. h N + N - 1; false: output [B, L, H, N]
   * @default true
   */
  flatten?: boolean;
  /** steps per chunk of the chunked scan (see chunkedStates; speed only) @default 16 */
  chunk?: number;
}

/**
 * A Keras layer holding the fixed HiPPO memory of each input channel (a keras-lmu `LMU` memory without the hidden
 * part): for input u [B, L, H] it returns the states
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   x_0 = 0,   out[b, k, h, :] = x_{k+1} of channel h   (so out[k] has seen u[k]),
 *
 * with (Abar, Bbar) = discretize(hippo(measure, N, { theta }).A, .B, dt, discretization) from the float64 core,
 * stored as non-trainable float32 weights 'Abar' [N, N] and 'Bbar' [N]. Output [B, L, H N] (flatten, default) or
 * [B, L, H, N]. The states come from a chunked scan (chunkedStates: a Toeplitz product with the state kernel
 * Abar^j Bbar inside chunks of `chunk` steps, the state carried between chunks), differentiable with respect to the
 * input. Registered with tf.serialization, so models holding it save and load (import hippo-prophecy/train before
 * tf.loadLayersModel).
 *
 * @example
 *   import { tf } from '../backend.ts';
 *   const mem = new HippoMemory({ N: 4, dt: 0.1 });
 *   const x = mem.apply(tf.ones([1, 3, 2])) as TF.Tensor; // 2 channels
 *   x.shape.join() === '1,3,8';
 * @see arXiv:2008.07669 (HiPPO), arXiv:2407.09375
 */
export class HippoMemory extends SequenceLayer {
  /** the class name under which tf.serialization stores the layer */
  static className = 'HippoMemory';
  readonly measure: MeasureName;
  readonly N: number;
  readonly theta: number;
  readonly dt: number;
  readonly discretization: DiscretizationMethod;
  readonly flatten: boolean;
  readonly chunk: number;
  private Abar: TF.LayerVariable | null = null;
  private Bbar: TF.LayerVariable | null = null;

  /**
   * @param args - see {@link HippoMemoryArgs}
   * @throws RangeError for an unknown or time-varying measure, a bad N, theta, dt, discretization or chunk; TypeError
   *   for a non-boolean flatten
   */
  constructor(args: HippoMemoryArgs) {
    super(args);
    const r = resolveOperatorArgs('HippoMemory', args);
    this.measure = r.measure;
    this.N = r.N;
    this.theta = r.theta;
    this.dt = r.dt;
    this.discretization = r.discretization;
    this.flatten = args.flatten ?? true;
    if (typeof this.flatten !== 'boolean') {
      throw new TypeError(`HippoMemory: flatten must be a boolean, got ${typeof this.flatten}`);
    }
    this.chunk = requireInteger('HippoMemory', 'chunk', args.chunk ?? 16, 1);
  }

  override build(inputShape: TF.Shape | TF.Shape[]): void {
    channelsOf('HippoMemory', inputShape);
    const op = resolveOperatorArgs('HippoMemory', this).op;
    const { Abar, Bbar } = discretize(op.A, op.B, this.dt, this.discretization);
    const add = this.addWeight.bind(this);
    this.Abar = valuedWeight(add, 'Abar', [this.N, this.N], Abar.data, false);
    this.Bbar = valuedWeight(add, 'Bbar', [this.N], Bbar, false);
    this.built = true;
  }

  override computeOutputShape(inputShape: TF.Shape | TF.Shape[]): TF.Shape {
    const [B, L, H] = singleShape(inputShape);
    if (!this.flatten) return [B, L, H, this.N];
    return [B, L, H === null ? null : H * this.N];
  }

  override call(inputs: TF.Tensor | TF.Tensor[]): TF.Tensor {
    return tf.tidy(() => {
      const u = sequenceInput('HippoMemory', inputs);
      const [B, L, H] = u.shape;
      const A = this.Abar!.read() as TF.Tensor2D;
      const states = chunkedStates(channelRows(u), A, this.Bbar!.read() as TF.Tensor1D, this.chunk); // [B H, L, N]
      const X = rowsToChannels(states, B, H); // [B, L, H, N]
      return this.flatten ? X.reshape([B, L, H * this.N]) : X;
    });
  }

  override getConfig(): TF.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      measure: this.measure,
      N: this.N,
      theta: this.theta,
      dt: this.dt,
      discretization: this.discretization as TF.serialization.ConfigDictValue,
      flatten: this.flatten,
      chunk: this.chunk,
    };
  }
}
tf.serialization.registerClass(HippoMemory);

/**
 * Creates a {@link HippoMemory} layer, in the style of tf.layers.dense.
 *
 * @param args - measure, N, theta, dt, discretization, flatten, chunk and the tf.layers.Layer arguments
 * @returns the layer
 * @throws as the {@link HippoMemory} constructor
 * @example
 *   import { tf } from '../backend.ts';
 *   const model = tf.sequential({ layers: [hippoMemory({ N: 8, dt: 1e-2, inputShape: [null, 1] })] });
 *   JSON.stringify(model.outputs[0].shape) === '[null,null,8]';
 * @see arXiv:2008.07669
 */
export function hippoMemory(args: HippoMemoryArgs): HippoMemory {
  return new HippoMemory(args);
}
