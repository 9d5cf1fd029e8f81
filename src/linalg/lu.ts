import type { Matrix } from './matrix.ts';
import { requireMatrix, requireSquare } from './requireMatrix.ts';

/**
 * An LU factorization with partial pivoting, P A = L U.
 *
 * `LU` packs both factors: its strict lower triangle is L (unit diagonal, not stored) and its upper triangle is U.
 * `piv[i]` is the row of A that ended up in row i (so (P A)_i = A_{piv[i]}), and `sign` = det(P) = +-1.
 */
export interface LUFactorization {
  readonly LU: Matrix;
  readonly piv: Int32Array;
  readonly sign: 1 | -1;
}

/**
 * LU factorization with partial (row) pivoting: P A = L U, L unit lower triangular, U upper triangular.
 *
 * At column k the row with the largest |entry| on or below the diagonal is swapped up, so |L_ij| <= 1.
 *
 * @param A - square matrix, shape [n, n] (not modified)
 * @returns the packed factors, the pivot vector and the permutation sign (det A = sign * prod diag(U))
 * @throws TypeError when A is not square; RangeError "singular" naming the column when a pivot is exactly zero
 * @example const f = lu(fromRows([[0, 1], [1, 0]])); f.sign === -1
 * @see arXiv:2407.09375
 */
export function lu(A: Matrix): LUFactorization {
  const n = requireSquare('lu', 'A', A);
  const a = Float64Array.from(A.data);
  const piv = new Int32Array(n);
  for (let i = 0; i < n; i++) piv[i] = i;
  let sign: 1 | -1 = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best === 0) {
      throw new RangeError(`lu: A is singular: zero pivot in column ${k} (of ${n})`);
    }
    if (Number.isNaN(best)) throw new RangeError(`lu: A has a NaN pivot in column ${k}`);
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      const t = piv[k];
      piv[k] = piv[p];
      piv[p] = t;
      sign = sign === 1 ? -1 : 1;
    }
    const pivot = a[k * n + k];
    for (let i = k + 1; i < n; i++) {
      const l = a[i * n + k] / pivot;
      a[i * n + k] = l;
      if (l === 0) continue;
      for (let j = k + 1; j < n; j++) a[i * n + j] -= l * a[k * n + j];
    }
  }
  return { LU: { rows: n, cols: n, data: a }, piv, sign };
}

/**
 * Solves A x = b from an LU factorization of A: forward substitution with L on P b, then back substitution with U.
 *
 * @param f - factorization from {@link lu}, of a matrix of shape [n, n]
 * @param b - right-hand side, shape [n] (not modified)
 * @returns x, shape [n]
 * @throws TypeError when b has the wrong length
 * @example luSolve(lu(identity(2)), Float64Array.of(1, 2)) // [1, 2]
 */
export function luSolve(f: LUFactorization, b: Float64Array): Float64Array {
  const n = f.LU.rows;
  if (!(b instanceof Float64Array) || b.length !== n) {
    throw new TypeError(`luSolve: b must be a Float64Array of length ${n}`);
  }
  const a = f.LU.data;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[f.piv[i]];
    for (let j = 0; j < i; j++) s -= a[i * n + j] * x[j];
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i];
    for (let j = i + 1; j < n; j++) s -= a[i * n + j] * x[j];
    x[i] = s / a[i * n + i];
  }
  return x;
}

/**
 * Solves A X = B for a matrix right-hand side from an LU factorization of A (all columns at once, row-wise).
 *
 * @param f - factorization from {@link lu}, of a matrix of shape [n, n]
 * @param B - right-hand side, shape [n, m] (not modified)
 * @returns X, shape [n, m]
 * @throws TypeError when B has the wrong number of rows
 * @example
 *   const A = fromRows([[4, 3], [6, 3]]);
 *   const X = luSolveMatrix(lu(A), identity(2)); // the inverse of A
 *   normInf(sub(matmul(A, X), identity(2))) < 1e-12;
 */
export function luSolveMatrix(f: LUFactorization, B: Matrix): Matrix {
  const n = f.LU.rows;
  requireMatrix('luSolveMatrix', 'B', B, { rows: n });
  const m = B.cols;
  const a = f.LU.data;
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const src = f.piv[i] * m;
    for (let c = 0; c < m; c++) x[i * m + c] = B.data[src + c];
    for (let j = 0; j < i; j++) {
      const l = a[i * n + j];
      if (l === 0) continue;
      for (let c = 0; c < m; c++) x[i * m + c] -= l * x[j * m + c];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      const u = a[i * n + j];
      if (u === 0) continue;
      for (let c = 0; c < m; c++) x[i * m + c] -= u * x[j * m + c];
    }
    const d = a[i * n + i];
    for (let c = 0; c < m; c++) x[i * m + c] /= d;
  }
  return { rows: n, cols: m, data: x };
}
