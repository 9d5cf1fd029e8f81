import type { DiscretePredictor } from '../construction/types.ts';
import { predictorStep } from '../construction/predictorStep.ts';
import { legtStructuredStepInto, legtStructuredStepPairInto } from './legtStructuredStep.ts';
import type { LegtBilinearFactor } from './legtStructuredStep.ts';
import type { StructuredChoice } from './types.ts';

/**
 * Smallest N at which `structured: 'auto'` switches the scan of a predictor carrying legtFactor to the O(N) step.
 * The dense step is a [B, N] x [N, N] product at ~N^2 flops per sample; the structured one costs ~10 N flops plus
 * loop overhead, and bench/predict.bench.ts measures it faster from N ~ 16-32 up.
 *
 * @internal a tuning constant
 */
export const STRUCTURED_MIN_N = 32;

/** Output coefficients uhat_{k+1} = Cbar . x_{k+1} + Dbar u_k of one step. */
export interface StepOutput {
  /** shape [N] */
  readonly Cbar: Float64Array;
  readonly Dbar: number;
}

/**
 * Advances a batch of states one step. States are stored row-major as [B, N]: state b is `X[b N, (b + 1) N)`.
 */
export interface BatchStepper {
  readonly kind: 'dense' | 'structured' | 'time-varying';
  readonly N: number;
  /** Xout[b] = Abar_k X[b] + Bbar_k u[b] for b < B (X and Xout distinct buffers of length >= B N) */
  step(X: Float64Array, Xout: Float64Array, u: Float64Array, B: number, k: number): void;
  /**
   * the output coefficients of step k, as construction/predictorStep defines them: the predictor's Cbar, Dbar for
   * LTI predictors except at k = 0 with authorsFirstStep (Cbar / 2); legsOutputStep for LegS
   */
  output(k: number): StepOutput;
}

/**
 * Picks how the scan advances the state of `predictor`: per-step LegS matrices when time-varying, the O(N) LegT
 * step (predictor.legtFactor) when `structured` allows it, else the dense Abar.
 *
 * @param where - calling function, for error messages
 * @param predictor - a validated DiscretePredictor
 * @param structured - see StructuredChoice; @default 'auto'
 * @returns a BatchStepper
 * @throws RangeError when `structured` is true but the predictor carries no legtFactor
 * @example
 * makeStepper('scan', prophecy(hippo('legt', 64), { dt: 1e-4 }), 'auto').kind === 'structured';
 * @see arXiv:2407.09375
 * @internal
 */
export function makeStepper(
  where: string,
  predictor: DiscretePredictor,
  structured: StructuredChoice = 'auto',
): BatchStepper {
  if (predictor.op.timeVarying) return legsStepper(predictor);
  if (structured !== false) {
    const factor = predictor.legtFactor;
    const wanted = structured === true || predictor.Abar.rows >= STRUCTURED_MIN_N;
    if (factor && wanted) return structuredStepper(predictor, factor);
    if (structured === true) {
      throw new RangeError(
        `${where}: structured = true needs a LegT predictor with bilinear discretization, one carrying its O(N) ` +
          `factor (legtFactor, set by prophecy); got measure ${predictor.op.measure}, discretization ` +
          `${JSON.stringify(predictor.discretization)}, no legtFactor`,
      );
    }
  }
  return denseStepper(predictor);
}

function denseStepper(predictor: DiscretePredictor): BatchStepper {
  const N = predictor.Abar.rows;
  const A = predictor.Abar.data;
  const Bv = predictor.Bbar;
  const output = ltiOutput(predictor);
  return {
    kind: 'dense',
    N,
    step(X, Xout, u, B) {
      denseBatch(A, Bv, N, X, Xout, u, B);
    },
    output,
  };
}

/** LTI outputs: constant, except the authors' first-step quirk at k = 0 (uhat_1 = (Cbar/2) x_1 + Dbar u_0). */
function ltiOutput(predictor: DiscretePredictor): (k: number) => StepOutput {
  const out: StepOutput = { Cbar: predictor.Cbar, Dbar: predictor.Dbar };
  if (!predictor.authorsFirstStep) return () => out;
  const first: StepOutput = { Cbar: predictor.Cbar.map((v) => v / 2), Dbar: predictor.Dbar };
  return (k) => (k === 0 ? first : out);
}

/**
 * Xout = X A^T + u Bv^T for the [B, N] batch: pairs of states share each load of A (a 4 x 2 register block, ~1.4x
 * faster than one state at a time in bench/predict.bench.ts), the last odd state goes alone. Every state is summed in
 * the same order either way, so batched results equal one-by-one results bit for bit.
 */
function denseBatch(
  A: Float64Array,
  Bv: Float64Array,
  N: number,
  X: Float64Array,
  Xout: Float64Array,
  u: Float64Array,
  B: number,
): void {
  let b = 0;
  for (; b + 1 < B; b += 2) densePair(A, Bv, N, X, Xout, b * N, u[b], u[b + 1]);
  if (b < B) denseRow(A, Bv, N, X, Xout, b * N, u[b]);
}

