import type { DiscretePredictor } from '../construction/types.ts';
import { predictorStep } from '../construction/predictorStep.ts';
import {
  legtBilinearFactor,
  legtStructuredStepInto,
  legtStructuredStepPairInto,
} from './legtStructuredStep.ts';
import type { LegtBilinearFactor } from './legtStructuredStep.ts';
import type { StructuredChoice } from './types.ts';

/**
 * Smallest N at which `structured: 'auto'` switches LegT bilinear predictors to the O(N) step. The dense step is
 * a [B, N] x [N, N] product at ~N^2 flops per sample; the structured one costs ~10 N flops plus loop overhead, and
 * bench/predict.bench.ts measures it faster from N ~ 16-32 up (see the report in that file).
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

const factorCache = new WeakMap<DiscretePredictor, LegtBilinearFactor | null>();

/** Relative mismatch above which a predictor's Abar, Bbar are not the LegT bilinear ones (probe check). */
const STRUCTURE_PROBE_TOL = 1e-9;

/**
 * The O(N) LegT factor for `predictor` when it is a LegT bilinear LTI predictor whose Abar, Bbar really are the
 * bilinear LegT ones (checked once by one O(N^2) probe product, since a trained predictor may carry other
 * matrices with the same `op`), else null. Cached per predictor object.
 *
 * @param predictor - a validated DiscretePredictor
 * @returns the factor or null
 * @example structuredFactorFor(prophecy(hippo('legt', 64), { dt: 1e-4 })) // non-null
 * @see arXiv:2407.09375
 */
export function structuredFactorFor(predictor: DiscretePredictor): LegtBilinearFactor | null {
  const hit = factorCache.get(predictor);
  if (hit !== undefined) return hit;
  let factor: LegtBilinearFactor | null = null;
  const { op } = predictor;
  const N = predictor.Abar.rows;
  const d = predictor.discretization;
  const bilinear = d === 'bilinear' || (typeof d === 'object' && d !== null && d.gbt === 0.5);
  if (op.measure === 'legt' && !op.timeVarying && bilinear && op.N === N) {
    const candidate = legtBilinearFactor(N, op.theta, predictor.dt);
    // probe: x = a fixed pseudo-random vector, u = 1; compare Abar x + Bbar with the structured step
    const x = new Float64Array(N);
    for (let i = 0; i < N; i++) x[i] = Math.sin(1.3 + 0.77 * i);
    const s = new Float64Array(N);
    legtStructuredStepInto(candidate, x, 0, 1, s, 0);
    const A = predictor.Abar.data;
    let diff = 0;
    let scale = 0;
    for (let i = 0; i < N; i++) {
      let y = predictor.Bbar[i];
      for (let j = 0; j < N; j++) y += A[i * N + j] * x[j];
      diff = Math.max(diff, Math.abs(y - s[i]));
      scale = Math.max(scale, Math.abs(y));
    }
    if (diff <= STRUCTURE_PROBE_TOL * Math.max(scale, 1e-300)) factor = candidate;
  }
  factorCache.set(predictor, factor);
  return factor;
}

/**
 * Picks how the scan advances the state of `predictor`: per-step LegS matrices when time-varying, the O(N) LegT
 * step when `structured` allows it, else the dense Abar.
 *
 * @param where - calling function, for error messages
 * @param predictor - a validated DiscretePredictor
 * @param structured - see StructuredChoice; @default 'auto'
 * @returns a BatchStepper
 * @throws RangeError when `structured` is true but the predictor is not a LegT bilinear LTI predictor
 * @example
 * makeStepper('scan', prophecy(hippo('legt', 64), { dt: 1e-4 }), 'auto').kind === 'structured';
 * @see arXiv:2407.09375
 */
export function makeStepper(
  where: string,
  predictor: DiscretePredictor,
  structured: StructuredChoice = 'auto',
): BatchStepper {
  if (predictor.op.timeVarying) return legsStepper(predictor);
  if (structured !== false) {
    const wanted = structured === true || predictor.Abar.rows >= STRUCTURED_MIN_N;
    const factor = wanted ? structuredFactorFor(predictor) : null;
    if (factor) return structuredStepper(predictor, factor);
    if (structured === true) {
      throw new RangeError(
        `${where}: structured = true needs a LegT predictor with bilinear discretization whose Abar, Bbar are the ` +
          `bilinear LegT ones; got measure ${predictor.op.measure}, discretization ` +
          `${JSON.stringify(predictor.discretization)}`,
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
