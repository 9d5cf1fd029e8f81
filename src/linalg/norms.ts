import type { Matrix } from './matrix.ts';
import { requireMatrix } from './requireMatrix.ts';

/**
 * Matrix 1-norm: the largest absolute column sum, ||A||_1 = max_j sum_i |A_ij|.
 *
 * @param A - matrix, shape [m, n]
 * @returns the norm (0 for an empty matrix)
 * @throws TypeError when A is not a matrix
 * @example norm1(fromRows([[1, -2], [3, 4]])) === 6
 * @see arXiv:2407.09375
 */
export function norm1(A: Matrix): number {
  requireMatrix('norm1', 'A', A);
  const sums = new Float64Array(A.cols);
  for (let i = 0; i < A.rows; i++)
    for (let j = 0; j < A.cols; j++) sums[j] += Math.abs(A.data[i * A.cols + j]);
  let best = 0;
  for (let j = 0; j < A.cols; j++) if (sums[j] > best || Number.isNaN(sums[j])) best = sums[j];
  return best;
}

/**
 * Matrix infinity-norm: the largest absolute row sum, ||A||_inf = max_i sum_j |A_ij|.
 *
 * @param A - matrix, shape [m, n]
 * @returns the norm (0 for an empty matrix)
 * @throws TypeError when A is not a matrix
 * @example normInf(fromRows([[1, -2], [3, 4]])) === 7
 */
export function normInf(A: Matrix): number {
  requireMatrix('normInf', 'A', A);
  let best = 0;
  for (let i = 0; i < A.rows; i++) {
    let s = 0;
    for (let j = 0; j < A.cols; j++) s += Math.abs(A.data[i * A.cols + j]);
    if (s > best || Number.isNaN(s)) best = s;
  }
  return best;
}
