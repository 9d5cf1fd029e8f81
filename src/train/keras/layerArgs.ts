/**
 * What the Keras-style layers of this folder share: the base-layer arguments, the check of their [B, L, H] input and
 * its channels as rows, writing float64 values into a layer's weights, and the restoring of saved configs.
 */
import type * as TF from '@tensorflow/tfjs';
import { tf } from '../backend.ts';

/** The arguments every tf.layers.Layer accepts (name, trainable, inputShape, batchInputShape, dtype, ...). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof TF.layers.Layer>[0]>;

/**
 * The one [B, L, H] tensor a sequence layer was called with.
 *
 * @throws TypeError for several inputs or a rank other than 3
 */
export function sequenceInput(where: string, inputs: TF.Tensor | TF.Tensor[]): TF.Tensor3D {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length !== 1) throw new TypeError(`${where}: expects one input tensor, got ${list.length}`);
  const x = list[0];
  if (x.rank !== 3) {
    throw new TypeError(
      `${where}: input must have shape [batch, length, channels], got [${x.shape.join(', ')}]`,
    );
  }
  return x as TF.Tensor3D;
}

/**
 * The channel count H of a [B, L, H] input shape (the last axis must be known when the layer is built).
 *
 * @throws TypeError for a rank other than 3 or an unknown channel count
 */
export function channelsOf(where: string, inputShape: TF.Shape | TF.Shape[]): number {
  const shape = singleShape(inputShape);
  const H = shape.length === 3 ? shape[2] : null;
  if (typeof H !== 'number' || !(H >= 1)) {
    throw new TypeError(
      `${where}: input shape must be [batch, length, channels] with a known channel count, got ` +
        `[${shape.map(String).join(', ')}]`,
    );
  }
  return H;
}

/**
 * The channels of u [B, L, H] as rows [B H, L] (channel h of sequence b is row b H + h); transposes copy element by
 * element on the cpu backend, so one channel is only reshaped.
 */
export function channelRows(u: TF.Tensor3D): TF.Tensor2D {
  const [B, L, H] = u.shape;
  return (H === 1 ? u : u.transpose([0, 2, 1])).reshape([B * H, L]) as TF.Tensor2D;
}

/** The inverse of {@link channelRows}: rows [B H, L, ...rest] back to [B, L, H, ...rest]. */
export function rowsToChannels(x: TF.Tensor, B: number, H: number): TF.Tensor {
  const [, L, ...rest] = x.shape;
  if (H === 1) return x.reshape([B, L, 1, ...rest]);
  const order = [0, 2, 1, ...rest.map((_, i) => 3 + i)];
  return x.reshape([B, H, L, ...rest]).transpose(order);
}

/** The input shape of a single-input layer (computeOutputShape receives a Shape or a one-element list). */
export function singleShape(inputShape: TF.Shape | TF.Shape[]): TF.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as TF.Shape;
}

/**
 * Adds a float32 weight to a layer and sets its value (the tfjs initialisers are not seeded per backend, so values
 * drawn here with seededRandom, or taken from the float64 core, are written instead).
 *
 * @param add - the layer's addWeight, bound (it is protected)
 * @param name - weight name (saved with the model)
 * @param shape - weight shape
 * @param values - row-major values, prod(shape) of them
 * @param trainable - whether the optimiser updates it
 */
export function valuedWeight(
  add: (
    name: string,
    shape: TF.Shape,
    dtype?: TF.DataType,
    initializer?: ReturnType<typeof TF.initializers.zeros>,
    regularizer?: undefined,
    trainable?: boolean,
  ) => TF.LayerVariable,
  name: string,
  shape: number[],
  values: ArrayLike<number>,
  trainable: boolean,
): TF.LayerVariable {
  const w = add(name, shape, 'float32', tf.initializers.zeros(), undefined, trainable);
  const t = tf.tensor(Float32Array.from(values), shape);
  w.write(t);
  t.dispose();
  return w;
}

/**
 * A saved layer config with the keys and values tf.io changed restored: models are saved in Keras' snake_case, which
 * lower-cases the key `N` (read back as `n`) and string values such as the paper setting 'IV' (read back as 'iv').
 */
export function restoreConfig(config: TF.serialization.ConfigDict): TF.serialization.ConfigDict {
  const out: TF.serialization.ConfigDict = { ...config };
  if ('n' in out && !('N' in out)) {
    out.N = out.n;
    delete out.n;
  }
  if (typeof out.setting === 'string') out.setting = out.setting.toUpperCase();
  return out;
}

/**
 * The base of the sequence layers: a tf.layers.Layer whose fromConfig restores what tf.io changed in the saved config
 * (see {@link restoreConfig}) before calling the constructor.
 */
export abstract class SequenceLayer extends tf.layers.Layer {
  /** Rebuilds the layer from a saved config (see restoreConfig: tf.io lower-cases N and the setting). */
  static override fromConfig<T extends TF.serialization.Serializable>(
    cls: TF.serialization.SerializableConstructor<T>,
    config: TF.serialization.ConfigDict,
  ): T {
    return new cls(restoreConfig(config));
  }
}
