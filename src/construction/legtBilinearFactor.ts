import { requireFiniteArray, requireInteger, requirePositive } from '../util/validate.ts';

/**
 * The O(N) factorization of the LegT bilinear step matrix M = I - (dt/2) A, computed once per (N, theta, dt).
 *
 * Fields are the quasiseparable LU generators derived in {@link legtBilinearFactor}: `pivot[k]` = U_kk,
 * `lower[k]` = lambda_k (L_ik = a_i lambda_k for i > k), `upper[k]` = mu_k (U_kj = mu_k g_j for j > k).
 */
export interface LegtBilinearFactor {
  readonly N: number;
  readonly theta: number;
  readonly dt: number;
  /** c = dt / (2 theta) */
  readonly c: number;
  /** r_n = sqrt(2n + 1), shape [N] */
  readonly r: Float64Array;
  /** pivots U_kk of M = L U, shape [N] */
  readonly pivot: Float64Array;
  /** lambda_k, shape [N] */
  readonly lower: Float64Array;
  /** mu_k, shape [N] */
  readonly upper: Float64Array;
  /** precomputed for the hot loops: c r_k, g_k = (-1)^k r_k, 1 / p_k; shape [N] each */
  readonly cr: Float64Array;
  readonly g: Float64Array;
  readonly invPivot: Float64Array;
  /**
   * the running sums of both triangular solves as one multiply-add each (see legtStructuredStepInto): forward
   * s_{k+1} = fwdDecay_k s_k + lower_k rhs_k with fwdDecay_k = 1 - lower_k c r_k; backward
   * t_{k-1} = bwdDecay_k t_k + bwdGain_k z_k with bwdDecay_k = 1 - g_k mu_k / p_k, bwdGain_k = g_k / p_k; shape [N]
   */
  readonly fwdDecay: Float64Array;
  readonly bwdDecay: Float64Array;
  readonly bwdGain: Float64Array;
}

/**
 * Factor the LegT bilinear step matrix M = I - (dt/2) A in O(N), using that LegT's A is quasiseparable of rank 1.
 *
 * Derivation. LegT's A = -(1/theta) R S R with R = diag(r), r_n = sqrt(2n+1), and S_nk = 1 for n >= k,
 * (-1)^(n-k) for n < k. With c = dt/(2 theta), M = I + c R S R has entries
 *
 *   M_ij = a_i b_j (i > j),   d_i (i = j),   f_i g_j (i < j)
 *   a_i = c r_i, b_j = r_j, f_i = c (-1)^i r_i, g_j = (-1)^j r_j, d_i = 1 + c r_i^2
 *
 * (both off-diagonal triangles have rank one). Gaussian elimination without pivoting keeps that shape: if, after
 * eliminating indices 0..k-1, the trailing Schur complement is
 *
 *   a_i (b_j - sigma_k g_j) (i > j),   d_i - sigma_k a_i g_i (i = j),   (f_i - sigma_k a_i) g_j (i < j),
 *
 * then eliminating pivot p_k = d_k - sigma_k a_k g_k subtracts a_i g_j lambda_k mu_k from every trailing entry,
 * with lambda_k = (b_k - sigma_k g_k) / p_k and mu_k = f_k - sigma_k a_k, so the same shape holds with
 * sigma_{k+1} = sigma_k + lambda_k mu_k (sigma_0 = 0). Hence M = L U with L_ik = a_i lambda_k (i > k) and
 * U_kk = p_k, U_kj = mu_k g_j (j > k), and both triangular solves are running sums (see
 * {@link legtStructuredSolve}). The symmetric part of M is I + c R (S + S^T) R >= I (S + S^T is 2 on entries of
 * equal parity, a PSD rank-2 matrix), and in practice sigma_k stays in [0, 1) and every pivot is >= 1 + c: we
 * measured residuals of a few ulps times N for N <= 1000 and c from 1e-8 to 1e4, i.e. no pivoting is needed.
 *
 * @param N - state size (integer >= 1)
 * @param theta - LegT window (> 0)
 * @param dt - step (> 0)
 * @returns the frozen factor, O(N) storage
 * @throws RangeError for N < 1, theta <= 0 or dt <= 0
 * @example
 * import { legtStructuredStep } from '../ssm/legtStructuredStep.ts';
 * const f = legtBilinearFactor(64, 1, 1e-3);
 * const x1 = legtStructuredStep(f, new Float64Array(64), 1); // = Bbar for u = 1
 * @see arXiv:2407.09375 (LegT bilinear predictor), arXiv:2008.07669 (LegT)
 */