/** denseRow for the two states at offsets o and o + N. */
function densePair(
  A: Float64Array,
  Bv: Float64Array,
  N: number,
  X: Float64Array,
  Xout: Float64Array,
  o: number,
  ua: number,
  ub: number,
): void {
  const q = o + N;
  let i = 0;
  for (; i + 3 < N; i += 4) {
    const r0 = i * N;
    const r1 = r0 + N;
    const r2 = r1 + N;
    const r3 = r2 + N;
    let s0 = Bv[i] * ua;
    let s1 = Bv[i + 1] * ua;
    let s2 = Bv[i + 2] * ua;
    let s3 = Bv[i + 3] * ua;
    let t0 = Bv[i] * ub;
    let t1 = Bv[i + 1] * ub;
    let t2 = Bv[i + 2] * ub;
    let t3 = Bv[i + 3] * ub;
    for (let j = 0; j < N; j++) {
      const x = X[o + j];
      const y = X[q + j];
      const a0 = A[r0 + j];
      const a1 = A[r1 + j];
      const a2 = A[r2 + j];
      const a3 = A[r3 + j];
      s0 += a0 * x;
      s1 += a1 * x;
      s2 += a2 * x;
      s3 += a3 * x;
      t0 += a0 * y;
      t1 += a1 * y;
      t2 += a2 * y;
      t3 += a3 * y;
    }
    Xout[o + i] = s0;
    Xout[o + i + 1] = s1;
    Xout[o + i + 2] = s2;
    Xout[o + i + 3] = s3;
    Xout[q + i] = t0;
    Xout[q + i + 1] = t1;
    Xout[q + i + 2] = t2;
    Xout[q + i + 3] = t3;
  }
  for (; i < N; i++) {
    const r = i * N;
    let s = Bv[i] * ua;
    let t = Bv[i] * ub;
    for (let j = 0; j < N; j++) {
      s += A[r + j] * X[o + j];
      t += A[r + j] * X[q + j];
    }
    Xout[o + i] = s;
    Xout[q + i] = t;
  }
}

/**
 * Xout[o + i] = sum_j A[i, j] X[o + j] + Bv[i] ub: four rows of A per pass share each load of X (contiguous
 * inner loops over rows of A and the state).
 */
function denseRow(
  A: Float64Array,
  Bv: Float64Array,
  N: number,
  X: Float64Array,
  Xout: Float64Array,
  o: number,
  ub: number,
): void {
  let i = 0;
  for (; i + 3 < N; i += 4) {
    const r0 = i * N;
    const r1 = r0 + N;
    const r2 = r1 + N;
    const r3 = r2 + N;
    let s0 = Bv[i] * ub;
    let s1 = Bv[i + 1] * ub;
    let s2 = Bv[i + 2] * ub;
    let s3 = Bv[i + 3] * ub;
    for (let j = 0; j < N; j++) {
      const xj = X[o + j];
      s0 += A[r0 + j] * xj;
      s1 += A[r1 + j] * xj;
      s2 += A[r2 + j] * xj;
      s3 += A[r3 + j] * xj;
    }
    Xout[o + i] = s0;
    Xout[o + i + 1] = s1;
    Xout[o + i + 2] = s2;
    Xout[o + i + 3] = s3;
  }
  for (; i < N; i++) {
    const r = i * N;
    let s = Bv[i] * ub;
    for (let j = 0; j < N; j++) s += A[r + j] * X[o + j];
    Xout[o + i] = s;
  }
}

function structuredStepper(predictor: DiscretePredictor, factor: LegtBilinearFactor): BatchStepper {
  const N = factor.N;
  return {
    kind: 'structured',
    N,
    step(X, Xout, u, B) {
      // pairs of states interleave their (latency-bound) running sums; the same arithmetic per state either way
      let b = 0;
      for (; b + 1 < B; b += 2)
        legtStructuredStepPairInto(factor, X, b * N, (b + 1) * N, u[b], u[b + 1], Xout);
      if (b < B) legtStructuredStepInto(factor, X, b * N, u[b], Xout, b * N);
    },
    output: ltiOutput(predictor),
  };
}

/**
 * LegS: every step's Abar_k, Bbar_k, Cbar_k, Dbar_k come from construction/predictorStep (legsStep(A, B, k,
 * discretization) and legsOutputStep(C, D, k, output): h_k = 1/(k + 1), copy-last output while the trapezoid is
 * undefined, D h_k / 2 >= 1), computed once per step and shared by the whole batch.
 */
function legsStepper(predictor: DiscretePredictor): BatchStepper {
  const N = predictor.op.N;
  let cachedK = 0;
  let current = predictorStep(predictor, 0);
  const at = (k: number) => {
    if (k !== cachedK) {
      current = predictorStep(predictor, k);
      cachedK = k;
    }
    return current;
  };
  return {
    kind: 'time-varying',
    N,
    step(X, Xout, u, B, k) {
      const { Abar, Bbar } = at(k);
      denseBatch(Abar.data, Bbar, N, X, Xout, u, B);
    },
    output: (k) => at(k),
  };
}
