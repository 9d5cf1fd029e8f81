import type { DiscretePredictor } from '../construction/types.ts';
import { requireFiniteArray, requireInRange, requireOneOf } from '../util/validate.ts';
import { fftPredictUnchecked, isKernelCached } from './fftPredict.ts';
import { realFftConvolutionCostNs } from './convolutionCost.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import { teacherStepsFor } from './rollout.ts';
import { scanUnchecked } from './scan.ts';
import { STRUCTURED_MIN_N } from './stepper.ts';
import { PREDICT_MODES } from './types.ts';
import { wasmConvolutionAvailable } from './wasm/wasmInstance.ts';
import type { PredictMode, StructuredChoice } from './types.ts';

/** Options of {@link predictNext} and {@link predictNextBatch}. */
export interface PredictOptions {
  /**
   * Fraction of each sequence fed as true inputs (teacher forcing); after ceil(teacherRatio L) steps the model is fed
   * its own previous prediction (autoregressive rollout, scan only). In [0, 1].
   * @default 1
   */
  teacherRatio?: number;
  /** 'scan' (recurrence), 'fft' (causal convolution, LTI and teacherRatio = 1 only) or 'auto'; @default 'auto' */
  mode?: PredictMode;
  /** O(N) LegT bilinear step in the scan (see StructuredChoice); @default 'auto' */
  structured?: StructuredChoice;
}

/**
 * Cost model of the 'auto' mode, in nanoseconds (fitted to bench/run.ts W2 and the growth table on a shared 2-core
 * machine, whose timings vary by ~2x with load): a scan step costs ~DENSE_NS N^2 per sample with the dense Abar and
 * ~STRUCTURED_NS N with the structured LegT step (output dot product included); the FFT path costs
 * realFftConvolutionCostNs (convolutionCost.ts REAL_FFT_CONVOLUTION_COST) plus, when the predictor's kernel is not
 * cached yet, KERNEL_SHARE times the kernel: ~KERNEL_STRUCTURED_NS N per sample with legtFactor (the O(N) chains),
 * else ~DENSE_NS N^2 (the dense chain). The kernel is charged at a share because it is cached for every later call
 * with the same predictor object: a first call then costs at most 1/KERNEL_SHARE times the scan, and every later
 * call only its convolutions. The structured
 * kernel costs KERNEL_STRUCTURED_WASM_NS N per sample when it runs as WebAssembly (wasm/wasmLegtKernel.ts: both
 * ends at once, measured ~1.8 at N = 97, L = 10^4).
 *
 * @internal tuning constants
 */
export const AUTO_COST = Object.freeze({
  DENSE_NS: 0.9,
  STRUCTURED_NS: 6,
  KERNEL_STRUCTURED_NS: 7,
  KERNEL_STRUCTURED_WASM_NS: 2.5,
  KERNEL_SHARE: 0.5,
});

function scanStepNs(predictor: DiscretePredictor, structured: StructuredChoice): number {
  const N = predictor.Abar.rows;
  const useStructured =
    structured !== false &&
    (structured === true || N >= STRUCTURED_MIN_N) &&
    predictor.legtFactor !== undefined;
  return useStructured ? AUTO_COST.STRUCTURED_NS * N : AUTO_COST.DENSE_NS * N * N;
}

/**
 * The evaluation mode 'auto' picks for B sequences of length L: the scan whenever the FFT cannot be used
 * (teacherRatio < 1, time-varying predictor), otherwise whichever of scan and FFT the cost model AUTO_COST
 * predicts to be cheaper, the FFT counting KERNEL_SHARE of the kernel when it is not cached yet. So repeated calls
 * with one predictor (e.g. predictNext once per sequence) compute the kernel once and then only convolve, while a
 * short sequence or a tiny N scans.
 *
 * @param predictor - a validated DiscretePredictor
 * @param B - number of sequences
 * @param L - sequence length
 * @param teacherRatio - in [0, 1]
 * @param structured - the scan's StructuredChoice; @default 'auto'
 * @returns 'scan' or 'fft'
 * @example
 * const p = prophecy(hippo('legt', 64, { theta: 1 }), { dt: 1e-4 });
 * chooseMode(p, 10, 100_000, 1) === 'fft';
 * chooseMode(p, 10, 100_000, 0.5) === 'scan'; // a rollout can only scan
 * @see arXiv:2407.09375
 * @internal
 */
export function chooseMode(
  predictor: DiscretePredictor,
  B: number,
  L: number,
  teacherRatio: number,
  structured: StructuredChoice = 'auto',
): 'scan' | 'fft' {
  if (teacherRatio < 1 || predictor.op.timeVarying || L === 0 || B === 0) return 'scan';
  const N = predictor.Abar.rows;
  const structuredNs = wasmConvolutionAvailable()
    ? AUTO_COST.KERNEL_STRUCTURED_WASM_NS
    : AUTO_COST.KERNEL_STRUCTURED_NS;
  const kernelStepNs = predictor.legtFactor !== undefined ? structuredNs * N : AUTO_COST.DENSE_NS * N * N;
  const kernelCost = isKernelCached(predictor, L) ? 0 : AUTO_COST.KERNEL_SHARE * L * kernelStepNs;
  const fftCost = kernelCost + realFftConvolutionCostNs(L, B);
  return fftCost < B * L * scanStepNs(predictor, structured) ? 'fft' : 'scan';
}

