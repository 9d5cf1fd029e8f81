import type { Matrix } from './matrix.ts';
import { requireMatrix } from './requireMatrix.ts';

/**
 * Entrywise sum A + B.
 *
 * @param A - matrix, shape [m, n]
 * @param B - matrix, shape [m, n]
 * @returns a new matrix, shape [m, n]
 * @throws TypeError when the shapes differ
 * @example add(identity(2), identity(2)) // 2 I
 * @see arXiv:2407.09375
 */
export function add(A: Matrix, B: Matrix): Matrix {
  requireMatrix('add', 'A', A);
  requireMatrix('add', 'B', B, { rows: A.rows, cols: A.cols });
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = A.data[i] + B.data[i];
  return { rows: A.rows, cols: A.cols, data: out };
}

/**
 * Entrywise difference A - B.
 *
 * @param A - matrix, shape [m, n]
 * @param B - matrix, shape [m, n]
 * @returns a new matrix, shape [m, n]
 * @throws TypeError when the shapes differ
 * @example sub(identity(2), identity(2)) // zeros(2, 2)
 */
export function sub(A: Matrix, B: Matrix): Matrix {
  requireMatrix('sub', 'A', A);
  requireMatrix('sub', 'B', B, { rows: A.rows, cols: A.cols });
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = A.data[i] - B.data[i];
  return { rows: A.rows, cols: A.cols, data: out };
}

/**
 * Scalar multiple s A.
 *
 * @param A - matrix, shape [m, n]
 * @param s - scalar factor
 * @returns a new matrix, shape [m, n]
 * @throws TypeError when A is not a matrix or s not a number
 * @example scale(identity(2), 3) // 3 I
 */
export function scale(A: Matrix, s: number): Matrix {
  requireMatrix('scale', 'A', A);
  if (typeof s !== 'number') throw new TypeError(`scale: s must be a number, got ${typeof s}`);
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = s * A.data[i];
  return { rows: A.rows, cols: A.cols, data: out };
}
