import type * as TF from '@tensorflow/tfjs';
import { prophecy } from '../../construction/prophecy.ts';
import type { DiscretizationMethod, OutputRule } from '../../construction/types.ts';
import { OUTPUT_RULES } from '../../discretize/discretizeOutput.ts';
import type { MeasureName } from '../../hippo/types.ts';
import { requireFinite, requireInteger, requireOneOf, requirePositive } from '../../util/validate.ts';
import { tf } from '../backend.ts';
import { causalConv } from '../causalConv.ts';
import { chunkedStates } from '../chunkedStates.ts';
import {
  initialReadout,
  PAPER_SETTINGS,
  SETTING_TRAINS,
  type PaperSetting,
} from '../../fit/paperSettings.ts';
import { predictorKernel } from '../predictorKernel.ts';
import type { PredictorParams } from '../../fit/predictorParams.ts';
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

/** Arguments of {@link ProphecyLayer}: the construction (operator, outputRule) and the paper setting. */
export interface ProphecyLayerArgs extends LayerArgs, OperatorArgs {
  /** how the derivative readout becomes the next-value output (see prophecy) @default 'trapezoid' */
  outputRule?: OutputRule;
  /**
   * paper setting: 'I' trains Cbar, Dbar from the construction; 'II' is the frozen construction; 'III' trains Cbar,
   * Dbar from a Gaussian start (Abar, Bbar fixed); 'IV' trains all four from the construction
   * @default 'II'
   */
  setting?: PaperSetting;
  /** seed of setting III's Gaussian Cbar, Dbar @default 0 */
  seed?: number;
  /** standard deviation of setting III's Gaussian Cbar, Dbar @default 1 */
  initStd?: number;
  /**
   * forward pass: 'kernel' is trainablePredictor's kernel path, K_j = Cbar Abar^j Bbar (predictorKernel) and
   * out = K * u + Dbar u as a Toeplitz product (causalConv), whose cost is dominated by the L x L Toeplitz matrix
   * shared by the batch; 'states' computes the states by a chunked scan (chunkedStates) and reads them out,
   * out = X Cbar + Dbar u, in O(B L N (chunk + N)) work and O(B L N) memory. Both are differentiable in all four
   * parameters and the input; 'states' is the faster for small batches, 'kernel' for large ones (bench/keras.bench.ts).
   * @default 'kernel'
   */
  path?: 'states' | 'kernel';
  /** steps per chunk of the states path (speed only, see chunkedStates) @default 16 */
  chunk?: number;
  /** output positions per Toeplitz block of the kernel path (memory only, see causalConv) @default 1024 */
  block?: number;
}

/**
 * A Keras layer running the HiPPO-Prophecy one-step predictor on every input channel: for u [B, L, H] it returns
 * out [B, L, H] with out[b, k, h] = uhat_{k+1}, the prediction of u[b, k + 1, h] from u[b, 0..k, h]:
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k,   x_0 = 0,
 *
 * with (Abar, Bbar, Cbar, Dbar) = prophecy(hippo(measure, N, { theta }), { dt, discretization, output: outputRule })
 * from the float64 core, held as float32 weights 'Abar' [N, N], 'Bbar' [N], 'Cbar' [N], 'Dbar' [1] that are
 * trainable per paper setting (I-IV, see SETTING_TRAINS; setting III redraws Cbar, Dbar as trainablePredictor does).
 * The channels share the one predictor. The forward pass (`path`) is trainablePredictor's kernel path
 * (K_j = Cbar Abar^j Bbar, a causal Toeplitz product) or reads out the states of a chunked scan; both are
 * differentiable in all four parameters and the input. Registered with tf.serialization, so models holding it save and load.
 *
 * @example
 *   import { tf } from '../backend.ts';
 *   const layer = new ProphecyLayer({ N: 8, theta: 0.5, dt: 1e-2, setting: 'I' });
 *   const u = tf.linspace(0, 1, 100).reshape([1, 100, 1]);
 *   const out = (layer.apply(u) as TF.Tensor).dataSync(); // out[k] predicts u[k + 1] = (k + 1) / 99
 *   Math.abs(out[90] - 91 / 99) < 1e-4; // a full window (50 steps) after the start
 *   layer.trainableWeights.map((w) => w.originalName.split('/').pop()).join() === 'Cbar,Dbar';
 * @see arXiv:2407.09375 (section 4; figure 6 for the settings)
 */
export class ProphecyLayer extends SequenceLayer {
  /** the class name under which tf.serialization stores the layer */
  static className = 'ProphecyLayer';
  readonly measure: MeasureName;
  readonly N: number;
  readonly theta: number;
  readonly dt: number;
  readonly discretization: DiscretizationMethod;
  readonly outputRule: OutputRule;
  readonly setting: PaperSetting;
  readonly seed: number;
  readonly initStd: number;
  readonly path: 'states' | 'kernel';
  readonly chunk: number;
  readonly block: number;
  private params: Record<'Abar' | 'Bbar' | 'Cbar' | 'Dbar', TF.LayerVariable> | null = null;

