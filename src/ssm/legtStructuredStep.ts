import { requireFiniteArray, requireFinite } from '../util/validate.ts';
import type { LegtBilinearFactor } from '../construction/legtBilinearFactor.ts';

// the factor lives in construction (the fast LegT discretization uses it too); re-exported here for the ssm API
export type { LegtBilinearFactor } from '../construction/legtBilinearFactor.ts';
export {
  legtBilinearFactor,
  legtStructuredSolve,
  legtStructuredSolveInto,
  legtStructuredSolveTransposedInto,
} from '../construction/legtBilinearFactor.ts';

/**
 * One LegT bilinear step in O(N): x_{k+1} = Abar x_k + Bbar u_k without forming Abar.
 *
 * With M = I - (dt/2) A: Abar = M^-1 (I + (dt/2) A) = 2 M^-1 - I and Bbar = dt M^-1 B, B = r / theta, so
 *
 *   x_{k+1} = M^-1 (2 x_k + dt B u_k) - x_k = 2 M^-1 (x_k + c r u_k) - x_k,   c = dt / (2 theta).
 *
 * @param factor - from legtBilinearFactor (fixes N, theta, dt)
 * @param x - state x_k, shape [N]
 * @param u - input u_k (finite)
 * @returns x_{k+1}, shape [N]
 * @throws TypeError when x has the wrong length; RangeError for non-finite x or u
 * @example legtStructuredStep(legtBilinearFactor(4, 1, 1e-2), new Float64Array(4), 1) // Bbar
 * @see arXiv:2407.09375
 * @internal
 */
export function legtStructuredStep(
  factor: LegtBilinearFactor,
  x: ArrayLike<number>,
  u: number,
): Float64Array {
  const xs = requireFiniteArray('legtStructuredStep', 'x', x);
  requireFinite('legtStructuredStep', 'u', u);
  if (xs.length !== factor.N) {
    throw new TypeError(`legtStructuredStep: x must have length N = ${factor.N}, got length ${xs.length}`);
  }
  const out = new Float64Array(factor.N);
  legtStructuredStepInto(factor, xs, 0, u, out, 0);
  return out;
}

/**
 * Unchecked in-place kernel of {@link legtStructuredStep}: writes x_{k+1} to `out` at `outOffset` (out may be x).
 *
 * Both running sums are written as one multiply-add per index, s_{k+1} = fwdDecay_k s_k + lower_k rhs_k and
 * t_{k-1} = bwdDecay_k t_k + bwdGain_k z_k (algebraically the same recurrences as legtStructuredSolveInto, with the
 * intermediate z_k, y_k computed off the dependency chain): the loop is bound by the latency of that chain, so this
 * halves its length (bench: ~2x faster per step).
 *
 * @internal used by the batched scan
 */
export function legtStructuredStepInto(
  factor: LegtBilinearFactor,
  x: Float64Array,
  xOffset: number,
  u: number,
  out: Float64Array,
  outOffset: number,
): void {
  const { N, cr, invPivot, lower, upper, fwdDecay, bwdDecay, bwdGain } = factor;
  // forward substitution on rhs_k = 2 (x_k + c r_k u), keeping x_k untouched until it is read back
  let s = 0;
  const tmp = scratch(N);
  for (let k = 0; k < N; k++) {
    const rhs = 2 * (x[xOffset + k] + cr[k] * u);
    tmp[k] = rhs - cr[k] * s;
    s = fwdDecay[k] * s + lower[k] * rhs;
  }
  let t = 0;
  for (let k = N - 1; k >= 0; k--) {
    const z = tmp[k];
    out[outOffset + k] = (z - upper[k] * t) * invPivot[k] - x[xOffset + k];
    t = bwdDecay[k] * t + bwdGain[k] * z;
  }
}

/**
 * legtStructuredStepInto for two states at once (offsets oa and ob of X, written to the same offsets of out; out
 * must not alias X): the two independent dependency chains interleave, so the pair costs about as much as one
 * state. Each state's arithmetic is exactly that of legtStructuredStepInto.
 *
 * @internal used by the batched scan
 */
export function legtStructuredStepPairInto(
  factor: LegtBilinearFactor,
  X: Float64Array,
  oa: number,
  ob: number,
  ua: number,
  ub: number,
  out: Float64Array,
): void {
  const { N, cr, invPivot, lower, upper, fwdDecay, bwdDecay, bwdGain } = factor;
  let sa = 0;
  let sb = 0;
  // the forward sums go to `out` (read back before being overwritten in the backward pass)
  for (let k = 0; k < N; k++) {
    const c = cr[k];
    const ra = 2 * (X[oa + k] + c * ua);
    const rb = 2 * (X[ob + k] + c * ub);
    out[oa + k] = ra - c * sa;
    out[ob + k] = rb - c * sb;
    const d = fwdDecay[k];
    const l = lower[k];
    sa = d * sa + l * ra;
    sb = d * sb + l * rb;
  }
  let ta = 0;
  let tb = 0;
  for (let k = N - 1; k >= 0; k--) {
    const za = out[oa + k];
    const zb = out[ob + k];
    const m = upper[k];
    const ip = invPivot[k];
    out[oa + k] = (za - m * ta) * ip - X[oa + k];
    out[ob + k] = (zb - m * tb) * ip - X[ob + k];
    const d = bwdDecay[k];
    const gn = bwdGain[k];
    ta = d * ta + gn * za;
    tb = d * tb + gn * zb;
  }
}

let scratchBuffer = new Float64Array(0);
function scratch(n: number): Float64Array {
  if (scratchBuffer.length < n) scratchBuffer = new Float64Array(n);
  return scratchBuffer;
}
