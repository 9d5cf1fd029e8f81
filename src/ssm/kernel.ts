import type { DiscretePredictor } from '../construction/types.ts';
import { requireInteger, requireOptions } from '../util/validate.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import type { LegtBilinearFactor } from './legtStructuredStep.ts';
import { makeStepper } from './stepper.ts';
import type { StructuredChoice } from './types.ts';
import { legtKernelWasm } from './wasm/wasmLegtKernel.ts';

/** Options of {@link kernel}. */
export interface KernelOptions {
  /** O(N) LegT step for the powers of Abar (see StructuredChoice); @default 'auto' */
  structured?: StructuredChoice;
}

/**
 * The convolution kernel of an LTI predictor, K_j = Cbar Abar^j Bbar for j = 0..L-1, so that
 *
 *   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k = sum_{j=0..k} K_j u_{k-j} + Dbar u_k
 *
 * (from x_{k+1} = sum_{i<=k} Abar^(k-i) Bbar u_i, x_0 = 0). Computed by repeated products v_{j+1} = Abar v_j,
 * v_0 = Bbar: O(L N^2), or O(L N) with the structured LegT step (predictor.legtFactor; from both ends at once, in
 * WebAssembly when available). The authors' first-step quirk is not part of K
 * (it only replaces out[0]).
 *
 * @param predictor - LTI DiscretePredictor (Abar [N, N], Bbar [N], Cbar [N]), or any discrete SISO system (asPredictor):
 *   for a standard-form system (ss / { A, B, C, D, dt }) K is its Markov parameters h_0 = D, h_j = C A^(j-1) B
 * @param L - kernel length, integer >= 0
 * @param options - see KernelOptions
 * @returns K, shape [L]
 * @throws RangeError for a time-varying (LegS) predictor, which has no single kernel, or L not an integer >= 0;
 *   TypeError for a malformed predictor
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const K = kernel(p, 3); // K[0] = Cbar . Bbar
 * Math.abs(K[0] - p.Cbar.reduce((s, c, i) => s + c * p.Bbar[i], 0)) < 1e-12;
 * @see arXiv:2407.09375, arXiv:2111.00396 (S4 convolution view)
 */
export function kernel(predictor: PredictorLike, L: number, options?: KernelOptions): Float64Array {
  const where = 'kernel';
  options = requireOptions(where, options);
  const p = asPredictor(where, predictor);
  requireInteger(where, 'L', L, 0);
  if (p.op.timeVarying) {
    throw new RangeError(
      `${where}: the predictor is time-varying (${p.op.measure}); it has no convolution kernel`,
    );
  }
  return kernelUnchecked(p, L, options.structured ?? 'auto');
}

/**
 * kernel() on a validated LTI predictor.
 *
 * @internal used by the FFT path
 */
export function kernelUnchecked(p: DiscretePredictor, L: number, structured: StructuredChoice): Float64Array {
  const K = new Float64Array(L);
  if (L === 0) return K;
  const stepper = makeStepper('kernel', p, structured);
  const factor = p.legtFactor;
  if (stepper.kind === 'structured' && factor) {
    return legtKernelWasm(factor, p.Bbar, p.Cbar, L) ?? kernelTwoSided(p, factor, K);
  }
  const N = stepper.N;
  const C = p.Cbar;
  let v = Float64Array.from(p.Bbar);
  let w = new Float64Array(N);
  const zero = new Float64Array(1);
  for (let j = 0; ; j++) {
    let s = 0;
    for (let i = 0; i < N; i++) s += C[i] * v[i];
    K[j] = s;
    if (j === L - 1) break;
    stepper.step(v, w, zero, 1, j);
    const t = v;
    v = w;
    w = t;
  }
  return K;
}

/**
 * The structured (LegT bilinear) kernel from both ends: with v_b = Abar^b Bbar and w_a = (Abar^T)^a Cbar,
 * K_{a+b} = w_a . v_b, so K_{2i} = w_i . v_i and K_{2i+1} = w_i . v_{i+1} need only ceil(L/2) steps of each chain.
 * The two chains are independent, so one loop advancing both (legtKernelPairStep) costs about one step: the
 * single chain is bound by the latency of the running sums of the O(N) solves, not by arithmetic (~2x faster).
 */
function kernelTwoSided(p: DiscretePredictor, f: LegtBilinearFactor, K: Float64Array): Float64Array {
  const L = K.length;
  const N = f.N;
  let v = Float64Array.from(p.Bbar);
  let w = Float64Array.from(p.Cbar);
  let v2 = new Float64Array(N);
  let w2 = new Float64Array(N);
  const tGain = f.upper.map((m, k) => m * f.invPivot[k]);
  for (let i = 0; ; i++) {
    let s = 0;
    for (let k = 0; k < N; k++) s += w[k] * v[k];
    K[2 * i] = s;
    if (2 * i + 1 >= L) break;
    legtKernelPairStep(f, tGain, v, v2, w, w2);
    s = 0;
    for (let k = 0; k < N; k++) s += w[k] * v2[k];
    K[2 * i + 1] = s;
    if (2 * i + 2 >= L) break;
    let t = v;
    v = v2;
    v2 = t;
    t = w;
    w = w2;
    w2 = t;
  }
  return K;
}

/**
 * vOut = Abar v and wOut = Abar^T w for the LegT bilinear Abar = 2 M^-1 - I in one pass (outputs must not alias
 * inputs): M^-1 (2 v) by the forward and backward running sums of legtStructuredStepInto, M^-T (2 w) by those of
 * legtStructuredSolveTransposedInto written as one multiply-add each (U^T: s' = bwdDecay_j s + (mu_j / p_j) rhs_j;
 * L^T: t' = fwdDecay_k t + c r_k z_k), the two chains interleaved.
 */
function legtKernelPairStep(
  f: LegtBilinearFactor,
  tGain: Float64Array,
  v: Float64Array,
  vOut: Float64Array,
  w: Float64Array,
  wOut: Float64Array,
): void {
  const { N, cr, g, invPivot, lower, upper, fwdDecay, bwdDecay, bwdGain } = f;
  let sv = 0;
  let sw = 0;
  for (let k = 0; k < N; k++) {
    const rv = 2 * v[k];
    const rw = 2 * w[k];
    vOut[k] = rv - cr[k] * sv;
    wOut[k] = (rw - g[k] * sw) * invPivot[k];
    sv = fwdDecay[k] * sv + lower[k] * rv;
    sw = bwdDecay[k] * sw + tGain[k] * rw;
  }
  let tv = 0;
  let tw = 0;
  for (let k = N - 1; k >= 0; k--) {
    const zv = vOut[k];
    const zw = wOut[k];
    vOut[k] = (zv - upper[k] * tv) * invPivot[k] - v[k];
    wOut[k] = zw - lower[k] * tw - w[k];
    tv = bwdDecay[k] * tv + bwdGain[k] * zv;
    tw = fwdDecay[k] * tw + cr[k] * zw;
  }
}