  /**
   * @param args - see {@link ProphecyLayerArgs}
   * @throws RangeError for an unknown or time-varying measure, a bad N, theta, dt, discretization, output rule,
   *   setting, initStd, path, chunk or block, or a trapezoid output with D dt/2 >= 1 (see prophecy)
   */
  constructor(args: ProphecyLayerArgs) {
    super(args);
    const where = 'ProphecyLayer';
    const r = resolveOperatorArgs(where, args);
    this.measure = r.measure;
    this.N = r.N;
    this.theta = r.theta;
    this.dt = r.dt;
    this.discretization = r.discretization;
    this.setting = requireOneOf(where, 'setting', args.setting ?? 'II', PAPER_SETTINGS);
    this.seed = requireFinite(where, 'seed', args.seed ?? 0);
    this.initStd = requirePositive(where, 'initStd', args.initStd ?? 1);
    this.path = requireOneOf(where, 'path', args.path ?? 'kernel', ['states', 'kernel']);
    this.chunk = requireInteger(where, 'chunk', args.chunk ?? 16, 1);
    this.block = requireInteger(where, 'block', args.block ?? 1024, 1);
    this.outputRule = requireOneOf(
      where,
      'outputRule',
      args.outputRule ?? r.op.readout?.output ?? 'trapezoid',
      OUTPUT_RULES,
    );
    this.construction(); // checks the output rule against the measure and D dt / 2 < 1
  }

  private construction(): PredictorParams {
    return prophecy(resolveOperatorArgs('ProphecyLayer', this).op, {
      dt: this.dt,
      discretization: this.discretization,
      output: this.outputRule,
    });
  }

  override build(inputShape: TF.Shape | TF.Shape[]): void {
    channelsOf('ProphecyLayer', inputShape);
    const p = this.construction();
    const { Cbar, Dbar } = initialReadout(p.Cbar, p.Dbar, this.setting, this.seed, this.initStd);
    const trains = SETTING_TRAINS[this.setting];
    const add = this.addWeight.bind(this);
    const N = this.N;
    this.params = {
      Abar: valuedWeight(add, 'Abar', [N, N], p.Abar.data, trains.includes('Abar')),
      Bbar: valuedWeight(add, 'Bbar', [N], p.Bbar, trains.includes('Bbar')),
      Cbar: valuedWeight(add, 'Cbar', [N], Cbar, trains.includes('Cbar')),
      Dbar: valuedWeight(add, 'Dbar', [1], [Dbar], trains.includes('Dbar')),
    };
    this.built = true;
  }

  override computeOutputShape(inputShape: TF.Shape | TF.Shape[]): TF.Shape {
    return singleShape(inputShape);
  }

  override call(inputs: TF.Tensor | TF.Tensor[]): TF.Tensor {
    return tf.tidy(() => {
      const u = sequenceInput('ProphecyLayer', inputs);
      const [B, L, H] = u.shape;
      const p = this.params!;
      const rows = channelRows(u);
      const A = p.Abar.read() as TF.Tensor2D;
      const Bv = p.Bbar.read() as TF.Tensor1D;
      const C = p.Cbar.read() as TF.Tensor1D;
      const N = this.N;
      const y =
        this.path === 'states'
          ? tf
              .matMul(chunkedStates(rows, A, Bv, this.chunk).reshape([B * H * L, N]), C.reshape([N, 1]))
              .reshape([B * H, L])
          : causalConv(rows, predictorKernel(A, Bv, C, L), { block: this.block });
      const out = y.add(rows.mul(p.Dbar.read()));
      return rowsToChannels(out, B, H).reshape([B, L, H]);
    });
  }

  /**
   * The current parameters as float64 arrays, a predictor the core's scan, predictNext and kernel accept.
   *
   * @throws Error before the layer is built
   */
  toPredictor(): PredictorParams {
    if (this.params === null) throw new Error('ProphecyLayer.toPredictor: the layer is not built yet');
    const read = (v: TF.LayerVariable): Float64Array => Float64Array.from(v.read().dataSync());
    const N = this.N;
    return Object.freeze({
      Abar: Object.freeze({ rows: N, cols: N, data: read(this.params.Abar) }),
      Bbar: read(this.params.Bbar),
      Cbar: read(this.params.Cbar),
      Dbar: read(this.params.Dbar)[0],
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
      outputRule: this.outputRule,
      setting: this.setting,
      seed: this.seed,
      initStd: this.initStd,
      path: this.path,
      chunk: this.chunk,
      block: this.block,
    };
  }
}
tf.serialization.registerClass(ProphecyLayer);

/**
 * Creates a {@link ProphecyLayer}, in the style of tf.layers.dense.
 *
 * @param args - measure, N, theta, dt, discretization, outputRule, setting, seed, initStd, path, chunk, block and
 *   the tf.layers.Layer arguments
 * @returns the layer
 * @throws as the {@link ProphecyLayer} constructor
 * @example
 *   import { tf } from '../backend.ts';
 *   const model = tf.sequential({ layers: [prophecyLayer({ N: 8, dt: 1e-2, inputShape: [null, 1] })] });
 *   model.countParams() === 8 * 8 + 8 + 8 + 1;
 * @see arXiv:2407.09375
 */
export function prophecyLayer(args: ProphecyLayerArgs): ProphecyLayer {
  return new ProphecyLayer(args);
}
