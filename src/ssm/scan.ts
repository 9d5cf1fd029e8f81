import type { DiscretePredictor } from '../construction/types.ts';
import { requireInteger, requireOneOf, requireOptions } from '../util/validate.ts';
import { requireBatch, splitRows } from './requireBatch.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import { makeStepper } from './stepper.ts';
import type { BatchStepper } from './stepper.ts';
import type { StridedBatch, StructuredChoice } from './types.ts';

/** Options of {@link scan}. */
export interface ScanOptions {
  /**
   * How many leading inputs are the true u_k (teacher forcing); from step k = teacherSteps on, the model is fed its
   * own previous prediction out[k - 1] instead of u_k (autoregressive rollout). Integer in [1, L] (0 only for L = 0).
   * @default L (pure teacher forcing)
   */
  teacherSteps?: number;
  /**
   * O(N) LegT bilinear step ('auto': for predictors carrying legtFactor with N >= 32, see StructuredChoice), or the
   * dense Abar.
   * @default 'auto'
   */
  structured?: StructuredChoice;
}

/**
 * Runs the predictor's recurrence over a batch of B sequences (state [B', N] row-major, one [B', N] x [N, N] product
 * per step, B' = 2 for LTI predictors, B' = B for LegS):
 *
 *   x_0 = 0,   x_{k+1} = Abar x_k + Bbar v_k,   out[k] = uhat_{k+1} = Cbar x_{k+1} + Dbar v_k,
 *
 * with v_k = u_k for k < teacherSteps and v_k = out[k - 1] afterwards. out[k] predicts u[k + 1].
 *
 * Every step uses the matrices construction/predictorStep(predictor, k) defines:
 * - LegS (predictor.op.timeVarying): Abar_k, Bbar_k = legsStep(A, B, k, discretization) and Cbar_k, Dbar_k =
 *   legsOutputStep(C, D, k, output) (h_k = 1/(k+1); copy-last while the trapezoid is undefined, D h_k / 2 >= 1).
 * - predictor.authorsFirstStep: at k = 0 only, out[0] = (Cbar/2) x_1 + Dbar u_0 (one C term instead of two, see
 *   prophecy); in a rollout with teacherSteps = 1 that out[0] is what is fed back at k = 1.
 * - LegT bilinear predictors (those carrying legtFactor) use the O(N) structured step (legtStructuredStep) per
 *   `structured`.
 *
 * Each sequence's arithmetic is the same whatever the batch, so batched results equal one-by-one results exactly.
 *
 * @param predictor - DiscretePredictor (Abar [N, N], Bbar [N], Cbar [N], Dbar), or any discrete SISO system (asPredictor:
 *   ss(..., { dt }) / { A, B, C, D, dt } in standard form, out[k] = y_k; { Abar, Bbar, Cbar, Dbar } in predictor form)
 * @param input - B sequences of length L: an array of Float64Array (or number[]) or a StridedBatch [B, L]
 * @param options - see ScanOptions
 * @returns predictions of the same kind as the input: Float64Array[] (subarray views of one [B, L] buffer) or a
 *   StridedBatch
 * @throws TypeError for ragged or mistyped input or a malformed predictor; RangeError for non-finite input (naming
 *   the index), teacherSteps outside [1, L], or structured = true on a predictor without legtFactor
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const u = Float64Array.from({ length: 1000 }, (_, k) => Math.sin(k / 50));
 * const [out] = scan(p, [u]); // out[k] ~ u[k + 1]
 * const roll = scan(p, [u], { teacherSteps: 100 }); // rollout after 100 true samples
 * @see arXiv:2407.09375
 */
export function scan(
  predictor: PredictorLike,
  input: readonly ArrayLike<number>[],
  options?: ScanOptions,
): Float64Array[];
export function scan(predictor: PredictorLike, input: StridedBatch, options?: ScanOptions): StridedBatch;
export function scan(
  predictor: PredictorLike,
  input: readonly ArrayLike<number>[] | StridedBatch,
  options?: ScanOptions,
): Float64Array[] | StridedBatch {
  const where = 'scan';
  options = requireOptions(where, options);
  const p = asPredictor(where, predictor);
  const { views, batch, length } = requireBatch(where, 'input', input);
  const teacherSteps = options.teacherSteps ?? length;
  requireInteger(where, 'options.teacherSteps', teacherSteps, length === 0 ? 0 : 1);
  if (teacherSteps > length) {
    throw new RangeError(`${where}: options.teacherSteps must be <= L = ${length}, got ${teacherSteps}`);
  }
  const structured = options.structured ?? 'auto';
  if (typeof structured !== 'boolean') requireOneOf(where, 'options.structured', structured, ['auto']);
  const data = scanUnchecked(p, views, length, teacherSteps, structured, where);
  return Array.isArray(input) ? splitRows(data, batch, length) : { data, batch, length };
}

/**
 * The scan loop on validated input; returns the [B, L] row-major predictions.
 *
 * @internal shared by scan, rollout, kernel and predictNext
 */
export function scanUnchecked(
  predictor: DiscretePredictor,
  us: readonly Float64Array[],
  L: number,
  teacherSteps: number,
  structured: StructuredChoice,
  where: string,
  onProgress?: (done: number, total: number) => void,
): Float64Array {
  const B = us.length;
  const stepper = makeStepper(where, predictor, structured);
  const out = new Float64Array(B * L);
  // LTI: blocks of 2 sequences keep the [2, N] state in L1 while the pair shares each load of Abar (bench: 1.5-2x
  // faster than stepping all B states together); LegS: the whole batch per step, so each step's matrices are built
  // once. Per-sequence arithmetic is the same either way.
  const block = stepper.kind === 'time-varying' ? Math.max(B, 1) : 2;
  for (let b0 = 0; b0 < B; b0 += block) {
    scanBlock(stepper, us.slice(b0, b0 + block), L, teacherSteps, out, b0 * L, onProgress, B * L);
  }
  return out;
}

function scanBlock(
  stepper: BatchStepper,
  us: readonly Float64Array[],
  L: number,
  teacherSteps: number,
  out: Float64Array,
  outOffset: number,
  onProgress?: (done: number, total: number) => void,
  total = 0,
): void {
  const B = us.length;
  const N = stepper.N;
  let X = new Float64Array(B * N);
  let Xn = new Float64Array(B * N);
  const v = new Float64Array(B);
  for (let k = 0; k < L; k++) {
    if (k < teacherSteps) {
      for (let b = 0; b < B; b++) v[b] = us[b][k];
    } else {
      for (let b = 0; b < B; b++) v[b] = out[outOffset + b * L + k - 1];
    }
    // progress about every 2^16 steps (outOffset / L blocks before this one are done)
    if (onProgress !== undefined && (k & 0xffff) === 0xffff) onProgress(outOffset + B * (k + 1), total);
    stepper.step(X, Xn, v, B, k);
    const t = X;
    X = Xn;
    Xn = t;
    const { Cbar, Dbar } = stepper.output(k);
    for (let b = 0; b < B; b++) {
      const o = b * N;
      let s = Dbar * v[b];
      for (let i = 0; i < N; i++) s += Cbar[i] * X[o + i];
      out[outOffset + b * L + k] = s;
    }
  }
}
