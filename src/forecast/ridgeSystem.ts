import type { Matrix } from '../linalg/matrix.ts';
import { requireFiniteMatrix } from '../linalg/requireMatrix.ts';
import { householderQr } from '../linalg/householderQr.ts';
import { svdJacobi } from '../linalg/svdJacobi.ts';
import type { RidgeReadout } from './types.ts';

/** Singular values below this fraction of the largest are treated as 0 (a few hundred ulps: rounding of Z). */
const RANK_CUTOFF = 1e-14;

/**
 * A ridge regression prepared for any regularisation strength: the standardised design, its singular value
 * decomposition and the projected targets (see {@link ridgeSystem}).
 */
export interface RidgeSystem {
  /** n, F, H: rows, features (without the constant), outputs */
  readonly rows: number;
  readonly features: number;
  readonly outputs: number;
  /** column means mu_j and scales sigma_j of the design (sigma_j = 1 for a constant column), shape [F] */
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** target means, shape [H] */
  readonly targetMean: Float64Array;
  /** Z = (X - mu) / sigma, shape [n, F], and the centred targets Y - ybar, shape [n, H] */
  readonly standardized: Matrix;
  readonly centeredTargets: Matrix;
  /**
   * the r = min(n, F) singular values sigma_i of Z (descending; those below 1e-14 sigma_0 set to 0: rank-deficient
   * directions) and their right singular vectors V (columns), shapes [r], [F, r]
   */
  readonly singularValues: Float64Array;
  readonly V: Matrix;
  /** c = V^T Z^T (Y - ybar) = diag(sigma) U^T (Y - ybar), shape [r, H] */
  readonly projected: Matrix;
  /**
   * the unit of lambda: the mean eigenvalue trace(Z^T Z) / (non-constant columns), n with column standardisation;
   * lambda = rho * penaltyUnit
   */
  readonly penaltyUnit: number;
}

/** Options of {@link ridgeSystem}. */
export interface RidgeSystemOptions {
  /**
   * per-column scales sigma_j > 0 to standardise by instead of the columns' standard deviations (e.g. scales that
   * follow from the channels' spreads, so that features of the same units are penalised alike, see
   * polynomialFeatures' `scales`); shape [F]. Columns are centred either way
   * @default the columns' population standard deviations
   */
  scale?: ArrayLike<number>;
}

/**
 * Prepares the ridge regression of targets Y on features X with an unpenalised intercept:
 *
 *   min_{b, W} ||Y - 1 b^T - X W||^2 + lambda ||Sigma W||^2,   Sigma = diag(sigma),
 *
 * solved on standardised columns Z = (X - 1 mu^T) Sigma^-1 (mu_j the mean of column j over the n rows; sigma_j its
 * population standard deviation, or the scale the caller gives; a constant column is zeroed and drops out): the
 * penalty measures every coefficient in units of its feature's scale; centring makes the intercept unpenalised
 * and decoupled, b = ybar - W^T mu. With the singular value decomposition Z = U diag(sigma) V^T, obtained from
 * a Householder QR Z = Q R (linalg householderQr) and the one-sided Jacobi SVD of the small R (linalg svdJacobi;
 * with fewer rows than features, the SVD of Z^T directly),
 *
 *   beta(lambda) = V diag(sigma / (sigma^2 + lambda)) U^T (Y - 1 ybar^T),   W = Sigma^-1 beta,   lambda = rho m,
 *
 * m = trace(Z^T Z) / (non-constant columns) the mean eigenvalue (= n with column standardisation), so rho is
 * dimensionless. Working on Z rather than on the Gram matrix Z^T Z keeps directions with sigma_i down to
 * ~eps sigma_0 (through Z^T Z they drown below sqrt(eps) sigma_0): features of a memory are nearly collinear,
 * and the forecasts of exactly representable systems depend on those directions (measured on a damped oscillator,
 * LegT N = 4, theta = 4 dt, 300 free steps: relative error 2-4e-10 against 1.1-1.9e-9 through Z^T Z at
 * rho = 1e-14, and 2-3e-10 against 5e-6 or divergence at rho = 0). {@link ridgeReadout} evaluates the
 * coefficients in O(F^2 H) for any lambda. Cost here: O(n F^2) for the QR plus O(F^3) per
 * Jacobi sweep.
 *
 * @param X - features, shape [n, F], finite (the constant column is implicit: do not include it)
 * @param Y - targets, shape [n, H], finite
 * @param options - scale (@default the columns' standard deviations)
 * @returns a frozen RidgeSystem
 * @throws TypeError for shapes that do not match; RangeError for non-finite entries, a scale entry <= 0 or n < 2
 * @example
 *   const X = fromRows([[0], [1], [2], [3]]);
 *   const Y = fromRows([[1], [3], [5], [7]]); // y = 1 + 2 x
 *   const r = ridgeReadout(ridgeSystem(X, Y), 0);
 *   Math.abs(r.intercept[0] - 1) < 1e-12 && Math.abs(r.weights.data[0] - 2) < 1e-12;
 * @see arXiv:2407.09375; A. E. Hoerl, R. W. Kennard, Technometrics 12, 55 (1970)
 * @internal
 */
