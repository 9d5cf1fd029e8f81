import type { DiscretePredictor } from '../construction/types.ts';
import { requireFiniteArray, requireInRange, requireInteger, requireOneOf } from '../util/validate.ts';
import { formatBytes, requireMemory } from '../limits/memoryBudget.ts';
import { fftPredictUnchecked, isKernelCached } from './fftPredict.ts';
import { realFftConvolutionCostNs } from './convolutionCost.ts';
import { AUTO_COST, budgetBytes, fftCost, scanCost, scanStepNs } from './predictCost.ts';
import type { PredictCost } from './predictCost.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import { teacherStepsFor } from './rollout.ts';
import { scanUnchecked } from './scan.ts';
import { PREDICT_MODES } from './types.ts';
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
  /**
   * Called during long evaluations with the samples done and the total (B L), about every 2^16 scan steps and after
   * each FFT convolution, e.g. to draw progress; @default none
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The evaluation mode 'auto' picks for B sequences of length L: the scan whenever the FFT cannot be used
 * (teacherRatio < 1, time-varying predictor) or would not fit the memory budget (its transform buffers are
 * ~FFT_BYTES_PER_SIZE n bytes, n ~ 2 L: at L = 5e7 that is GBs where the scan needs only its outputs); otherwise
 * whichever of scan and FFT the cost model AUTO_COST predicts to be cheaper, the FFT counting KERNEL_SHARE of the
 * kernel when it is not cached yet. So repeated calls with one predictor (e.g. predictNext once per sequence)
 * compute the kernel once and then only convolve, while a short sequence or a tiny N scans.
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
  const cached = isKernelCached(predictor, L);
  const fft = fftCost(predictor, B, L, cached);
  const scanBytes = scanCost(predictor, B, L, structured).bytes;
  // the FFT path only when its buffers fit the budget (or the scan's would not fit either)
  if (fft.bytes > budgetBytes() && scanBytes <= budgetBytes()) return 'scan';
  const kernelNs = cached
    ? 0
    : fftCost(predictor, B, L, false).seconds * 1e9 - realFftConvolutionCostNs(L, B);
  const fftNs = AUTO_COST.KERNEL_SHARE * kernelNs + realFftConvolutionCostNs(L, B);
  return fftNs < B * L * scanStepNs(predictor, structured) ? 'fft' : 'scan';
}

/**
 * What predictNext (or predictNextBatch) would cost for B sequences of length L with these options: the mode it
 * takes ('auto' resolved by {@link chooseMode}), the estimated wall time and the memory it holds at once beyond the
 * inputs. The time model is fitted on a 2-core machine (right within ~2x on an idle machine); use it to warn before
 * a call that would run for hours (a dense N = 4096 scan of 10^6 samples: ~4 h) or to pick settings.
 *
 * @param ssm - the predictor (as predictNext)
 * @param B - number of sequences (integer >= 0)
 * @param L - sequence length (integer >= 0)
 * @param options - as predictNext (teacherRatio, mode, structured)
 * @returns `{ mode, seconds, bytes }`
 * @throws as predictNext for a malformed predictor or options; RangeError for B or L not integers >= 0
 * @example
 * const p = prophecy(hippo('lagt', 256), { dt: 1e-3 });
 * const c = predictCost(p, 1, 1_000_000, { mode: 'scan' });
 * c.mode === 'scan' && c.seconds > 10; // a dense 256-state scan of 10^6 samples: ~1 minute
 * @see arXiv:2407.09375
 */
export function predictCost(
  ssm: PredictorLike,
  B: number,
  L: number,
  options: PredictOptions = {},
): PredictCost {
  const where = 'predictCost';
  const p = asPredictor(where, ssm);
  requireInteger(where, 'B', B, 0);
  requireInteger(where, 'L', L, 0);
  const o = resolveOptions(where, options);
  const mode = o.mode === 'auto' ? chooseMode(p, B, L, o.teacherRatio, o.structured) : o.mode;
  return mode === 'fft' ? fftCost(p, B, L, isKernelCached(p, L)) : scanCost(p, B, L, o.structured);
}

function resolveOptions(where: string, options: PredictOptions) {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `${where}: options must be an object, got ${Array.isArray(options) ? 'an array' : String(options)}`,
    );
  }
  const teacherRatio = requireInRange(where, 'options.teacherRatio', options.teacherRatio ?? 1, 0, 1);
  const mode = requireOneOf(where, 'options.mode', options.mode ?? 'auto', PREDICT_MODES);
  const structured = options.structured ?? 'auto';
  if (typeof structured !== 'boolean') requireOneOf(where, 'options.structured', structured, ['auto']);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`${where}: options.onProgress must be a function, got ${typeof onProgress}`);
  }
  return { teacherRatio, mode, structured, onProgress };
}

function runGroup(
  where: string,
  p: DiscretePredictor,
  us: readonly Float64Array[],
  L: number,
  o: ReturnType<typeof resolveOptions>,
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
  const B = us.length;
  const mode = o.mode === 'auto' ? chooseMode(p, B, L, o.teacherRatio, o.structured) : o.mode;
  const cost = mode === 'fft' ? fftCost(p, B, L, isKernelCached(p, L)) : scanCost(p, B, L, o.structured);
  const other = mode === 'fft' ? scanCost(p, B, L, o.structured) : null;
  requireMemory(
    where,
    `${B} sequence${B === 1 ? '' : 's'} of L = ${L} on the ${mode} path` +
      (other ? ` (mode 'scan' would need ${formatBytes(other.bytes)})` : ''),
    { bytes: cost.bytes, longestArray: B * L },
  );
  if (mode === 'fft') return fftPredictUnchecked(p, us, L, where, o.onProgress);
  return scanUnchecked(p, us, L, teacherStepsFor(o.teacherRatio, L), o.structured, where, o.onProgress);
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
