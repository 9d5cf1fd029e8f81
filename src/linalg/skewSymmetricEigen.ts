import type { Matrix } from './matrix.ts';
import { matmul } from './matmul.ts';
import { requireFiniteMatrix, requireSquare } from './requireMatrix.ts';
import { hessenberg } from './hessenberg.ts';
import { symmetricTridiagonalEigen } from './symmetricTridiagonalEigen.ts';
import { requireFinite, requireOptions } from '../util/validate.ts';

/** Options of {@link skewSymmetricEigen}. */
export interface SkewSymmetricEigenOptions {
  /** largest accepted max|K_ij + K_ji| relative to max|K_ij|; @default 1e-12 */
  tolerance?: number;
}

/** Eigen-decomposition K = V diag(i omega) V^* of a real skew-symmetric matrix, V unitary as re/im parts. */
export interface SkewSymmetricEigen {
  /** imaginary parts of the eigenvalues i omega_j, ascending (they come in pairs +-omega), shape [n] */
  readonly omega: Float64Array;
  /** real part of V (column j belongs to omega_j), shape [n, n] */
  readonly re: Matrix;
  /** imaginary part of V, shape [n, n] */
  readonly im: Matrix;
}

/**
 * Eigenvalues i omega_j and unitary eigenvectors of a real skew-symmetric K (K^T = -K), K = V diag(i omega) V^*,
 * with real arithmetic only:
 *
 * 1. Householder to Hessenberg form, K = Q T Q^T (hessenberg); skew-symmetry makes T skew tridiagonal with
 *    T_{k,k+1} = -T_{k+1,k} = e_k (read as (T_{k,k+1} - T_{k+1,k}) / 2).
 * 2. With S = diag(i^k), S^* T S = i Ts where Ts is the real symmetric tridiagonal matrix with zero diagonal and
 *    off-diagonal e ((S^* T S)_{k,k+1} = i^{-k} e_k i^{k+1} = i e_k, and likewise below the diagonal).
 * 3. Ts = W diag(omega) W^T (symmetricTridiagonalEigen), so K = (Q S W) diag(i omega) (Q S W)^*:
 *    V = Q S W, i.e. Re V = sum over even k of (-1)^(k/2) Q_{:,k} W_{k,:}, Im V = the same over odd k with
 *    (-1)^((k-1)/2).
 *
 * Backward stable (orthogonal reductions and a symmetric QL), so ||K V - V diag(i omega)|| ~ n eps ||K||.
 * Used by the S4 NPLR form (s4/nplr), whose normal part is a multiple of I plus a skew-symmetric matrix.
 *
 * @param K - skew-symmetric matrix, shape [n, n], finite; max|K + K^T| must be within `options.tolerance` of zero
 * @param options - {@link SkewSymmetricEigenOptions}
 * @returns `{ omega, re, im }` (frozen)
 * @throws TypeError when K is not square; RangeError for a non-finite entry or when K is not skew-symmetric
 * @example
 * // the rotation generator [[0, -w], [w, 0]] has eigenvalues -+ i w
 * const { omega } = skewSymmetricEigen(fromRows([[0, -2], [2, 0]]));
 * Math.abs(omega[0] + 2) < 1e-15 && Math.abs(omega[1] - 2) < 1e-15;
 * @see Golub & Van Loan, Matrix Computations (4th ed.), sections 7.4 and 8.3; arXiv:2111.00396 (S4)
 */
export function skewSymmetricEigen(K: Matrix, options: SkewSymmetricEigenOptions = {}): SkewSymmetricEigen {
  options = requireOptions('skewSymmetricEigen', options);
  const where = 'skewSymmetricEigen';
  const n = requireSquare(where, 'K', K);
  requireFiniteMatrix(where, 'K', K);
  const tolerance = requireFinite(where, 'options.tolerance', options.tolerance ?? 1e-12);
  let maxAbs = 0;
  let asym = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      maxAbs = Math.max(maxAbs, Math.abs(K.data[i * n + j]));
      asym = Math.max(asym, Math.abs(K.data[i * n + j] + K.data[j * n + i]));
    }
  }
  if (asym > tolerance * maxAbs) {
    throw new RangeError(
      `${where}: K must be skew-symmetric: max|K_ij + K_ji| = ${asym} exceeds ${tolerance} * max|K_ij| = ${tolerance * maxAbs}`,
    );
  }
  const { H, Q } = hessenberg(K);
  const e = new Float64Array(Math.max(n - 1, 0));
  for (let k = 0; k + 1 < n; k++) e[k] = (H.data[k * n + k + 1] - H.data[(k + 1) * n + k]) / 2;
  const { values, vectors: W } = symmetricTridiagonalEigen(new Float64Array(n), e);
  // Re V = Q We, Im V = Q Wo with We, Wo the rows of W scaled by the real / imaginary part of i^k
  const We = new Float64Array(n * n);
  const Wo = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const target = k % 2 === 0 ? We : Wo;
    const sign = k % 4 < 2 ? 1 : -1;
    for (let j = 0; j < n; j++) target[k * n + j] = sign * W.data[k * n + j];
  }
  return Object.freeze({
    omega: values,
    re: matmul(Q, { rows: n, cols: n, data: We }),
    im: matmul(Q, { rows: n, cols: n, data: Wo }),
  });
}
