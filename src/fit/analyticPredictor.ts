import type { ParamArray } from './adamArrays.ts';
import { arrayAdamState, arrayAdamStep } from './adamArrays.ts';
import {
  convolutionL1Gradient,
  convolutionPredict,
  convolutionWindow,
  inputSpectra,
  type InputSpectra,
} from './convolutionL1Gradient.ts';
import { blockKernel, blockKernelGradients, kernelBlocks, type KernelBlocks } from './kernelBlocks.ts';
import {
  initialReadout,
  SETTING_TRAINS,
  type PaperSetting,
  type PredictorParamName,
} from './paperSettings.ts';
import { requirePredictorParams, type PredictorParams } from './predictorParams.ts';
import { requireRows } from './requireRows.ts';
import type { SequenceSet } from './sequenceSet.ts';
import { statesL1Gradient, statesPredict } from './statesL1Gradient.ts';
import { sharedStatesStore, statesStore, type StatesStore } from './statesStore.ts';
import {
  runTrainLoop,
  type TrainCheckpoint,
  type TrainEngine,
  type TrainOptions,
  type TrainResult,
} from './trainLoop.ts';

/** Options of {@link analyticPredictor}. */
export interface AnalyticPredictorOptions {
  /** paper setting @default 'I' */
  setting?: PaperSetting;
  /** seed of the Gaussian initialisation (setting III only) @default 0 */
  seed?: number;
  /** standard deviation of the Gaussian Cbar, Dbar of setting III @default 1 */
  initStd?: number;
  /**
   * 'float32' (as the paper trained): parameters and Adam moments stored in float32, float32 states and products on
   * the states path, float32 FFT passes on the kernel path (WebAssembly; the kernel, its gradients and all sums in
   * float64); 'float64': float64 throughout.
   * @default 'float32'
   */
  precision?: 'float32' | 'float64';
  /**
   * 'states': precomputed float32 states x_{k+1} (needs Abar, Bbar fixed and precision float32); 'kernel': the kernel
   * K_j = Cbar Abar^j Bbar from both ends and an FFT convolution; 'auto': states for fixed Abar, Bbar in float32,
   * else kernel.
   * @default 'auto'
   */
  path?: 'auto' | 'states' | 'kernel';
  /**
   * largest per-dataset cache (float32 states of the states path, or input spectra of the kernel path) in bytes;
   * larger datasets recompute them per batch @default 2 ** 30
   */
  stateCacheBytes?: number;
}

type Name = PredictorParamName;

/**
 * The LegT (or any) discrete predictor trained by analytic gradients, with no tfjs: the counterpart of
 * trainablePredictor behind the same loop (trainModel / trainAnalytic), checkpoint format and evaluation.
 */
export interface AnalyticPredictor {
  readonly kind: 'analytic';
  /** 'legt-' + setting, as the tfjs model (checkpoints of one resume the other) */
  readonly name: string;
  readonly setting: PaperSetting;
  readonly N: number;
  readonly precision: 'float32' | 'float64';
  /** which forward pass runs */
  readonly path: 'states' | 'kernel';
  /** Abar [N * N] row-major, Bbar [N], Cbar [N], Dbar [1]; Float32Array or Float64Array per precision */
  readonly params: Readonly<Record<Name, ParamArray>>;
  /** names of the trained parameters */
  readonly trainable: readonly string[];
  /** mean L1 loss of the sequences `idx` over the set's window and its gradient with respect to `trainable` */
  lossAndGradients(set: SequenceSet, idx: Int32Array): { loss: number; grads: Record<string, Float64Array> };
  /** predictions out[k] of u[k + 1], k in [from, to), shape [idx.length, to - from] row-major */
  predict(set: SequenceSet, idx: Int32Array): Float64Array;
  /** mean L1 and squared one-step error over a set */
  evaluate(set: SequenceSet, batchSize?: number): { l1: number; mse: number };
  /** the current parameters in float64 */
  read(): PredictorParams;
  /** nothing to free (plain arrays); present so that callers treat both kinds of model alike */
  dispose(): void;
}

// input spectra per dataset and precision: data, shared by every model
const spectrumCache = {
  float32: new WeakMap<SequenceSet, InputSpectra>(),
  float64: new WeakMap<SequenceSet, InputSpectra>(),
};

