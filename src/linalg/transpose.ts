import type { Matrix } from './matrix.ts';
import { requireMatrix } from './requireMatrix.ts';

/**
 * Transpose A^T, (A^T)_ij = A_ji.
 *
 * @param A - matrix, shape [m, n]
 * @returns a new matrix, shape [n, m]
 * @throws TypeError when A is not a matrix
 * @example transpose(fromRows([[1, 2]])) // [[1], [2]]
 * @see arXiv:2407.09375
 */
export function transpose(A: Matrix): Matrix {
  requireMatrix('transpose', 'A', A);
  const m = A.rows;
  const n = A.cols;
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = A.data[i * n + j];
  return { rows: n, cols: m, data: out };
}