function resolveOptions(where: string, options: PredictOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: options must be an object, got ${String(options)}`);
  }
  const teacherRatio = requireInRange(where, 'options.teacherRatio', options.teacherRatio ?? 1, 0, 1);
  const mode = requireOneOf(where, 'options.mode', options.mode ?? 'auto', PREDICT_MODES);
  const structured = options.structured ?? 'auto';
  if (typeof structured !== 'boolean') requireOneOf(where, 'options.structured', structured, ['auto']);
  return { teacherRatio, mode, structured };
}

function runGroup(
  where: string,
  p: DiscretePredictor,
  us: readonly Float64Array[],
  L: number,
  o: { teacherRatio: number; mode: PredictMode; structured: StructuredChoice },
): Float64Array {
  if (o.mode === 'fft') {
    if (o.teacherRatio < 1) {
      throw new RangeError(
        `${where}: mode 'fft' needs teacherRatio = 1 (a rollout feeds predictions back, use 'scan' or 'auto'); ` +
          `got teacherRatio ${o.teacherRatio}`,
      );
    }
    if (p.op.timeVarying) {
      throw new RangeError(
        `${where}: mode 'fft' needs a time-invariant predictor; ${p.op.measure} is time-varying (use 'scan' or 'auto')`,
      );
    }
  }
  const mode = o.mode === 'auto' ? chooseMode(p, us.length, L, o.teacherRatio, o.structured) : o.mode;
  if (mode === 'fft') return fftPredictUnchecked(p, us, L, where);
  return scanUnchecked(p, us, L, teacherStepsFor(o.teacherRatio, L), o.structured, where);
}

/**
 * One-step-ahead predictions of a sequence: out[k] = uhat_{k+1} predicts u[k + 1] from u[0..k] (teacher forcing),
 *
 *   x_0 = 0,   x_{k+1} = Abar x_k + Bbar u_k,   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k,
 *
 * or, with teacherRatio < 1, an autoregressive rollout after ceil(teacherRatio L) true samples (see rollout).
 * mode 'scan' runs the recurrence (O(L N^2), O(L N) for LegT bilinear with the structured step), 'fft' the causal
 * convolution with K_j = Cbar Abar^j Bbar (O(L log L) plus a kernel cached per predictor), 'auto' picks by
 * chooseMode. LegS predictors only scan.
 *
 * @param ssm - the DiscretePredictor (e.g. from prophecy), or any discrete SISO system (asPredictor; for ss values
 *   out[k] is the output y_k)
 * @param u - input sequence, shape [L] (Float64Array or number[]), finite
 * @param options - see PredictOptions
 * @returns out, shape [L]
 * @throws RangeError for a non-finite u entry (naming its index), teacherRatio outside [0, 1], an unknown mode, mode
 *   'fft' with teacherRatio < 1 or a time-varying predictor; TypeError for a malformed predictor or u not an array
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const u = Float64Array.from({ length: 1000 }, (_, k) => Math.sin(k / 50));
 * const out = predictNext(p, u); // out[k] ~ u[k + 1]
 * Math.abs(out[500] - scan(p, [u])[0][500]) < 1e-12; // the FFT path 'auto' picked equals the recurrence
 * @see arXiv:2407.09375
 */
export function predictNext(
  ssm: PredictorLike,
  u: ArrayLike<number>,
  options: PredictOptions = {},
): Float64Array {
  const where = 'predictNext';
  const p = asPredictor(where, ssm);
  const us = requireFiniteArray(where, 'u', u);
  const o = resolveOptions(where, options);
  return runGroup(where, p, [us], us.length, o);
}

/**
 * predictNext for many sequences at once: sequences of equal length are evaluated together (one batched scan, or
 * FFTs sharing the kernel spectrum); lengths may differ between sequences.
 *
 * @param ssm - the DiscretePredictor or discrete SISO system (as predictNext)
 * @param us - the sequences, each shape [L_b]
 * @param options - see PredictOptions (applied to every sequence; 'auto' decides per length group)
 * @returns one prediction per sequence, out[b][k] predicts us[b][k + 1] (arrays of one length group are views of
 *   one shared buffer)
 * @throws as predictNext, naming `us[b][k]` for a non-finite entry; TypeError when us is not an array
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const u1 = Float64Array.from({ length: 500 }, (_, k) => Math.sin(k / 50));
 * const u2 = Float64Array.from({ length: 800 }, (_, k) => Math.cos(k / 40));
 * const [o1, o2] = predictNextBatch(p, [u1, u2], { mode: 'fft' });
 * o1.length === 500 && o2.length === 800;
 * @see arXiv:2407.09375
 */
export function predictNextBatch(
  ssm: PredictorLike,
  us: readonly ArrayLike<number>[],
  options: PredictOptions = {},
): Float64Array[] {
  const where = 'predictNextBatch';
  const p = asPredictor(where, ssm);
  if (!Array.isArray(us)) throw new TypeError(`${where}: us must be an array of sequences, got ${typeof us}`);
  const views = us.map((u, b) => requireFiniteArray(where, `us[${b}]`, u));
  const o = resolveOptions(where, options);
  const groups = new Map<number, number[]>();
  views.forEach((v, b) => {
    const g = groups.get(v.length);
    if (g) g.push(b);
    else groups.set(v.length, [b]);
  });
  const out: Float64Array[] = new Array(views.length);
  for (const [L, idx] of groups) {
    const data = runGroup(
      where,
      p,
      idx.map((b) => views[b]),
      L,
      o,
    );
    idx.forEach((b, g) => {
      out[b] = data.subarray(g * L, (g + 1) * L);
    });
  }
  return out;
}