/** A store holding the batch `idx` and the batch's rows in it: the set's shared one when it fits, else its own. */
function spectraFor(
  set: SequenceSet,
  idx: Int32Array,
  maxBytes: number,
  precision: 'float32' | 'float64',
): { store: InputSpectra; rows: Int32Array } {
  const cache = spectrumCache[precision];
  let store = cache.get(set);
  if (store === undefined) {
    const n = convolutionWindow(set.from, set.to).n;
    if (set.count * (n + 2 + set.to - set.from + 1) * 8 > maxBytes) {
      return { store: inputSpectra(set, idx, precision), rows: Int32Array.from(idx, (_, i) => i) };
    }
    cache.set(set, (store = inputSpectra(set, undefined, precision)));
  }
  return { store, rows: idx };
}

/**
 * The discrete predictor x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k initialised per paper
 * setting (I-IV, as trainablePredictor), trained by analytic gradients without tfjs:
 *
 * - states path (Abar, Bbar fixed: I-III): the float32 states of each dataset are computed once in float64
 *   (sharedStatesStore, shared with trainablePredictor); uhat = X Cbar + Dbar u, dLoss/dCbar = X^T g (statesL1Gradient);
 * - kernel path (any setting; IV): uhat = K * u + Dbar u with K_j = Cbar Abar^j Bbar from both ends (kernelBlocks),
 *   the convolution and dLoss/dK by FFT (convolutionL1Gradient), and dLoss/dAbar, dBbar, dCbar by the adjoint
 *   recurrences of the kernel (blockKernelGradients).
 *
 * The loss is the mean L1 one-step error over the set's window, g = sign(residual) / (B R) (sign(0) = 0, as tfjs and
 * PyTorch differentiate |x|).
 *
 * @param init - the construction: Abar [N, N], Bbar [N], Cbar [N], Dbar
 * @param options - see {@link AnalyticPredictorOptions}
 * @returns the model
 * @throws RangeError for an unknown setting, path or precision, initStd <= 0, 'states' with setting IV or float64;
 *   TypeError on shapes
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const m = analyticPredictor(prophecy(hippo('legt', 8, { theta: 0.5 }), { dt: 1e-2 }), { setting: 'IV' });
 *   const set = sequenceSet([Array.from({ length: 100 }, (_, k) => Math.sin(k / 5))]);
 *   const { loss, grads } = m.lossAndGradients(set, Int32Array.of(0));
 *   loss < 0.05 && grads.Abar.length === 64 && m.path === 'kernel'; // copy-last's error here: ~0.13
 * @see arXiv:2407.09375 (figure 6)
 */
