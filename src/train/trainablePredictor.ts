import type * as TF from '@tensorflow/tfjs';
import type { Matrix } from '../linalg/matrix.ts';
import { tf } from './backend.ts';
import { causalConv } from './causalConv.ts';
import { causalConvFftSize, fftCausalConv, inputSpectrum } from './fftCausalConv.ts';
import { predictorKernel } from './predictorKernel.ts';
import { predictorStates } from './predictorStates.ts';
import type { SequenceModel } from './sequenceModel.ts';
import { gatherRows, type SequenceSet } from './sequenceSet.ts';

import { initialReadout, PAPER_SETTINGS, SETTING_TRAINS, type PaperSetting } from './paperSettings.ts';

export { PAPER_SETTINGS, type PaperSetting };

/** The discrete predictor's parameters (a DiscretePredictor from src/construction has these fields). */
export interface PredictorParams {
  /** shape [N, N] */
  readonly Abar: Matrix;
  /** shape [N] */
  readonly Bbar: Float64Array;
  /** shape [N] */
  readonly Cbar: Float64Array;
  readonly Dbar: number;
}

/** Options of {@link trainablePredictor}. */
export interface TrainablePredictorOptions {
  /** paper setting @default 'I' */
  setting?: PaperSetting;
  /** seed of the Gaussian initialisation (setting III only) @default 0 */
  seed?: number;
  /** standard deviation of the Gaussian Cbar, Dbar of setting III @default 1 */
  initStd?: number;
  /**
   * 'states': precompute x_{k+1} in float64 (needs Abar, Bbar fixed); 'kernel': K_j = Cbar Abar^j Bbar by repeated
   * squaring and a causal convolution (see `conv`; differentiable in all four); 'auto': states when Abar, Bbar are
   * fixed.
   * @default 'auto'
   */
  path?: 'auto' | 'states' | 'kernel';
  /**
   * largest per-dataset cache (states, or input spectra of the kernel path) in bytes; larger datasets recompute
   * them per batch @default 2 ** 30
   */
  stateCacheBytes?: number;
  /**
   * convolution of the kernel path: 'fft' (float64 FFT with the kernel gradient as an FFT correlation, see
   * fftCausalConv; O(B L log L) per step) or 'toeplitz' (float32 Toeplitz product, see causalConv; O(B L^2))
   * @default 'fft'
   */
  conv?: 'fft' | 'toeplitz';
  /** output positions per Toeplitz block in the kernel path with conv 'toeplitz' (see causalConv) @default 1024 */
  block?: number;
}

/** A LegT (or any) discrete predictor whose matrices are tfjs variables. */
export interface TrainablePredictor extends SequenceModel {
  readonly setting: PaperSetting;
  readonly N: number;
  /** which forward pass runs */
  readonly path: 'states' | 'kernel';
  /** the current parameters as float64 arrays */
  read(): PredictorParams;
}

// states of a dataset under fixed (Abar, Bbar), shared by every model built from the same construction objects (the
// settings and seeds of one experiment): weakly keyed, so they live as long as the dataset and the construction
const sharedStates = new WeakMap<SequenceSet, WeakMap<Matrix, WeakMap<Float64Array, Float32Array>>>();

function cachedStates(set: SequenceSet, A: Matrix, B: Float64Array): Float32Array | undefined {
  return sharedStates.get(set)?.get(A)?.get(B);
}

function storeStates(set: SequenceSet, A: Matrix, B: Float64Array, states: Float32Array): void {
  let byA = sharedStates.get(set);
  if (byA === undefined) sharedStates.set(set, (byA = new WeakMap()));
  let byB = byA.get(A);
  if (byB === undefined) byA.set(A, (byB = new WeakMap()));
  byB.set(B, states);
}

