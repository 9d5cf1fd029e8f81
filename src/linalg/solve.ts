import type { Matrix } from './matrix.ts';
import { lu, luSolve, luSolveMatrix } from './lu.ts';

/**
 * Solves A x = b (or A X = B) by LU with partial pivoting.
 *
 * @param A - square matrix, shape [n, n]
 * @param b - right-hand side: a vector of shape [n], or a matrix of shape [n, m]
 * @returns x with the shape of b
 * @throws TypeError on shape mismatch; RangeError when A is exactly singular
 * @example solve(fromRows([[2, 0], [0, 4]]), Float64Array.of(2, 2)) // [1, 0.5]
 * @see arXiv:2407.09375
 */
export function solve(A: Matrix, b: Float64Array): Float64Array;
export function solve(A: Matrix, b: Matrix): Matrix;
export function solve(A: Matrix, b: Float64Array | Matrix): Float64Array | Matrix {
  const f = lu(A);
  return b instanceof Float64Array ? luSolve(f, b) : luSolveMatrix(f, b);
}