export function analyticPredictor(
  init: PredictorParams,
  options: AnalyticPredictorOptions = {},
): AnalyticPredictor {
  const where = 'analyticPredictor';
  const setting = options.setting ?? 'I';
  const N = requirePredictorParams(where, init, setting);
  const initStd = options.initStd ?? 1;
  if (!(initStd > 0)) throw new RangeError(`${where}: initStd must be > 0, got ${initStd}`);
  const precision = options.precision ?? 'float32';
  if (precision !== 'float32' && precision !== 'float64') {
    throw new RangeError(`${where}: precision must be 'float32' or 'float64'; got ${String(precision)}`);
  }
  const requested = options.path ?? 'auto';
  if (!['auto', 'states', 'kernel'].includes(requested)) {
    throw new RangeError(`${where}: path must be one of auto, states, kernel; got ${requested}`);
  }
  const fixedDynamics = setting !== 'IV';
  if (requested === 'states' && !fixedDynamics) {
    throw new RangeError(`${where}: path "states" needs fixed Abar, Bbar; setting IV trains them`);
  }
  if (requested === 'states' && precision === 'float64') {
    throw new RangeError(
      `${where}: path "states" keeps float32 states; use precision float32 or path kernel`,
    );
  }
  const path: 'states' | 'kernel' =
    requested === 'auto' ? (fixedDynamics && precision === 'float32' ? 'states' : 'kernel') : requested;
  const stateCacheBytes = options.stateCacheBytes ?? 2 ** 30;
  const make = (values: ArrayLike<number>): ParamArray =>
    precision === 'float32' ? Float32Array.from(values) : Float64Array.from(values);

  // setting III's Gaussian draw as trainablePredictor's (float32 values), so that both start from the same values;
  // the others start from the construction's values in the precision asked
  const readout = initialReadout(init.Cbar, init.Dbar, setting, options.seed ?? 0, initStd);
  const C0 = setting === 'III' ? readout.Cbar : init.Cbar;
  const D0 = readout.Dbar;
  const params: Record<Name, ParamArray> = {
    Abar: make(init.Abar.data),
    Bbar: make(init.Bbar),
    Cbar: make(C0),
    Dbar: make([D0]),
  };
  const trainable = SETTING_TRAINS[setting];
  // the fixed dynamics' kernel blocks (settings I-III on the kernel path), per kernel length
  const fixedBlocks = new Map<number, KernelBlocks>();
  const blocksFor = (T: number): KernelBlocks => {
    if (!fixedDynamics) return kernelBlocks(params.Abar, params.Bbar, T);
    // fixed: the construction's float64 values (as the states path uses)
    let kb = fixedBlocks.get(T);
    if (kb === undefined) fixedBlocks.set(T, (kb = kernelBlocks(init.Abar.data, init.Bbar, T)));
    return kb;
  };

  const statesFor = (set: SequenceSet, idx: Int32Array): { store: StatesStore; rows: Int32Array } => {
    const all = sharedStatesStore(set, init.Abar, init.Bbar, stateCacheBytes);
    if (all !== null) return { store: all, rows: idx };
    return { store: statesStore(set, init.Abar, init.Bbar, idx), rows: Int32Array.from(idx, (_, i) => i) };
  };

  function lossAndGradients(
    set: SequenceSet,
    idx: Int32Array,
  ): { loss: number; grads: Record<string, Float64Array> } {
    requireRows('lossAndGradients', idx, set.count);
    const C = params.Cbar;
    const D = params.Dbar[0];
    const all: Partial<Record<Name, Float64Array>> = {};
    let loss: number;
    if (path === 'states') {
      const { store, rows } = statesFor(set, idx);
      const r = statesL1Gradient(store, rows, C, D);
      loss = r.loss;
      all.Cbar = r.dC;
      all.Dbar = Float64Array.of(r.dD);
    } else {
      const kb = blocksFor(set.to);
      const { K, Cb } = blockKernel(kb, C);
      const { store, rows } = spectraFor(set, idx, stateCacheBytes, precision);
      const r = convolutionL1Gradient(store, rows, K, D);
      const g = blockKernelGradients(kb, Cb, r.dK, !fixedDynamics);
      loss = r.loss;
      all.Cbar = g.dC;
      all.Dbar = Float64Array.of(r.dD);
      all.Abar = g.dA;
      all.Bbar = g.dB;
    }
    const grads: Record<string, Float64Array> = {};
    for (const n of trainable) grads[n] = all[n as Name] as Float64Array;
    return { loss, grads };
  }

  function predict(set: SequenceSet, idx: Int32Array): Float64Array {
    requireRows('predict', idx, set.count);
    const C = params.Cbar;
    const D = params.Dbar[0];
    if (path === 'states') {
      const { store, rows } = statesFor(set, idx);
      return statesPredict(store, rows, C, D);
    }
    const { K } = blockKernel(blocksFor(set.to), C);
    const { store, rows } = spectraFor(set, idx, stateCacheBytes, precision);
    return convolutionPredict(store, rows, K, D);
  }

  function evaluate(set: SequenceSet, batchSize = 128): { l1: number; mse: number } {
    const R = set.to - set.from;
    const L = set.length;
    let l1 = 0;
    let se = 0;
    for (let b0 = 0; b0 < set.count; b0 += batchSize) {
      const idx = new Int32Array(Math.min(batchSize, set.count - b0)).map((_, i) => b0 + i);
      const p = predict(set, idx);
      for (let r = 0; r < idx.length; r++) {
        const base = idx[r] * L + set.from + 1;
        for (let k = 0; k < R; k++) {
          const e = p[r * R + k] - set.inputs64[base + k];
          l1 += Math.abs(e);
          se += e * e;
        }
      }
    }
    const n = set.count * R;
    return { l1: l1 / n, mse: se / n };
  }

  return {
    kind: 'analytic',
    name: `legt-${setting}`,
    setting,
    N,
    precision,
    path,
    params,
    trainable,
    lossAndGradients,
    predict,
    evaluate,
    read: () => ({
      Abar: { rows: N, cols: N, data: Float64Array.from(params.Abar) },
      Bbar: Float64Array.from(params.Bbar),
      Cbar: Float64Array.from(params.Cbar),
      Dbar: params.Dbar[0],
    }),
    dispose: () => {},
  };
}

