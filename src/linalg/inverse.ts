import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { lu, luSolveMatrix } from './lu.ts';

/**
 * Matrix inverse A^-1, computed as the solution of A X = I by LU with partial pivoting. Prefer {@link solve} when
 * only A^-1 b is needed.
 *
 * @param A - square matrix, shape [n, n]
 * @returns A^-1, shape [n, n]
 * @throws TypeError when A is not square; RangeError when A is exactly singular
 * @example inverse(fromRows([[2, 0], [0, 4]])) // [[0.5, 0], [0, 0.25]]
 * @see arXiv:2407.09375
 */
export function inverse(A: Matrix): Matrix {
  const f = lu(A);
  return luSolveMatrix(f, identity(A.rows));
}