export function ridgeSystem(X: Matrix, Y: Matrix, options: RidgeSystemOptions = {}): RidgeSystem {
  const where = 'ridgeSystem';
  requireFiniteMatrix(where, 'X', X);
  requireFiniteMatrix(where, 'Y', Y, { rows: X.rows });
  const n = X.rows;
  const F = X.cols;
  const H = Y.cols;
  if (n < 2) throw new RangeError(`${where}: needs at least 2 rows, got ${n}`);
  const x = X.data;
  const mean = new Float64Array(F);
  const scale = new Float64Array(F);
  for (let t = 0; t < n; t++) for (let j = 0; j < F; j++) mean[j] += x[t * F + j];
  for (let j = 0; j < F; j++) mean[j] /= n;
  for (let t = 0; t < n; t++) for (let j = 0; j < F; j++) scale[j] += (x[t * F + j] - mean[j]) ** 2;
  const given = options.scale;
  if (given !== undefined && (given === null || given.length !== F)) {
    throw new TypeError(`${where}: scale must have one entry per feature (${F})`);
  }
  const constant = new Uint8Array(F);
  let free = 0;
  for (let j = 0; j < F; j++) {
    const sd = Math.sqrt(scale[j] / n);
    // a constant column (spread at the rounding level of its mean) carries nothing once centred: it is zeroed
    constant[j] = sd > 1e-14 * Math.abs(mean[j]) ? 0 : 1;
    free += 1 - constant[j];
    if (given !== undefined && !(given[j] > 0 && Number.isFinite(given[j]))) {
      throw new RangeError(`${where}: scale[${j}] must be finite and > 0, got ${given[j]}`);
    }
    scale[j] = constant[j] ? 1 : given === undefined ? sd : given[j];
  }
  const Z = new Float64Array(n * F);
  for (let t = 0; t < n; t++) {
    for (let j = 0; j < F; j++) if (!constant[j]) Z[t * F + j] = (x[t * F + j] - mean[j]) / scale[j];
  }
  const targetMean = new Float64Array(H);
  for (let t = 0; t < n; t++) for (let h = 0; h < H; h++) targetMean[h] += Y.data[t * H + h];
  for (let h = 0; h < H; h++) targetMean[h] /= n;
  const Yc = new Float64Array(n * H);
  for (let t = 0; t < n; t++) for (let h = 0; h < H; h++) Yc[t * H + h] = Y.data[t * H + h] - targetMean[h];
  const Zm: Matrix = { rows: n, cols: F, data: Z };
  const Ycm: Matrix = { rows: n, cols: H, data: Yc };
  const { sigma, V, g } = n >= F ? tallSvd(Zm, Ycm) : wideSvd(Zm, Ycm);
  const r = sigma.length;
  for (let i = 0; i < r; i++) if (sigma[i] <= RANK_CUTOFF * sigma[0]) sigma[i] = 0;
  const c = new Float64Array(r * H);
  for (let i = 0; i < r; i++) for (let h = 0; h < H; h++) c[i * H + h] = sigma[i] * g[i * H + h];
  let trace = 0;
  for (let i = 0; i < r; i++) trace += sigma[i] * sigma[i];
  const penaltyUnit = free > 0 && trace > 0 ? trace / free : n;
  return Object.freeze({
    rows: n,
    features: F,
    outputs: H,
    mean,
    scale,
    targetMean,
    standardized: Zm,
    centeredTargets: { rows: n, cols: H, data: Yc },
    singularValues: sigma,
    V,
    projected: { rows: r, cols: H, data: c },
    penaltyUnit,
  });
}

/**
 * The standardised ridge coefficients beta_h(lambda) = V diag(1 / (sigma^2 + lambda)) c_h of every output h, with
 * lambda = rho_h m (rho relative to the mean eigenvalue m = sys.penaltyUnit of Z^T Z, which is n when every
 * non-constant column has unit variance); directions with sigma = 0 get no weight (the minimum-norm solution at
 * lambda = 0).
 *
 * @param sys - a RidgeSystem
 * @param rho - relative strength >= 0, one for all outputs or one per output (shape [H])
 * @returns beta, shape [F, H] (standardised units)
 * @throws RangeError for a negative or non-finite rho, TypeError for a rho array of the wrong length
 * @example ridgeCoefficients(ridgeSystem(fromRows([[0], [1], [2]]), fromRows([[0], [2], [4]])), 0).data[0] // 2 sqrt(2/3)
 * @see arXiv:2407.09375
 */