/**
 * Whether a model is an {@link AnalyticPredictor} (as opposed to a tfjs SequenceModel).
 *
 * @param model - any model
 * @returns true for an analytic predictor
 * @example isAnalyticPredictor(analyticPredictor(prophecy(hippo('legt', 4), { dt: 0.1 })))
 */
export function isAnalyticPredictor(model: unknown): model is AnalyticPredictor {
  return typeof model === 'object' && model !== null && (model as { kind?: unknown }).kind === 'analytic';
}

/**
 * The training-loop side of an analytic predictor: its analytic gradients, Adam on its arrays (arrayAdamStep), its
 * parameters and moments in the checkpoint format of the tfjs trainer (the same names and shapes).
 *
 * @param model - the predictor (updated in place by step)
 * @param train - the training set the steps draw from
 * @param where - caller name for messages @default 'trainModel'
 * @returns the engine
 * @internal
 */
export function analyticEngine(
  model: AnalyticPredictor,
  train: SequenceSet,
  where = 'trainModel',
): TrainEngine {
  const adam = arrayAdamState(model.params, model.trainable);
  const toJson = (r: Readonly<Record<string, ParamArray>>): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    for (const [k, v] of Object.entries(r)) out[k] = Array.from(v);
    return out;
  };
  const restore = (
    into: Readonly<Record<string, ParamArray>>,
    values: Record<string, number[]>,
    what: string,
  ): void => {
    for (const [k, v] of Object.entries(into)) {
      const data = values[k];
      if (data === undefined || data.length !== v.length) {
        throw new TypeError(`${where}: checkpoint ${what}.${k} missing or of wrong size`);
      }
      v.set(data);
    }
  };
  return {
    name: model.name,
    hasTrainable: model.trainable.length > 0,
    step(idx, learningRate) {
      const { loss, grads } = model.lossAndGradients(train, idx);
      arrayAdamStep(model.params, grads, adam, { learningRate });
      return loss;
    },
    evaluate: (set, batchSize) => model.evaluate(set, batchSize),
    save: () => ({ params: toJson(model.params), adam: { m: toJson(adam.m), v: toJson(adam.v) } }),
    load(saved: TrainCheckpoint) {
      restore(model.params, saved.params, 'params');
      restore(adam.m, saved.adam.m, 'adam.m');
      restore(adam.v, saved.adam.v, 'adam.v');
      adam.step = saved.step;
    },
    release: () => {},
  };
}

/**
 * Trains an {@link AnalyticPredictor} with Adam on the mean L1 one-step loss, exactly as trainModel trains a tfjs
 * model (same batches, evaluations, checkpoints and resumption), without tfjs.
 *
 * @param model - the predictor (its trainable parameters are updated in place)
 * @param train - the training set
 * @param options - see TrainOptions
 * @returns the run's record (TrainResult)
 * @throws RangeError for non-positive epochs, batchSize, learningRate or evalEvery; TypeError for a checkpoint of
 *   another model
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const init = { Abar: fromRows([[0.5]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(0), Dbar: 0 };
 *   const model = analyticPredictor(init, { setting: 'IV', precision: 'float64' });
 *   const data = sequenceSet([[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2]]);
 *   const r = await trainAnalytic(model, data, { epochs: 3, batchSize: 2, learningRate: 0.1 });
 *   r.completed && r.steps === 3 && r.evals[1].trainLoss < r.evals[0].trainLoss;
 * @see arXiv:2407.09375 (figure 6: Adam, lr 2e-3, batch 128, L1 loss on the second half of each context)
 */
export function trainAnalytic(
  model: AnalyticPredictor,
  train: SequenceSet,
  options: TrainOptions = {},
): Promise<TrainResult> {
  return runTrainLoop(analyticEngine(model, train, 'trainAnalytic'), train, options, 'trainAnalytic');
}
