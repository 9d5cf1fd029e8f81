import type * as TF from '@tensorflow/tfjs';
import { initialReadout, SETTING_TRAINS, type PaperSetting } from '../fit/paperSettings.ts';
import { requirePredictorParams, type PredictorParams } from '../fit/predictorParams.ts';
import type { SequenceSet } from '../fit/sequenceSet.ts';
import { sharedStatesStore, statesStore } from '../fit/statesStore.ts';
import { tf } from './backend.ts';
import { causalConv } from './causalConv.ts';
import { causalConvFftSize, fftCausalConv, inputSpectrum } from './fftCausalConv.ts';
import { gatherRows } from './gatherRows.ts';
import { predictorKernel } from './predictorKernel.ts';
import type { SequenceModel } from './sequenceModel.ts';

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
  const N = requirePredictorParams('trainablePredictor', init, setting);
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
    // one float32 copy per dataset and construction, shared with the analytic trainer (fit/statesStore.ts)
    const all = sharedStatesStore(set, A64, B64, stateCacheBytes);
    if (all === null) return tf.tensor3d(statesStore(set, A64, B64, idx).states, [idx.length, R, N]);
    const X = new Float32Array(idx.length * R * N);
    for (let r = 0; r < idx.length; r++)
      X.set(all.states.subarray(idx[r] * R * N, (idx[r] + 1) * R * N), r * R * N);
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