export function ridgeCoefficients(sys: RidgeSystem, rho: number | ArrayLike<number>): Matrix {
  const F = sys.features;
  const H = sys.outputs;
  const lambdas = lambdasOf('ridgeCoefficients', sys, rho);
  const sigma = sys.singularValues;
  const r = sigma.length;
  const V = sys.V.data;
  const c = sys.projected.data;
  const beta = new Float64Array(F * H);
  const a = new Float64Array(r);
  for (let h = 0; h < H; h++) {
    for (let i = 0; i < r; i++) {
      a[i] = sigma[i] > 0 ? c[i * H + h] / (sigma[i] * sigma[i] + lambdas[h]) : 0;
    }
    for (let k = 0; k < F; k++) {
      let acc = 0;
      for (let i = 0; i < r; i++) acc += V[k * r + i] * a[i];
      beta[k * H + h] = acc;
    }
  }
  return { rows: F, cols: H, data: beta };
}

/**
 * The ridge readout in the original units, yhat = b + W^T phi: W = Sigma^-1 beta(lambda), b = ybar - W^T mu
 * (see {@link ridgeSystem}), lambda = rho m per output (m = sys.penaltyUnit).
 *
 * @param sys - a RidgeSystem
 * @param rho - relative strength >= 0, one for all outputs or one per output (shape [H])
 * @returns frozen { intercept [H], weights [F, H] }
 * @throws RangeError for a negative or non-finite rho, TypeError for a rho array of the wrong length
 * @example
 *   const r = ridgeReadout(ridgeSystem(fromRows([[0], [1], [2]]), fromRows([[1], [2], [3]])), 0);
 *   Math.abs(r.weights.data[0] - 1) < 1e-12 && Math.abs(r.intercept[0] - 1) < 1e-12;
 * @see arXiv:2407.09375
 */
export function ridgeReadout(sys: RidgeSystem, rho: number | ArrayLike<number>): RidgeReadout {
  const F = sys.features;
  const H = sys.outputs;
  const beta = ridgeCoefficients(sys, rho).data;
  const W = new Float64Array(F * H);
  const intercept = Float64Array.from(sys.targetMean);
  for (let j = 0; j < F; j++) {
    for (let h = 0; h < H; h++) {
      const w = beta[j * H + h] / sys.scale[j];
      W[j * H + h] = w;
      intercept[h] -= w * sys.mean[j];
    }
  }
  return Object.freeze({ intercept, weights: Object.freeze({ rows: F, cols: H, data: W }) });
}

/** lambda_h = rho_h m, validated. */
function lambdasOf(where: string, sys: RidgeSystem, rho: number | ArrayLike<number>): Float64Array {
  const H = sys.outputs;
  const out = new Float64Array(H);
  if (typeof rho === 'number') {
    out.fill(rho);
  } else {
    if (rho === null || typeof rho !== 'object' || rho.length !== H) {
      throw new TypeError(`${where}: rho must be a number or an array of H = ${H} numbers`);
    }
    for (let h = 0; h < H; h++) out[h] = rho[h];
  }
  for (let h = 0; h < H; h++) {
    if (!(out[h] >= 0) || !Number.isFinite(out[h])) {
      throw new RangeError(`${where}: rho must be finite and >= 0, got ${out[h]}`);
    }
    out[h] *= sys.penaltyUnit;
  }
  return out;
}

/**
 * n >= F: Z = Q R (Householder), R = U_R diag(sigma) V^T (one-sided Jacobi), so U^T Yc = U_R^T Q^T Yc.
 * Returns sigma [F], V [F, F] and g = U^T Yc [F, H].
 */
function tallSvd(Z: Matrix, Yc: Matrix): { sigma: Float64Array; V: Matrix; g: Float64Array } {
  const F = Z.cols;
  const H = Yc.cols;
  const qr = householderQr(Z, Yc);
  const svd = svdJacobi(qr.R);
  const UR = svd.U.data;
  const QtY = qr.QtB.data;
  const g = new Float64Array(F * H);
  for (let i = 0; i < F; i++) {
    for (let h = 0; h < H; h++) {
      let s = 0;
      for (let k = 0; k < F; k++) s += UR[k * F + i] * QtY[k * H + h];
      g[i * H + h] = s;
    }
  }
  return { sigma: Float64Array.from(svd.values), V: svd.V, g };
}

/**
 * n < F: Z^T = U' diag(sigma) V'^T (one-sided Jacobi on the tall Z^T), so Z = V' diag(sigma) U'^T: the right
 * vectors of Z are U' [F, n] and U^T Yc = V'^T Yc. Returns sigma [n], V [F, n] and g [n, H].
 */
function wideSvd(Z: Matrix, Yc: Matrix): { sigma: Float64Array; V: Matrix; g: Float64Array } {
  const n = Z.rows;
  const F = Z.cols;
  const H = Yc.cols;
  const Zt = new Float64Array(F * n);
  for (let t = 0; t < n; t++) for (let j = 0; j < F; j++) Zt[j * n + t] = Z.data[t * F + j];
  const svd = svdJacobi({ rows: F, cols: n, data: Zt });
  const L = svd.V.data;
  const g = new Float64Array(n * H);
  for (let i = 0; i < n; i++) {
    for (let h = 0; h < H; h++) {
      let s = 0;
      for (let t = 0; t < n; t++) s += L[t * n + i] * Yc.data[t * H + h];
      g[i * H + h] = s;
    }
  }
  return { sigma: Float64Array.from(svd.values), V: svd.U, g };
}