/**
 * The discrete predictor x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k with tfjs variables
 * initialised per paper setting (I-IV), as a {@link SequenceModel} whose prediction out[k] is uhat_{k+1}.
 * Fixed Abar, Bbar (I-III): the states are computed once per dataset in float64 and out = X Cbar + Dbar u (the
 * states are shared by all models built from the same Abar, Bbar objects, e.g. the seeds of one experiment).
 * Trained Abar, Bbar (IV): out = K * u + Dbar u with K_j = Cbar Abar^j Bbar (see predictorKernel), the convolution
 * by FFT in float64 (fftCausalConv, default) or as a float32 Toeplitz product (causalConv).
 *
 * @param init - the construction: Abar [N, N], Bbar [N], Cbar [N], Dbar
 * @param options - see {@link TrainablePredictorOptions}
 * @throws RangeError for an unknown setting or path, initStd <= 0, or 'states' with setting IV; TypeError on shapes
 * @example const m = trainablePredictor(prophecy(hippo('legt', 32), { dt: 1e-3 }), { setting: 'IV' });
 * @see arXiv:2407.09375 (figure 6)
 */
export function trainablePredictor(
  init: PredictorParams,
  options: TrainablePredictorOptions = {},
): TrainablePredictor {
  const setting = options.setting ?? 'I';
  if (!(PAPER_SETTINGS as readonly string[]).includes(setting)) {
    throw new RangeError(
      `trainablePredictor: setting must be one of ${PAPER_SETTINGS.join(', ')}; got ${setting}`,
    );
  }
  const initStd = options.initStd ?? 1;
  if (!(initStd > 0)) throw new RangeError(`trainablePredictor: initStd must be > 0, got ${initStd}`);
  const requested = options.path ?? 'auto';
  if (!['auto', 'states', 'kernel'].includes(requested)) {
    throw new RangeError(`trainablePredictor: path must be one of auto, states, kernel; got ${requested}`);
  }
  const fixedDynamics = setting !== 'IV';
  if (requested === 'states' && !fixedDynamics) {
    throw new RangeError('trainablePredictor: path "states" needs fixed Abar, Bbar; setting IV trains them');
  }
  const path: 'states' | 'kernel' = requested === 'auto' ? (fixedDynamics ? 'states' : 'kernel') : requested;
  const N = init.Bbar.length;
  if (init.Abar.rows !== N || init.Abar.cols !== N || init.Cbar.length !== N) {
    throw new TypeError(
      `trainablePredictor: need Abar [${N}, ${N}] and Cbar [${N}], got Abar [${init.Abar.rows}, ${init.Abar.cols}], ` +
        `Cbar [${init.Cbar.length}]`,
    );
  }
  const stateCacheBytes = options.stateCacheBytes ?? 2 ** 30;
  const block = options.block ?? 1024;
  const conv = options.conv ?? 'fft';
  if (conv !== 'fft' && conv !== 'toeplitz') {
    throw new RangeError(`trainablePredictor: conv must be 'fft' or 'toeplitz'; got ${String(conv)}`);
  }

  const { Cbar: C0, Dbar: D0 } = initialReadout(init.Cbar, init.Dbar, setting, options.seed ?? 0, initStd);
  const trainable: string[] = [...SETTING_TRAINS[setting]];
  const params = {
    Abar: tf.variable(tf.tensor2d(Float32Array.from(init.Abar.data), [N, N]), trainable.includes('Abar')),
    Bbar: tf.variable(tf.tensor1d(Float32Array.from(init.Bbar)), trainable.includes('Bbar')),
    Cbar: tf.variable(tf.tensor1d(C0), trainable.includes('Cbar')),
    Dbar: tf.variable(tf.tensor1d([D0]), trainable.includes('Dbar')),
  };
  // float64 copies of the fixed dynamics, for the states path
  const A64 = init.Abar;
  const B64 = init.Bbar;
  const spectrumCache = new WeakMap<SequenceSet, (Float64Array | undefined)[]>();

  // input spectra of the kernel path's FFT convolution: data, so computed once per sequence when they fit
  function spectraFor(set: SequenceSet, idx: Int32Array): Float64Array[] {
    const L = set.length;
    const fits = set.count * 2 * causalConvFftSize(set.to) * 8 <= stateCacheBytes;
    let all = fits ? spectrumCache.get(set) : undefined;
    if (fits && all === undefined) {
      all = new Array<Float64Array | undefined>(set.count);
      spectrumCache.set(set, all);
    }
    return Array.from(idx, (s) => {
      const cached = all?.[s];
      if (cached !== undefined) return cached;
      const spec = inputSpectrum(set.inputs64.subarray(s * L, (s + 1) * L), set.to);
      if (all !== undefined) all[s] = spec;
      return spec;
    });
  }

  function statesFor(set: SequenceSet, idx: Int32Array): TF.Tensor3D {
    const R = set.to - set.from;
    const fits = set.count * R * N * 4 <= stateCacheBytes;
    let all = fits ? cachedStates(set, A64, B64) : undefined;
    if (fits && all === undefined) {
      all = predictorStates(A64, B64, set.inputs64, set.length, set.from, set.to);
      storeStates(set, A64, B64, all);
    }
    const X = new Float32Array(idx.length * R * N);
    for (let r = 0; r < idx.length; r++) {
      if (all !== undefined) {
        X.set(all.subarray(idx[r] * R * N, (idx[r] + 1) * R * N), r * R * N);
      } else {
        const L = set.length;
        const u = set.inputs64.subarray(idx[r] * L, (idx[r] + 1) * L);
        X.set(predictorStates(A64, B64, u, L, set.from, set.to), r * R * N);
      }
    }
    return tf.tensor3d(X, [idx.length, R, N]);
  }

  function predict(set: SequenceSet, idx: Int32Array): TF.Tensor2D {
    const B = idx.length;
    const R = set.to - set.from;
    const u = gatherRows(set.inputs, set.length, idx);
    const X = path === 'states' ? statesFor(set, idx) : undefined;
    const spectra = path === 'kernel' && conv === 'fft' ? spectraFor(set, idx) : undefined;
    const out = tf.tidy(() => {
      const skip = u.slice([0, set.from], [B, R]).mul(params.Dbar);
      if (X !== undefined) {
        return tf
          .matMul(X.reshape([B * R, N]), params.Cbar.reshape([N, 1]))
          .reshape([B, R])
          .add(skip) as TF.Tensor2D;
      }
      const K = predictorKernel(params.Abar, params.Bbar, params.Cbar, set.to);
      const y =
        spectra !== undefined
          ? fftCausalConv(spectra, K, set.from, set.to)
          : causalConv(u, K, { from: set.from, to: set.to, block });
      return y.add(skip) as TF.Tensor2D;
    });
    u.dispose();
    X?.dispose();
    return out;
  }

  function read(): PredictorParams {
    return {
      Abar: { rows: N, cols: N, data: Float64Array.from(params.Abar.dataSync()) },
      Bbar: Float64Array.from(params.Bbar.dataSync()),
      Cbar: Float64Array.from(params.Cbar.dataSync()),
      Dbar: params.Dbar.dataSync()[0],
    };
  }

  return {
    name: `legt-${setting}`,
    setting,
    N,
    path,
    params,
    trainable,
    predict,
    read,
    dispose: () => Object.values(params).forEach((v) => v.dispose()),
  };
}