export function legtBilinearFactor(N: number, theta: number, dt: number): LegtBilinearFactor {
  const where = 'legtBilinearFactor';
  requireInteger(where, 'N', N, 1);
  requirePositive(where, 'theta', theta);
  requirePositive(where, 'dt', dt);
  const c = dt / (2 * theta);
  const r = new Float64Array(N);
  const pivot = new Float64Array(N);
  const lower = new Float64Array(N);
  const upper = new Float64Array(N);
  let sigma = 0;
  for (let k = 0; k < N; k++) {
    const rk = Math.sqrt(2 * k + 1);
    r[k] = rk;
    const a = c * rk;
    const g = k % 2 === 0 ? rk : -rk;
    const f = c * g;
    const p = 1 + c * rk * rk - sigma * a * g;
    pivot[k] = p;
    lower[k] = (rk - sigma * g) / p;
    upper[k] = f - sigma * a;
    sigma += lower[k] * upper[k];
  }
  const cr = r.map((v) => c * v);
  const g = r.map((v, k) => (k % 2 === 0 ? v : -v));
  const invPivot = pivot.map((v) => 1 / v);
  const fwdDecay = lower.map((l, k) => 1 - l * cr[k]);
  const bwdGain = g.map((v, k) => v * invPivot[k]);
  const bwdDecay = upper.map((m, k) => 1 - bwdGain[k] * m);
  return Object.freeze({
    N,
    theta,
    dt,
    c,
    r,
    pivot,
    lower,
    upper,
    cr,
    g,
    invPivot,
    fwdDecay,
    bwdDecay,
    bwdGain,
  });
}

/**
 * Solve M y = rhs for M = I - (dt/2) A (LegT) in O(N) with the factor of {@link legtBilinearFactor}.
 *
 * Forward: z_k = rhs_k - a_k sum_{j<k} lambda_j z_j. Backward: y_k = (z_k - mu_k sum_{j>k} g_j y_j) / p_k.
 *
 * @param factor - from legtBilinearFactor
 * @param rhs - right-hand side, shape [N] (read from `rhsOffset`)
 * @param out - destination, shape [N] (written from `outOffset`; may alias rhs at the same offset)
 * @internal the unchecked kernel used by scans; see legtStructuredStep for the checked entry point
 */
export function legtStructuredSolveInto(
  factor: LegtBilinearFactor,
  rhs: Float64Array,
  rhsOffset: number,
  out: Float64Array,
  outOffset: number,
): void {
  const { N, cr, g, invPivot, lower, upper } = factor;
  let s = 0;
  for (let k = 0; k < N; k++) {
    const z = rhs[rhsOffset + k] - cr[k] * s;
    out[outOffset + k] = z;
    s += lower[k] * z;
  }
  let t = 0;
  for (let k = N - 1; k >= 0; k--) {
    const y = (out[outOffset + k] - upper[k] * t) * invPivot[k];
    out[outOffset + k] = y;
    t += g[k] * y;
  }
}

/**
 * Solve (I - (dt/2) A) y = rhs for LegT's A in O(N) (see {@link legtBilinearFactor} for the derivation).
 *
 * @param factor - from legtBilinearFactor
 * @param rhs - right-hand side, shape [N]
 * @returns y, shape [N]
 * @throws TypeError when rhs is not an array of length N; RangeError when it holds a non-finite value
 * @example legtStructuredSolve(legtBilinearFactor(3, 1, 0.1), Float64Array.of(1, 0, 0))
 * @see arXiv:2407.09375
 * @internal
 */
export function legtStructuredSolve(factor: LegtBilinearFactor, rhs: ArrayLike<number>): Float64Array {
  const b = requireFiniteArray('legtStructuredSolve', 'rhs', rhs);
  if (b.length !== factor.N) {
    throw new TypeError(`legtStructuredSolve: rhs must have length N = ${factor.N}, got length ${b.length}`);
  }
  const out = new Float64Array(factor.N);
  legtStructuredSolveInto(factor, b, 0, out, 0);
  return out;
}

/**
 * Solve M^T y = rhs for M = I - (dt/2) A (LegT) in O(N): with M = L U, M^T = U^T L^T, so
 *
 *   forward (U^T):  w_j = (rhs_j - g_j sum_{k<j} mu_k w_k) / p_j,
 *   backward (L^T): y_k = w_k - lambda_k sum_{i>k} a_i y_i,   a_i = c r_i.
 *
 * `first` skips leading zeros of rhs: entries rhs_j for j < first are taken as 0 (row i of M^-1 is the solve with
 * e_i, first = i).
 *
 * @param factor - from legtBilinearFactor
 * @param rhs - right-hand side, shape [N] (read from `rhsOffset`)
 * @param out - destination, shape [N] (written from `outOffset`; may alias rhs at the same offset)
 * @param first - index of the first possibly non-zero rhs entry; @default 0
 * @internal the unchecked kernel of the fast LegT discretization and the transposed kernel chain
 */
export function legtStructuredSolveTransposedInto(
  factor: LegtBilinearFactor,
  rhs: Float64Array,
  rhsOffset: number,
  out: Float64Array,
  outOffset: number,
  first = 0,
): void {
  const { N, cr, g, invPivot, lower, upper } = factor;
  for (let j = 0; j < first; j++) out[outOffset + j] = 0;
  let s = 0;
  for (let j = first; j < N; j++) {
    const w = (rhs[rhsOffset + j] - g[j] * s) * invPivot[j];
    out[outOffset + j] = w;
    s += upper[j] * w;
  }
  let t = 0;
  for (let k = N - 1; k >= 0; k--) {
    const y = out[outOffset + k] - lower[k] * t;
    out[outOffset + k] = y;
    t += cr[k] * y;
  }
}
