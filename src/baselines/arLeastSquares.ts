import { requireFinite, requireInteger } from '../util/validate.ts';
import { checkSignalAndOptions } from './checkOptions.ts';

/** Options of {@link arLeastSquares}. */
export type ArLeastSquaresOptions = {
  /**
   * p, the number of past values regressed on, integer >= 1
   * @default 4
   */
  readonly order?: number;
  /**
   * Tikhonov regularisation relative to the mean diagonal of the normal matrix: lambda = ridge * trace(X^T X) / dim
   * is added to its diagonal, so the fit is invariant to the scale of u and the regularisation always stays above
   * round-off (which matters when X^T X is singular, e.g. a pure sinusoid with order > 2). The price is a bias of
   * order ridge / (smallest relative eigenvalue of X^T X) in the forecast (measured on sin(w k): 6e-12 at w = 0.1,
   * 1e-10 at w = 0.01 with order 4). 1e-12 keeps a margin of ~10^4 above the round-off (~eps) of a singular X^T X;
   * >= 0, and 0 is only safe for a well-conditioned X^T X
   * @default 1e-12
   */
  readonly ridge?: number;
  /**
   * number of samples k + 1 that must have been seen before the AR forecast is used; earlier steps copy the last
   * value. Integer >= order + 1 (one regression pair), or >= order + 2 with an intercept
   * @default 2 * order (+ 1 with an intercept)
   */
  readonly minHistory?: number;
  /**
   * also fit a constant term (affine AR: u[j] ~ a_0 + sum_i a_i u[j - i])
   * @default false
   */
  readonly intercept?: boolean;
};

/**
 * Autoregressive AR(p) predictor refitted in context at every step by (ridge-regularised) least squares on all
 * regression pairs seen so far, itself an in-context learner:
 *
 *   a^(k) = argmin_a sum_{j=p}^{k} (u[j] - sum_{i=1}^{p} a_i u[j - i])^2 + lambda |a|^2,
 *   out[k] = sum_{i=1}^{p} a^(k)_i u[k + 1 - i].
 *
 * The normal equations (X^T X + lambda I) a = X^T y are accumulated incrementally (one rank-one update per step)
 * and the small p x p system is solved by Cholesky at every step: O(L p^2 + L p^3) in total. Its forecasts become
 * exact (up to round-off and the tiny ridge bias) once the context holds enough pairs for any signal that obeys a
 * linear recurrence of order <= p: a damped sinusoid obeys u[j] = 2 r cos(w) u[j-1] - r^2 u[j-2], a sum of q
 * sinusoids one of order 2q.
 *
 * Start-up: for k + 1 < minHistory the forecast is out[k] = u[k] (copy-last); the same fallback is used at a step
 * whose regularised normal matrix is numerically singular (only possible with ridge = 0). Causal: out[k] uses
 * u[0..k] only.
 *
 * @param u - the signal, shape [L]
 * @param options - order, ridge, minHistory, intercept
 * @returns forecasts, shape [L]; out[k] predicts u[k + 1]
 * @throws TypeError for a non-array u, an unknown option or a non-boolean intercept; RangeError on NaN or
 *   Infinity, order < 1, ridge < 0 or minHistory too small
 * @example
 *   const u = Float64Array.from({ length: 50 }, (_, k) => Math.sin(0.3 * k));
 *   arLeastSquares(u, { order: 2 })[40] // ~ Math.sin(0.3 * 41)
 * @see arXiv:2407.09375
 */
export function arLeastSquares(u: Float64Array, options?: ArLeastSquaresOptions): Float64Array {
  const where = 'arLeastSquares';
  const [x, o] = checkSignalAndOptions(where, u, options, ['order', 'ridge', 'minHistory', 'intercept']);
  const p = requireInteger(where, 'order', o.order ?? 4, 1);
  const ridge = requireFinite(where, 'ridge', o.ridge ?? 1e-12);
  if (ridge < 0) throw new RangeError(`${where}: ridge must be >= 0, got ${ridge}`);
  const intercept = o.intercept ?? false;
  if (typeof intercept !== 'boolean')
    throw new TypeError(`${where}: intercept must be a boolean, got ${typeof intercept}`);
  const dim = p + (intercept ? 1 : 0);
  // one regression pair needs p + 1 samples; the intercept adds one unknown, hence one more pair
  const minimal = dim + 1;
  const minHistory = requireInteger(where, 'minHistory', o.minHistory ?? 2 * p + (intercept ? 1 : 0), 0);
  if (minHistory < minimal) {
    throw new RangeError(
      `${where}: minHistory must be an integer >= ${minimal} (order + 1${intercept ? ' + 1' : ''}), got ${minHistory}`,
    );
  }
  const L = x.length;
  const out = new Float64Array(L);
  const G = new Float64Array(dim * dim); // X^T X, row-major, only the upper triangle is updated and read
  const b = new Float64Array(dim); // X^T y
  const r = new Float64Array(dim); // regressor row
  const M = new Float64Array(dim * dim); // Cholesky factor workspace
  const a = new Float64Array(dim);
  for (let k = 0; k < L; k++) {
    if (k >= p) {
      // pair (target u[k], regressors u[k-1], ..., u[k-p] [, 1])
      for (let i = 0; i < p; i++) r[i] = x[k - 1 - i];
      if (intercept) r[p] = 1;
      for (let i = 0; i < dim; i++) {
        for (let j = i; j < dim; j++) G[i * dim + j] += r[i] * r[j];
        b[i] += r[i] * x[k];
      }
    }
    if (k + 1 < minHistory || !solve(G, b, ridge, dim, M, a)) {
      out[k] = x[k];
      continue;
    }
    let s = intercept ? a[p] : 0;
    for (let i = 0; i < p; i++) s += a[i] * x[k - i];
    out[k] = s;
  }
  return out;
}

/**
 * Solves (G + lambda I) a = b for symmetric G (upper triangle used), lambda = ridge * trace(G) / dim (ridge itself
 * when the trace is 0), by Cholesky into the workspace M; false when a pivot is not positive.
 */
function solve(
  G: Float64Array,
  b: Float64Array,
  ridge: number,
  dim: number,
  M: Float64Array,
  a: Float64Array,
): boolean {
  let trace = 0;
  for (let i = 0; i < dim; i++) trace += G[i * dim + i];
  const lambda = trace > 0 ? (ridge * trace) / dim : ridge;
  // lower Cholesky factor: M[i][j] for j <= i
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j <= i; j++) {
      let s = G[j * dim + i] + (i === j ? lambda : 0);
      for (let l = 0; l < j; l++) s -= M[i * dim + l] * M[j * dim + l];
      if (i === j) {
        if (!(s > 0)) return false;
        M[i * dim + i] = Math.sqrt(s);
      } else {
        M[i * dim + j] = s / M[j * dim + j];
      }
    }
  }
  for (let i = 0; i < dim; i++) {
    let s = b[i];
    for (let l = 0; l < i; l++) s -= M[i * dim + l] * a[l];
    a[i] = s / M[i * dim + i];
  }
  for (let i = dim - 1; i >= 0; i--) {
    let s = a[i];
    for (let l = i + 1; l < dim; l++) s -= M[l * dim + i] * a[l];
    a[i] = s / M[i * dim + i];
  }
  return true;
}