/**
 * How far a trained predictor moved from the construction: relative L2 distances of Cbar, Bbar, Abar (Frobenius)
 * and the absolute distance of Dbar.
 *
 * @param trained - the trained parameters
 * @param reference - the construction they started from
 * @returns ||X - X_ref|| / ||X_ref|| for Abar, Bbar, Cbar (||X|| when X_ref = 0) and |Dbar - Dbar_ref|
 * @example
 *   const p = { Abar: fromRows([[0.5]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(2), Dbar: 0 };
 *   const d0 = predictorDistances(p, p);
 *   d0.Abar === 0 && d0.Bbar === 0 && d0.Cbar === 0 && d0.Dbar === 0;
 *   const d = predictorDistances({ ...p, Cbar: Float64Array.of(3), Dbar: -0.25 }, p);
 *   d.Cbar === 0.5 && d.Dbar === 0.25 && d.Abar === 0;
 * @see arXiv:2407.09375
 */
export function predictorDistances(
  trained: PredictorParams,
  reference: PredictorParams,
): { Abar: number; Bbar: number; Cbar: number; Dbar: number } {
  const rel = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < a.length; i++) {
      num += (a[i] - b[i]) ** 2;
      den += b[i] ** 2;
    }
    return den === 0 ? Math.sqrt(num) : Math.sqrt(num / den);
  };
  return {
    Abar: rel(trained.Abar.data, reference.Abar.data),
    Bbar: rel(trained.Bbar, reference.Bbar),
    Cbar: rel(trained.Cbar, reference.Cbar),
    Dbar: Math.abs(trained.Dbar - reference.Dbar),
  };
}
