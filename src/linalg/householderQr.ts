import type { Matrix } from './matrix.ts';
import { requireFiniteMatrix } from './requireMatrix.ts';

/** The triangular factor of A = Q R and the matching rotation of a right-hand side, from {@link householderQr}. */
export interface QrReduction {
  /** R, upper triangular, shape [n, n] (n = columns of A) */
  readonly R: Matrix;
  /** the first n rows of Q^T B, shape [n, k] */
  readonly QtB: Matrix;
  /** squared norms of the last m - n rows of Q^T B per column (the least-squares residual at rank n), shape [k] */
  readonly residual: Float64Array;
}

/**
 * Householder QR of a tall matrix applied to a right-hand side (Golub & Van Loan, Algorithm 5.2.1): reflections
 * H_j = I - 2 v v^T / (v^T v) zero column j below the diagonal, so that H_{n-1}..H_0 A = [R; 0] and the same
 * reflections give Q^T B. Q itself is not formed. Backward stable: the computed R is the exact factor of A + E with
 * ||E|| ~ m n eps ||A||, so least-squares problems keep the condition of A (the normal equations square it).
 *
 * @param A - shape [m, n], m >= n, finite (not modified)
 * @param B - shape [m, k], finite (not modified)
 * @returns frozen { R [n, n], QtB [n, k], residual [k] }
 * @throws TypeError for mismatched shapes or m < n; RangeError for non-finite entries
 * @example
 *   const { R, QtB } = householderQr(fromRows([[3], [4]]), fromRows([[1], [2]]));
 *   Math.abs(Math.abs(R.data[0]) - 5) < 1e-15; // |R| = ||a|| and x = QtB / R solves the least-squares problem
 *   Math.abs(QtB.data[0] / R.data[0] - 11 / 25) < 1e-15;
 * @see arXiv:2407.09375; G. H. Golub, C. F. Van Loan, Matrix Computations (4th ed.), section 5.2
 */
export function householderQr(A: Matrix, B: Matrix): QrReduction {
  const where = 'householderQr';
  requireFiniteMatrix(where, 'A', A);
  requireFiniteMatrix(where, 'B', B, { rows: A.rows });
  const m = A.rows;
  const n = A.cols;
  const k = B.cols;
  if (m < n) throw new TypeError(`${where}: A must have at least as many rows as columns, got [${m}, ${n}]`);
  // column-major copies: a reflection works down contiguous columns
  const a = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[j * m + i] = A.data[i * n + j];
  const b = new Float64Array(m * k);
  for (let i = 0; i < m; i++) for (let c = 0; c < k; c++) b[c * m + i] = B.data[i * k + c];
  const v = new Float64Array(m);
  const reflect = (x: Float64Array, o: number, j: number, vv: number) => {
    let s = 0;
    for (let i = j; i < m; i++) s += v[i] * x[o + i];
    s = (2 * s) / vv;
    if (s !== 0) for (let i = j; i < m; i++) x[o + i] -= s * v[i];
  };
  for (let j = 0; j < n; j++) {
    const cj = j * m;
    let norm = 0;
    for (let i = j; i < m; i++) norm += a[cj + i] * a[cj + i];
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    // v = x - alpha e_1 with alpha = -sign(x_0) ||x||: no cancellation in v_0
    const alpha = a[cj + j] > 0 ? -norm : norm;
    for (let i = j; i < m; i++) v[i] = a[cj + i];
    v[j] -= alpha;
    let vv = 0;
    for (let i = j; i < m; i++) vv += v[i] * v[i];
    a[cj + j] = alpha;
    for (let i = j + 1; i < m; i++) a[cj + i] = 0;
    for (let c = j + 1; c < n; c++) reflect(a, c * m, j, vv);
    for (let c = 0; c < k; c++) reflect(b, c * m, j, vv);
  }
  const R = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i * n + j] = a[j * m + i];
  const QtB = new Float64Array(n * k);
  const residual = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < n; i++) QtB[i * k + c] = b[c * m + i];
    for (let i = n; i < m; i++) residual[c] += b[c * m + i] * b[c * m + i];
  }
  return Object.freeze({
    R: Object.freeze({ rows: n, cols: n, data: R }),
    QtB: Object.freeze({ rows: n, cols: k, data: QtB }),
    residual,
  });
}
